import Foundation
import Testing

@testable import ChecklistCore

@Suite("Tracker reports: progress notes, completion reports, postponement requests")
struct TrackerReportsTests {
  static let text = """
    # 任务跟踪

    ## 卫健委

    - [ ] 加强发热门诊管理 id:a0000001 due:2021-02-10 src:000.txt:12
      - 2月8日已督查全部12家发热门诊
    - [>] 完成全员核酸检测 id:a0000002 due:2021-02-05 延期:2021-02-12 原因:试剂未到位

    ## 公安局

    - [x] 维护秩序 id:b0000001 done:2021-02-01
    """

  func document(_ text: String = Self.text) throws -> TrackerDocument {
    try TrackerDocument(text: text, file: "tasks.md")
  }

  @Test func aProgressNoteGoesAfterTheTaskNotesAndStartsTheTask() throws {
    var document = try document()
    try document.reportProgress("a0000001", by: "卫健委", on: date("2021-02-08"), text: "已督查\n12家")
    #expect(
      document.text
        == Self.text.replacingOccurrences(
          of: "- [ ] 加强发热门诊管理 id:a0000001 due:2021-02-10 src:000.txt:12\n"
            + "  - 2月8日已督查全部12家发热门诊\n",
          with: "- [/] 加强发热门诊管理 id:a0000001 due:2021-02-10 src:000.txt:12\n"
            + "  - 2月8日已督查全部12家发热门诊\n  - 2021-02-08 卫健委：已督查 12家\n"
        )
    )
    let notes = document.notes(ofTaskAt: 4)
    #expect(notes.map(\.kind) == [nil, .progress])
    #expect(notes.map(\.text) == ["2月8日已督查全部12家发热门诊", "已督查 12家"])
    #expect(notes[1].signer == "卫健委")
  }

  @Test func aNoteOnTheLastLineKeepsTheFileWithoutAFinalLineBreak() throws {
    var document = try document(Self.text.replacingOccurrences(of: "[x] 维护", with: "[ ] 维护"))
    try document.reportProgress("b0000001", by: "公安局", on: date("2021-02-08"), text: "x")
    #expect(document.text.hasSuffix("done:2021-02-01\n  - 2021-02-08 公安局：x"))
  }

  @Test func aCompletionReportWaitsForTheOffice() throws {
    var document = try document()
    try document.reportCompletion("a0000001", by: "卫健委", on: date("2021-02-09"), text: "已整改")
    #expect(document.lines[4].task?.state == .inProgress)
    #expect(document.lines[6].text == "  - 2021-02-09 卫健委 报完成：已整改")
    #expect(document.pendingRequest(ofTaskAt: 4)?.kind == .completion)

    var sentBack = document
    try sentBack.sendBack("a0000001", by: "督查室", on: date("2021-02-10"), reason: "请补充台账")
    #expect(sentBack.lines[7].text == "  - 2021-02-10 督查室 退回：请补充台账")
    #expect(sentBack.pendingRequest(ofTaskAt: 4) == nil)
    #expect(sentBack.lines[4].task?.state == .inProgress)

    try document.confirmCompletion("a0000001", by: "督查室", on: date("2021-02-10"))
    #expect(document.lines[4].task?.state == .done)
    #expect(document.lines[4].task?.completed == date("2021-02-10"))
    #expect(document.lines[7].text == "  - 2021-02-10 督查室 确认完成")
    #expect(document.pendingRequest(ofTaskAt: 4) == nil)
    #expect(TaskNote(parsing: document.lines[7].text)?.kind == .completionConfirmed)
  }

  @Test func aGrantedPostponementTakesTheDayAndReasonAskedFor() throws {
    var document = try document()
    try document.requestPostponement(
      "a0000002",
      to: date("2021-02-20"),
      by: "卫健委",
      on: date("2021-02-09"),
      reason: "试剂 仍未到位"
    )
    #expect(document.lines[7].text == "  - 2021-02-09 卫健委 申请延期至2021-02-20：试剂 仍未到位")
    #expect(document.lines[6].task?.state == .postponed)
    #expect(document.pendingRequest(ofTaskAt: 6)?.kind == .postponement(to: date("2021-02-20")))
    try document.grantPostponement("a0000002", by: "督查室", on: date("2021-02-10"), text: "同意")
    #expect(
      document.lines[6].text
        == "- [>] 完成全员核酸检测 id:a0000002 due:2021-02-05 延期:2021-02-20 原因:试剂 仍未到位"
    )
    #expect(document.lines[8].text == "  - 2021-02-10 督查室 同意延期：同意")
    #expect(document.pendingRequest(ofTaskAt: 6) == nil)
  }

  @Test func refusalsNameTheTaskAndChangeNothing() throws {
    let original = try document()
    var document = original
    let refusals: [(TrackerError.ReportRefusal, (inout TrackerDocument) throws -> Void)] = [
      (
        .emptyText,
        { try $0.reportProgress("a0000001", by: "卫健委", on: date("2021-02-08"), text: " \n") }
      ),
      (
        .taskClosed,
        { try $0.reportCompletion("b0000001", by: "公安局", on: date("2021-02-08"), text: "x") }
      ),
      (
        .postponementNotLater,
        {
          try $0.requestPostponement(
            "a0000002",
            to: date("2021-02-12"),
            by: "卫健委",
            on: date("2021-02-08"),
            reason: "x"
          )
        }
      ),
      (
        .postponementNotLater,
        {
          try $0.requestPostponement(
            "a0000001",
            to: date("2021-02-08"),
            by: "卫健委",
            on: date("2021-02-08"),
            reason: "x"
          )
        }
      ),
      (
        .nothingPending, { try $0.confirmCompletion("a0000001", by: "督查室", on: date("2021-02-08")) }
      ),
      (
        .nothingPending, { try $0.grantPostponement("a0000001", by: "督查室", on: date("2021-02-08")) }
      ),
      (
        .nothingPending,
        { try $0.sendBack("a0000001", by: "督查室", on: date("2021-02-08"), reason: "x") }
      ),
    ]
    for (expected, change) in refusals {
      let error = #expect(throws: TrackerError.self) { try change(&document) }
      guard case .reportRefused(let refusal, _, _) = error else {
        Issue.record("expected a refusal, got \(String(describing: error))")
        continue
      }
      #expect(refusal == expected)
      #expect(document == original)
    }
    let error = #expect(throws: TrackerError.self) {
      try document.confirmCompletion("a0000001", by: "督查室", on: date("2021-02-08"))
    }
    #expect(
      error?.description
        == "tasks.md:5: error: task 'a0000001': no report of that kind waits for a decision"
    )
  }

  @Test func onlyTheLastReportCountsAndHandEditsSettleIt() throws {
    let notes = [
      "  - 2021-02-09 卫健委 报完成：a",
      "  - 2021-02-09 卫健委 申请延期至2021-03-01：b",
    ].compactMap { TaskNote(parsing: $0) }
    let open = try #require(
      TrackerTask.parse("- [/] t id:x1 due:2021-02-10").taskValue
    )
    #expect(TaskRequest.pending(in: notes, of: open)?.kind == .postponement(to: date("2021-03-01")))
    let postponed = try #require(
      TrackerTask.parse("- [>] t id:x1 due:2021-02-10 延期:2021-03-01").taskValue
    )
    #expect(TaskRequest.pending(in: notes, of: postponed) == nil)
    let done = try #require(TrackerTask.parse("- [x] t id:x1").taskValue)
    #expect(TaskRequest.pending(in: Array(notes.prefix(1)), of: done) == nil)
  }

  @Test(arguments: [
    ("  - 2021-02-08 卫健委：进展", TaskNote.Kind?.some(.progress), "进展"),
    ("\t* 2021-02-08 卫健委 报完成：好", .completionReport, "好"),
    ("  - 2021-02-08 督查室 确认完成", .completionConfirmed, ""),
    ("  - 2021-02-08 督查室 退回", .sentBack, ""),
    ("  - 2021-02-08 卫健委 申请延期至2021-02-30：x", nil, "2021-02-08 卫健委 申请延期至2021-02-30：x"),
    ("  - 2021-02-08 上午 已完成", nil, "2021-02-08 上午 已完成"),
    ("  - 2月8日：已完成", nil, "2月8日：已完成"),
  ])
  func notesAreReadByTheirShape(line: String, kind: TaskNote.Kind?, text: String) throws {
    let note = try #require(TaskNote(parsing: line))
    #expect(note.kind == kind)
    #expect(note.text == text)
  }

  @Test func aSignedNoteReadsBackAsWritten() throws {
    let note = TaskNote(
      .postponementRequest(date("2021-03-01")),
      by: "卫 健委",
      on: date("2021-02-08"),
      text: "原因：\u{2028}甲\t乙"
    )
    #expect(note.line == "  - 2021-02-08 卫_健委 申请延期至2021-03-01：原因： 甲 乙")
    #expect(TaskNote(parsing: note.line) == note.renamed("卫_健委"))
    #expect(TaskNote(parsing: "not indented") == nil)
    #expect(TaskNote(parsing: "   ") == nil)
  }
}

extension TrackerTask.ParseResult {
  fileprivate var taskValue: TrackerTask? {
    if case .task(let task) = self { return task }
    return nil
  }
}

extension TaskNote {
  fileprivate func renamed(_ signer: String) -> TaskNote {
    var note = self
    note.signer = signer
    return note
  }
}

/// The day `iso` names (the tests write only real days).
private func date(_ iso: String) -> CalendarDate {
  CalendarDate(iso: iso) ?? CalendarDate(daysSinceEpoch: 0)
}
