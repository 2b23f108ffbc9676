import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The executable's behaviour on bad input: one line naming the file, and exit status 1.
@Suite struct CommandLineTests {
  @Test func emptyInputIsAOneLineErrorAndExitOne() throws {
    let folder = try temporaryFolder()
    let file = folder.appendingPathComponent("empty.txt")
    try Data().write(to: file)
    let result = try runChecklist(["extract", file.path])
    #expect(result.status == 1)
    #expect(result.error == "\(file.path): error: the file is empty; there is no speech to read\n")
    #expect(result.output.isEmpty)
  }

  @Test func binaryInputIsAOneLineErrorAndExitOne() throws {
    let folder = try temporaryFolder()
    let file = folder.appendingPathComponent("picture.txt")
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48]).write(
      to: file
    )
    let result = try runChecklist(["extract", file.path])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("\(file.path): error: "))
    #expect(result.error.split(separator: "\n").count == 1)
  }

  @Test func malformedRuleFileNamesFileLineAndColumn() throws {
    let folder = try temporaryFolder()
    let rules = folder.appendingPathComponent("rules")
    try FileManager.default.copyItem(atPath: shippedRules, toPath: rules.path)
    try "id: duties\nkind: phrases\nrules: [a, b\n".write(
      to: rules.appendingPathComponent("duties.yaml"),
      atomically: true,
      encoding: .utf8
    )
    let speech = folder.appendingPathComponent("s.txt")
    try "要加强管理。".write(to: speech, atomically: true, encoding: .utf8)
    let result = try runChecklist(["extract", "--rules", rules.path, speech.path])
    #expect(result.status == 1)
    let pattern =
      "^"
      + NSRegularExpression.escapedPattern(for: rules.appendingPathComponent("duties.yaml").path)
      + #":\d+:\d+: error: "#
    #expect(result.error.range(of: pattern, options: .regularExpression) != nil, "\(result.error)")
    // The first line says it all; the rest is the context's line with a caret.
    let path = rules.appendingPathComponent("duties.yaml").path
    #expect(
      result.error.split(separator: "\n").dropFirst()
        == ["\(path):3:8: note: while parsing a flow sequence", "rules: [a, b", "       ^"]
    )
  }

  @Test func usageErrorsExitSixtyFour() throws {
    let result = try runChecklist(["extract", "--date", "2021-02-30", "x.txt"])
    #expect(result.status == 64)
  }

  @Test func rulesTestPassesOnTheShippedRules() throws {
    let result = try runChecklist(["rules", "test"])
    #expect(result.status == 0, "\(result.output)")
    #expect(
      result.output.hasSuffix("0 failed (\(shippedRules))\n") || result.output.contains(" 0 failed")
    )
  }

  @Test func rulesTestFailsOnABrokenExample() throws {
    let folder = try temporaryFolder()
    let rules = folder.appendingPathComponent("rules")
    try FileManager.default.copyItem(atPath: shippedRules, toPath: rules.path)
    try """
    id: zz_broken
    kind: phrases
    rules:
      - id: broken_example
        phrases: [发热门诊]
        department: 卫健委
        examples:
          triggering: [加强农贸市场管理。]
          non_triggering: [要加强学校管理。]
    """.write(to: rules.appendingPathComponent("zz_broken.yaml"), atomically: true, encoding: .utf8)
    let result = try runChecklist(["rules", "test", "--rules", rules.path])
    #expect(result.status == 1)
    #expect(result.output.contains("[broken_example] should trigger but does not: 加强农贸市场管理。"))
  }

  @Test func generateWritesChecklistsAndABOMTable() throws {
    let folder = try temporaryFolder()
    let speech = folder.appendingPathComponent("s.txt")
    try "公安部门要强化宾馆、旅店的旅客信息登记管理。\n要加强发热门诊管理。\n各地各部门要提高认识。".write(
      to: speech,
      atomically: true,
      encoding: .utf8
    )
    let out = folder.appendingPathComponent("out")
    #expect(try runChecklist(["generate", speech.path, "--out", out.path]).status == 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == ["index.md", "公安局.md", "无具体责任单位.md", "卫健委.md"].sorted())
    #expect(
      try runChecklist(["generate", speech.path, "--format", "csv", "--out", out.path]).status == 0
    )
    let csv = try Data(contentsOf: out.appendingPathComponent("任务分解表.csv"))
    #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("序号,工作任务,牵头单位,配合单位,完成时限,时限要求,责任人,来源,备注\r\n"))
    #expect(text.contains("公安部门要强化宾馆、旅店的旅客信息登记管理。,公安局,,,,公安局局长,s.txt:1,\r\n"))
  }

  @Test func explainShowsEveryDecisionForALine() throws {
    let folder = try temporaryFolder()
    let speech = folder.appendingPathComponent("s.txt")
    try "会议强调，各乡镇要积极配合公安部门开展排查。加强发热门诊管理。".write(to: speech, atomically: true, encoding: .utf8)
    let result = try runChecklist(["explain", speech.path, "--line", "1"])
    #expect(result.status == 0)
    #expect(result.output.contains("'乡镇' is the acting subject → 乡镇街道"))
    #expect(result.output.contains("'公安部门' is only mentioned"))
    #expect(result.output.contains("phrase rule fever_clinic"))
  }

  @Test func aRosterNamesTheAnswerablePerson() throws {
    let folder = try temporaryFolder()
    let speech = folder.appendingPathComponent("s.txt")
    try "公安部门要强化宾馆、旅店的旅客信息登记管理。".write(to: speech, atomically: true, encoding: .utf8)
    let roster = folder.appendingPathComponent("roster.yaml")
    try "公安局: {person: 李四, contact: \"0571-110\"}\n".write(
      to: roster,
      atomically: true,
      encoding: .utf8
    )
    let result = try runChecklist(["extract", speech.path, "--roster", roster.path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains(#""owner":"李四 (0571-110)""#))
    try "不存在局: 王五\n".write(to: roster, atomically: true, encoding: .utf8)
    let bad = try runChecklist(["extract", speech.path, "--roster", roster.path])
    #expect(bad.status == 1)
    #expect(
      bad.error
        == "\(roster.path):1:1: error: '不存在局' is not a department in the registry\n"
        + "不存在局: 王五\n^\n"
    )
  }

  #if canImport(Glibc)
  @Test func serveOnAPortInUseIsAOneLineErrorAndExitOne() throws {
    // A listening socket on a free port of the loopback address holds the port.
    let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(holder) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(holder, pointer, length) == 0 && listen(holder, 1) == 0
          && getsockname(holder, pointer, &length) == 0
      }
    }
    try #require(bound)
    let port = Int(UInt16(bigEndian: address.sin_port))
    let tracker = try temporaryFolder().appendingPathComponent("tasks.md")
    try Data("# 任务跟踪\n\n## 卫健委\n\n- [ ] 做好发热门诊管理 id:a0000001\n".utf8).write(to: tracker)
    let result = try runChecklist(["serve", tracker.path, "--port", String(port)])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("error: cannot serve on 127.0.0.1:\(port): "), "\(result.error)")
    #expect(result.error.hasSuffix("\n") && result.error.split(separator: "\n").count == 1)
  }
  #endif
}
