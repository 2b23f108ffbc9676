import Foundation
import Testing

@testable import ChecklistCore

@Suite("Tracker parsing and writing")
struct TrackerDocumentTests {
  @Test(arguments: ["edited.md", "crlf.md", "bom.md", "gbk.md"])
  func fixturesRoundTripByteForByte(name: String) throws {
    let bytes = try trackerFixture(name)
    let document = try TrackerDocument(parsing: bytes, file: name)
    #expect(try document.encoded() == bytes)
  }

  @Test func encodingsAndLineEndingsAreDetected() throws {
    let crlf = try TrackerDocument(parsing: trackerFixture("crlf.md"), file: "crlf.md")
    #expect(crlf.encoding == .utf8)
    #expect(crlf.lines.first?.ending == .crlf)
    #expect(crlf.lines.last?.ending == LineEnding.none)
    let bom = try TrackerDocument(parsing: trackerFixture("bom.md"), file: "bom.md")
    #expect(bom.encoding == .utf8WithBOM)
    #expect(bom.lines.first?.text == "# 跟踪")
    let gbk = try TrackerDocument(parsing: trackerFixture("gbk.md"), file: "gbk.md")
    #expect(gbk.encoding == .gb18030)
    #expect(gbk.tasks.first?.task.text == "加强发热门诊管理")
  }

  @Test func tasksFieldsAndDepartmentsAreParsed() throws {
    let document = try TrackerDocument(parsing: trackerFixture("edited.md"), file: "edited.md")
    let ids = document.tasks.map(\.task.id)
    #expect(
      ids == [
        "3f9a2c1b", "3f9a2c2c", "5d00e1aa", "hand-1", "77aa0001", "77aa0002", "77aa0003",
        "99990001",
      ]
    )
    let first = try #require(document.tasks.first)
    #expect(first.department == "卫健委")
    #expect(first.location.description == "edited.md:9")
    #expect(first.task.state == .done)
    #expect(first.task.due == CalendarDate(iso: "2021-02-10"))
    #expect(first.task.completed == CalendarDate(iso: "2021-02-08"))
    #expect(first.task.owner == "主要负责同志")
    #expect(first.task.action == "inspect")
    #expect(first.task.source == "000.txt:12")
    let postponed = document.tasks[2].task
    #expect(postponed.state == .postponed)
    #expect(postponed.effectiveDue == CalendarDate(iso: "2021-02-12"))
    #expect(postponed.reason == "试剂 未到位, 已协调")
    let market = document.tasks[4]
    #expect(market.department == "市场监管局")
    #expect(market.task.supports == ["公安局", "交通运输局"])
    #expect(document.tasks[6].task.isStale)
    #expect(document.departments == ["卫健委", "市场监管局", "无具体责任单位"])
  }

  @Test func malformedTaskLinesAreKeptAndReported() throws {
    let document = try TrackerDocument(parsing: trackerFixture("edited.md"), file: "edited.md")
    #expect(
      document.warnings.map(\.description) == [
        "edited.md:15: warning: unknown checkbox '[?]'; use [ ], [/], [x], [>] or [-]",
        "edited.md:16: warning: 'due:2021-02-30' is not a real day written YYYY-MM-DD",
        "edited.md:18: warning: task line has no 'id:' field, so it is not tracked; "
          + "add one such as id:my-task-1",
      ]
    )
    // Tasks in the fixture's code block and comment are commented out: their ids are kept too.
    #expect(document.reservedIDs == ["badbad01", "baddate1", "incode01", "incomm01"])
    #expect(document.lines[14].task == nil)
    #expect(document.lines[14].text == "- [?] 无法识别的勾选框 id:badbad01")
  }

  @Test func duplicateIDNamesBothLines() throws {
    let error = #expect(throws: TrackerError.self) {
      try TrackerDocument(parsing: trackerFixture("duplicate.md"), file: "duplicate.md")
    }
    #expect(
      error?.description
        == "duplicate.md:8: error: task id 'dup00001' is used twice; the first is on line 5"
    )
  }

  @Test func oneMegabyteLineRoundTrips() throws {
    let long = String(repeating: "加强发热门诊管理，", count: 40_000)
    let text = "# 跟踪\n\n## 卫健委\n\n- [ ] \(long) id:big00001 due:2021-02-10\n  - 备注\n"
    let bytes = Array(text.utf8)
    #expect(bytes.count > 1_000_000)
    var document = try TrackerDocument(parsing: bytes, file: "big.md")
    #expect(try document.encoded() == bytes)
    try document.markDone("big", on: day("2021-02-09"))
    #expect(
      document.text
        == "# 跟踪\n\n## 卫健委\n\n- [x] \(long) id:big00001 due:2021-02-10 done:2021-02-09\n"
        + "  - 备注\n"
    )
    let gb = try #require(TrackerEncoding.gb18030.encode(text))
    #expect(try TrackerDocument(parsing: gb, file: "big.md").encoded() == gb)
  }

  @Test(arguments: [
    "", "\n", "\r\n\r\n", "just prose", "- [ ]", "- [x](link)", "# heading without newline",
  ])
  func edgeCasesRoundTrip(text: String) throws {
    let bytes = Array(text.utf8)
    #expect(try TrackerDocument(parsing: bytes, file: "e.md").encoded() == bytes)
  }

  @Test func loneCarriageReturnsAreLineBreaks() throws {
    let text = "# 跟踪\r## 卫健委\r- [ ] 任务 id:cr000001\r"
    let document = try TrackerDocument(text: text, file: "cr.md")
    #expect(document.lines.map(\.ending) == [.cr, .cr, .cr])
    #expect(document.tasks.first?.department == "卫健委")
    #expect(document.text == text)
  }

  @Test func binaryInputIsRefused() throws {
    let error = #expect(throws: TrackerError.self) {
      try TrackerDocument(parsing: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], file: "x.md")
    }
    #expect(
      error?.description == "x.md: error: this is a binary file (PNG image), not a text speech"
    )
  }
}
