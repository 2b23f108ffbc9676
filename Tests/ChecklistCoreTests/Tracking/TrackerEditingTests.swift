import Foundation
import Testing

@testable import ChecklistCore

@Suite("Tracker operations")
struct TrackerEditingTests {
  let fixture: TrackerDocument

  init() throws {
    fixture = try TrackerDocument(parsing: trackerFixture("edited.md"), file: "edited.md")
  }

  @Test func doneChangesOnlyTheCheckboxAndAddsADate() throws {
    var document = fixture
    try document.markDone("3f9a2c2", on: day("2021-02-04"))
    #expect(changedLines(fixture, document) == [11])
    #expect(
      document.lines[11].text
        == "- [x] 做好院感防控 id:3f9a2c2c due:2021-02-03 src:000.txt:14 done:2021-02-04   "
    )
    let again = document
    try document.markDone("3f9a2c2c", on: day("2021-02-05"))
    #expect(document == again)
  }

  @Test func doneOnAPostponedTaskKeepsTheReasonLast() throws {
    var document = fixture
    try document.markDone("5d00", on: day("2021-02-11"))
    #expect(
      document.lines[12].text
        == "- [x] 完成全员核酸检测 id:5d00e1aa due:2021-02-05 src:000.txt:16 延期:2021-02-12 "
        + "done:2021-02-11 原因:试剂 未到位, 已协调"
    )
  }

  @Test func reopenRemovesTheDoneDate() throws {
    var document = fixture
    try document.reopen("3f9a2c1")
    #expect(changedLines(fixture, document) == [8])
    #expect(
      document.lines[8].text
        == "- [ ] 加强发热门诊管理 id:3f9a2c1b due:2021-02-10 owner:主要负责同志 act:inspect "
        + "src:000.txt:12"
    )
  }

  @Test func postponeSetsDateAndReason() throws {
    var document = fixture
    try document.postpone("hand", to: day("2021-03-01"), reason: "等待\n上级批复")
    #expect(changedLines(fixture, document) == [13])
    #expect(document.lines[13].text == "* [>] 用星号写的任务 id:hand-1 延期:2021-03-01 原因:等待 上级批复")
    try document.postpone("5d00e1aa", to: day("2021-02-20"), reason: "再次延期")
    #expect(
      document.lines[12].text
        == "- [>] 完成全员核酸检测 id:5d00e1aa due:2021-02-05 src:000.txt:16 延期:2021-02-20 "
        + "原因:再次延期"
    )
  }

  @Test func unknownAndAmbiguousPrefixesChangeNothing() throws {
    var document = fixture
    let ambiguous = #expect(throws: TrackerError.self) { try document.reopen("3f9a2c") }
    #expect(
      ambiguous?.description
        == "edited.md: error: '3f9a2c' is the start of 2 task ids (3f9a2c1b, 3f9a2c2c); "
        + "give more of the id"
    )
    let unknown = #expect(throws: TrackerError.self) {
      try document.markDone("incode01", on: day("2021-02-01"))
    }
    #expect(unknown?.description == "edited.md: error: no task id starts with 'incode01'")
    #expect(throws: TrackerError.self) { try document.markDone("", on: day("2021-02-01")) }
    #expect(document == fixture)
  }

  @Test func exactIDWinsOverLongerIDs() throws {
    let text = "## A\n- [ ] one id:ab\n- [ ] two id:abc\n"
    var document = try TrackerDocument(text: text, file: "t.md")
    try document.markDone("ab", on: day("2021-01-01"))
    #expect(document.text == "## A\n- [x] one id:ab done:2021-01-01\n- [ ] two id:abc\n")
  }

  @Test func newTrackerGroupsByDepartmentWithNoOwnerLast() throws {
    let document = TrackerDocument.new(
      directives: [
        directive("00000001", "各级各部门要提高认识", line: 3),
        directive(
          "3f9a2c1b",
          "加强发热门诊管理",
          lead: "卫健委",
          owner: "主要负责同志",
          due: "2021-02-10",
          action: "inspect",
          line: 12
        ),
        directive("77aa0001", "加强农贸市场管理", lead: "市场监管局", supports: ["公安局"], line: 20),
        directive("3f9a2c2c", "做好院感防控 id:x 工作", lead: "卫健委", line: 14),
        directive("0a0a0a0a", "落实属地责任", owner: "各区县主要负责同志", line: 30),
      ],
      file: "new.md"
    )
    #expect(
      document.text == """
        # 任务跟踪

        <!-- checklist 任务跟踪表。[ ] 未开始 [/] 进行中 [x] 已完成 [>] 延期 [-] 取消；任务下缩进的行是备注；id: 等字段的写法见 docs/TRACKER.md。 -->

        ## 卫健委

        - [ ] 加强发热门诊管理 id:3f9a2c1b due:2021-02-10 owner:主要负责同志 act:inspect src:000.txt:12
        - [ ] 做好院感防控 id：x 工作 id:3f9a2c2c src:000.txt:14

        ## 市场监管局

        - [ ] 加强农贸市场管理 id:77aa0001 with:公安局 src:000.txt:20

        ## 各区县主要负责同志

        - [ ] 落实属地责任 id:0a0a0a0a owner:各区县主要负责同志 src:000.txt:30

        ## 无具体责任单位

        - [ ] 各级各部门要提高认识 id:00000001 src:000.txt:3

        """
    )
    #expect(document.warnings.isEmpty)
  }

  @Test func syncKeepsHandEditsAndMarksRemovedTasksStale() throws {
    let before = fixture
    var document = fixture
    // The speeches now produce everything but 3f9a2c2c, bring 77aa0003 back, and add two tasks.
    let produced = [
      "3f9a2c1b", "5d00e1aa", "77aa0001", "77aa0002", "77aa0003", "99990001", "badbad01",
    ].map { directive($0, "旧任务", lead: "卫健委") }
    let summary = document.sync(
      with: produced + [
        directive("new00001", "新增卫健委任务", lead: "卫健委", due: "2021-03-01", line: 40),
        directive("new00002", "新增教育局任务", lead: "教育局", line: 41),
      ]
    )
    #expect(summary.added == ["new00001", "new00002"])
    #expect(summary.markedStale == ["3f9a2c2c"])
    #expect(summary.revived == ["77aa0003"])
    #expect(summary.kept == 5)
    var expected = before.lines.map(\.text)
    expected[11] = "- [/] 做好院感防控 id:3f9a2c2c due:2021-02-03 src:000.txt:14 (已不在讲话中)   "
    expected[33] = "- [ ] 已不在讲话中的任务 id:77aa0003 src:000.txt:22"
    // The new 卫健委 task follows the section's last task (hand-1; the lines after it are not tasks).
    expected.insert("- [ ] 新增卫健委任务 id:new00001 due:2021-03-01 src:000.txt:40", at: 14)
    expected += ["", "## 教育局", "", "- [ ] 新增教育局任务 id:new00002 src:000.txt:41"]
    #expect(document.lines.map(\.text) == expected)
    #expect(document.lines.allSatisfy { $0.ending == .lf })
    // Syncing the same directives again changes nothing.
    let settled = document
    let second = document.sync(
      with: produced + [
        directive("new00001", "新增卫健委任务", lead: "卫健委"),
        directive("new00002", "新增教育局任务", lead: "教育局"),
      ]
    )
    #expect(second.isEmpty)
    #expect(document == settled)
  }

  @Test func syncKeepsCRLFAndAddsAfterNotes() throws {
    var document = try TrackerDocument(parsing: trackerFixture("crlf.md"), file: "crlf.md")
    document.sync(with: [
      directive("3f9a2c1b", "x", lead: "卫健委"), directive("3f9a2c2c", "x", lead: "卫健委"),
      directive("aa000001", "x", lead: "公安局"), directive("bb000001", "新任务", lead: "公安局"),
      directive("cc000001", "另一新任务", lead: "卫健委"),
    ])
    #expect(
      document.text
        == "# 跟踪\r\n\r\n## 卫健委\r\n\r\n- [ ] 加强发热门诊管理 id:3f9a2c1b due:2021-02-10 "
        + "src:000.txt:12\r\n  - 备注\r\n- [ ] 做好院感防控 id:3f9a2c2c src:000.txt:14\r\n"
        + "- [ ] 另一新任务 id:cc000001 src:000.txt:1\r\n\r\n## 公安局\r\n\r\n"
        + "- [x] 打击哄抬物价 id:aa000001 src:000.txt:30 done:2021-02-01\r\n"
        + "- [ ] 新任务 id:bb000001 src:000.txt:1\r\n"
    )
  }

  @Test func handAddedTasksAreNeverMarkedStale() throws {
    var document = fixture
    document.sync(with: [])
    let hand = try #require(document.tasks.first { $0.task.id == "hand-1" })
    #expect(!hand.task.isStale)
    #expect(document.tasks.filter(\.task.isStale).count == 7)
  }

  @Test func syncClosesACommentLeftOpenAtTheEnd() throws {
    var document = try TrackerDocument(text: "# 跟踪\n<!-- 草稿\n## 卫健委\n", file: "t.md")
    document.sync(with: [directive("abcd0001", "新任务", lead: "卫健委")])
    #expect(
      document.text
        == "# 跟踪\n<!-- 草稿\n## 卫健委\n-->\n\n## 卫健委\n\n- [ ] 新任务 id:abcd0001 src:000.txt:1\n"
    )
    #expect(try TrackerDocument(text: document.text, file: "t.md").tasks.count == 1)
  }

  /// Refusals are one line naming the task's line, and change nothing.
  @Test func stateChangesThatMakeNoSenseAreRefused() throws {
    var document = fixture
    let early = #expect(throws: TrackerError.self) {
      try document.postpone("5d00", to: day("2021-02-12"), reason: "再等等")
    }
    #expect(
      early?.description
        == "edited.md:13: error: cannot postpone 5d00e1aa to 2021-02-12: it is due 2021-02-12, "
        + "and a postponement must be later"
    )
    let done = #expect(throws: TrackerError.self) {
      try document.postpone("3f9a2c1", to: day("2021-03-01"), reason: "x")
    }
    #expect(
      done?.description == "edited.md:9: error: 3f9a2c1b is done; reopen it before postponing it"
    )
    let future = #expect(throws: TrackerError.self) {
      try document.markDone("3f9a2c2", on: day("2030-01-01"), asOf: day("2021-02-10"))
    }
    #expect(
      future?.description
        == "edited.md:12: error: cannot mark 3f9a2c2c done on 2030-01-01: that is after "
        + "2021-02-10 (--as-of, or today)"
    )
    #expect(document == fixture)
    // Reopened first, a done task may be postponed; the day of the postponement is kept.
    try document.reopen("3f9a2c1")
    try document.postpone("3f9a2c1", to: day("2021-02-20"), reason: "等待复核", on: day("2021-02-09"))
    #expect(
      document.lines[8].text
        == "- [>] 加强发热门诊管理 id:3f9a2c1b due:2021-02-10 owner:主要负责同志 act:inspect "
        + "src:000.txt:12 延期:2021-02-20 postponed:2021-02-09 原因:等待复核"
    )
  }

  @Test func refusedCommandsExitOneAndWriteNothing() throws {
    let folder = try temporaryFolder()
    let tracker = folder.appendingPathComponent("t.md")
    let bytes = try trackerFixture("edited.md")
    try Data(bytes).write(to: tracker)
    let postpone = try runChecklist([
      "postpone", "5d00", "--to", "2021-02-01", "--reason", "x", "--tracker", tracker.path,
    ])
    #expect(postpone.status == 1)
    #expect(postpone.error.split(separator: "\n").count == 1, "\(postpone.error)")
    let done = try runChecklist([
      "done", "3f9a2c2", "--on", "2021-03-01", "--as-of", "2021-02-10", "--tracker", tracker.path,
    ])
    #expect(done.status == 1)
    #expect(done.error.hasSuffix("that is after 2021-02-10 (--as-of, or today)\n"))
    #expect([UInt8](try Data(contentsOf: tracker)) == bytes)
  }
}
