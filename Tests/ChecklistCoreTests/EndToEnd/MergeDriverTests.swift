import Foundation
import Testing

@testable import ChecklistCore

/// `checklist merge` as git's merge driver, with real git: a shared repository, two offices'
/// clones, edits on both, `git merge`.
@Suite struct MergeDriverTests {
  /// Runs git in `folder`, returning its exit status and output.
  @discardableResult
  static func git(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// A bare shared repository holding `TrackerMergeTests.base` as tasks.md, and two clones set
  /// up with the driver as the documentation says.
  static func offices() throws -> (city: URL, district: URL) {
    let root = try temporaryFolder()
    let shared = root.appendingPathComponent("shared.git")
    try git(["init", "-q", "--bare", "-b", "main", shared.path], in: root)
    let seed = root.appendingPathComponent("seed")
    try git(["clone", "-q", shared.path, seed.path], in: root)
    try TrackerMergeTests.base.write(
      to: seed.appendingPathComponent("tasks.md"),
      atomically: true,
      encoding: .utf8
    )
    try "tasks.md merge=checklist\n".write(
      to: seed.appendingPathComponent(".gitattributes"),
      atomically: true,
      encoding: .utf8
    )
    try configure(seed)
    try git(["checkout", "-q", "-b", "main"], in: seed)
    try git(["add", "."], in: seed)
    try git(["commit", "-q", "-m", "tracker"], in: seed)
    try git(["push", "-q", "origin", "main"], in: seed)
    var clones: [URL] = []
    for name in ["city", "district"] {
      let clone = root.appendingPathComponent(name)
      try git(["clone", "-q", "-b", "main", shared.path, clone.path], in: root)
      try configure(clone)
      clones.append(clone)
    }
    return (clones[0], clones[1])
  }

  static func configure(_ clone: URL) throws {
    try git(["config", "user.name", "督查室"], in: clone)
    try git(["config", "user.email", "office@example.invalid"], in: clone)
    try git(["config", "commit.gpgsign", "false"], in: clone)
    try git(["config", "merge.checklist.name", "checklist tracker merge"], in: clone)
    try git(
      [
        "config", "merge.checklist.driver",
        "'\(checklistExecutable.path)' merge %O %A %B --marker-size %L",
      ],
      in: clone
    )
  }

  static func edit(_ clone: URL, _ change: (String) -> String, message: String) throws {
    let file = clone.appendingPathComponent("tasks.md")
    try change(try String(contentsOf: file, encoding: .utf8)).write(
      to: file,
      atomically: true,
      encoding: .utf8
    )
    try git(["commit", "-q", "-am", message], in: clone)
  }

  @Test func twoOfficesEditsMergeThroughGit() throws {
    let (city, district) = try Self.offices()
    try Self.edit(
      city,
      {
        $0.replacingOccurrences(
          of: "- [ ] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3\n",
          with: "- [x] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3 done:2021-02-10\n  - 市里已核验\n"
        )
        .replacingOccurrences(of: "- [ ] 加强发热门诊管理", with: "- [x] 加强发热门诊管理")
      },
      message: "市里：核酸检测已完成"
    )
    #expect(try Self.git(["push", "-q", "origin", "main"], in: city).status == 0)
    try Self.edit(
      district,
      {
        $0.replacingOccurrences(
          of: "- [ ] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3\n",
          with:
            "- [>] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3 延期:2021-02-15 postponed:2021-02-08 原因:试剂未到位\n"
        )
        .replacingOccurrences(of: "- [ ] 加强交通卡口查验", with: "- [/] 加强交通卡口查验")
      },
      message: "区里：核酸检测申请延期"
    )
    try Self.git(["fetch", "-q", "origin"], in: district)
    let merge = try Self.git(["merge", "--no-edit", "origin/main"], in: district)
    #expect(merge.status == 0, "\(merge.output)")
    let merged = try String(
      contentsOf: district.appendingPathComponent("tasks.md"),
      encoding: .utf8
    )
    #expect(merged.contains("- [x] 加强发热门诊管理 id:t1"))
    #expect(merged.contains("- [/] 加强交通卡口查验 id:t4"))
    #expect(
      merged.contains(
        // Ours is the district's line: its postponement stays, with its reason, and the
        // city's later done wins the checkbox.
        "- [x] 完成全员核酸检测 id:t3 due:2021-02-05 src:a.txt:3 延期:2021-02-15 postponed:2021-02-08 "
          + "done:2021-02-10 原因:试剂未到位\n  - 市里已核验\n"
      ),
      "\(merged)"
    )
    #expect(!merged.contains("<<<<<<<"))
  }

  @Test func aContradictionIsAConflictAroundThatTaskOnly() throws {
    let (city, district) = try Self.offices()
    try Self.edit(
      city,
      {
        $0.replacingOccurrences(of: "加强交通卡口查验 id:t4", with: "加强全市交通卡口查验 id:t4")
          .replacingOccurrences(of: "- [ ] 做好院感防控", with: "- [x] 做好院感防控")
      },
      message: "市里改写"
    )
    #expect(try Self.git(["push", "-q", "origin", "main"], in: city).status == 0)
    try Self.edit(
      district,
      {
        $0.replacingOccurrences(of: "加强交通卡口查验 id:t4", with: "加强城区交通卡口查验 id:t4")
      },
      message: "区里改写"
    )
    try Self.git(["fetch", "-q", "origin"], in: district)
    let merge = try Self.git(["merge", "--no-edit", "origin/main"], in: district)
    #expect(merge.status != 0)
    #expect(merge.output.contains("CONFLICT"), "\(merge.output)")
    let merged = try String(
      contentsOf: district.appendingPathComponent("tasks.md"),
      encoding: .utf8
    )
    #expect(merged.contains("- [x] 做好院感防控 id:t2"))
    #expect(
      merged.contains(
        "<<<<<<< ours\n- [ ] 加强城区交通卡口查验 id:t4 due:2021-02-08 src:a.txt:4\n=======\n"
          + "- [ ] 加强全市交通卡口查验 id:t4 due:2021-02-08 src:a.txt:4\n>>>>>>> theirs\n"
      ),
      "\(merged)"
    )
    #expect(merged.components(separatedBy: "<<<<<<<").count == 2)
  }
}
