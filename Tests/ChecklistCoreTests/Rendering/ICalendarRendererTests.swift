import Foundation
import Testing

@testable import ChecklistCore

@Suite("iCalendar export")
struct ICalendarRendererTests {
  static let tracker = """
    ## 卫健委

    - [ ] 加强发热门诊管理，做好“预检分诊”;每日上报, 由主要负责同志\\督办 id:3f9a2c1b due:2021-02-10 owner:主要负责同志 lead:市场监管局 with:公安局 src:000.txt:12
    - [/] 推进疫苗接种，确保重点人群应接尽接、应种尽种，做到不漏一户、不落一人，全面完成各阶段目标任务 id:a2 due:2021-02-20 src:000.txt:14
    - [>] 完成全员核酸检测 id:5d00e1aa due:2021-02-05 src:000.txt:16 延期:2021-02-12 原因:试剂未到位, 已协调
    - [x] 已完成 id:done1 due:2021-02-01
    - [-] 取消 id:gone1 due:2021-02-01

    """

  static func calendar() throws -> String {
    let document = try TrackerDocument(text: tracker, file: "t.md")
    return ICalendarRenderer().render(
      TrackerStatus(document: document, asOf: try day("2021-02-11"))
    )
  }

  @Test func foldsEscapesAndListsPendingTasksOnly() throws {
    let text = try Self.calendar()
    let lines = text.components(separatedBy: "\r\n")
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 3)
    #expect(lines.contains("UID:3f9a2c1b@checklist"))
    #expect(lines.contains("DUE;VALUE=DATE:20210212"))
    #expect(lines.contains("STATUS:IN-PROCESS"))
    #expect(lines.contains("CATEGORIES:卫健委,市场监管局,公安局"))
    let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
    #expect(unfolded.contains("SUMMARY:加强发热门诊管理，做好“预检分诊”\\;每日上报\\, 由主要负责同志\\\\督办\r\n"))
    #expect(unfolded.contains("DESCRIPTION:来源：000.txt:16\\n延期至 2021-02-12，原因：试剂未到位\\, 已协调\r\n"))
    try expectGolden(text, "Rendering/tasks.ics")
  }

  /// The virtualenv `Scripts/python-env.sh` makes (run by `Scripts/test.sh`).
  static let python = packageRoot.appendingPathComponent(".build/venv/bin/python").path
  /// `Scripts/test.sh` sets this, so that CI fails rather than skips without icalendar.
  static let icalendarRequired =
    ProcessInfo.processInfo.environment["CHECKLIST_REQUIRE_ICALENDAR"] == "1"

  /// A real parser reads it back: python's icalendar, from the virtualenv.
  @Test(
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: python) || icalendarRequired,
      "needs .build/venv (Scripts/test.sh makes it)"
    )
  )
  func pythonsICalendarReadsItBack() throws {
    let folder = try temporaryFolder()
    let file = folder.appendingPathComponent("tasks.ics")
    try Data(try Self.calendar().utf8).write(to: file)
    let script = """
      import json, sys, icalendar
      calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
      todos = [
          {'uid': str(t['UID']), 'summary': str(t['SUMMARY']),
           'due': t['DUE'].dt.isoformat() if 'DUE' in t else None,
           'categories': [str(c) for c in t['CATEGORIES'].cats] if 'CATEGORIES' in t else [],
           'description': str(t['DESCRIPTION'])}
          for t in calendar.walk('VTODO')]
      print(json.dumps(todos, ensure_ascii=False))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.python)
    process.arguments = ["-c", script, file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let todos = try #require(
      try JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    )
    #expect(
      todos.map { $0["uid"] as? String } == [
        "3f9a2c1b@checklist", "a2@checklist", "5d00e1aa@checklist",
      ]
    )
    #expect(todos.first?["summary"] as? String == "加强发热门诊管理，做好“预检分诊”;每日上报, 由主要负责同志\\督办")
    #expect(todos.first?["due"] as? String == "2021-02-10")
    #expect(todos.first?["categories"] as? [String] == ["卫健委", "市场监管局", "公安局"])
    #expect(
      todos.first?["description"] as? String == "来源：000.txt:12\n责任人：主要负责同志\n配合：公安局"
    )
    #expect(todos[1]["summary"] as? String == "推进疫苗接种，确保重点人群应接尽接、应种尽种，做到不漏一户、不落一人，全面完成各阶段目标任务")
  }
}
