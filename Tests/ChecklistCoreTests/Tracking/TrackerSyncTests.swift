import Foundation
import Testing

@testable import ChecklistCore

/// Sync that follows a speech's edits: a reworded or re-dated directive keeps its task.
@Suite("Tracker sync")
struct TrackerSyncTests {
  @Test func aChangedDeadlineKeepsTheTaskItsStateAndNotes() throws {
    let before = directive(
      "aaaa000001",
      "财政局要在10个工作日内完成专项资金拨付",
      lead: "财政局",
      due: "2021-02-10",
      line: 5
    )
    let other = directive("aaaa000002", "教育局要做好开学准备", lead: "教育局", line: 9)
    var document = TrackerDocument.new(directives: [before, other], file: "t.md")
    try document.markDone("aaaa000001", on: day("2021-02-04"))
    var text = document.text.replacingOccurrences(
      of: "src:000.txt:5 done:2021-02-04\n",
      with: "src:000.txt:5 done:2021-02-04 owner:李科长\n  - 已拨付到位\n"
    )
    document = try TrackerDocument(text: text, file: "t.md")
    let after = directive(
      "bbbb000001",
      "财政局要在5个工作日内完成专项资金拨付",
      lead: "财政局",
      due: "2021-02-03",
      line: 6
    )
    let unrelated = directive("bbbb000003", "卫健委要加强发热门诊管理", lead: "卫健委", line: 7)
    let summary = document.sync(with: [after, other, unrelated], on: try day("2021-02-05"))
    #expect(
      summary.changed == [
        SyncSummary.Change(
          id: "aaaa000001",
          oldText: "财政局要在10个工作日内完成专项资金拨付",
          newText: "财政局要在5个工作日内完成专项资金拨付",
          oldDue: try day("2021-02-10"),
          newDue: try day("2021-02-03")
        )
      ]
    )
    #expect(summary.added == ["bbbb000003"])
    #expect(summary.markedStale.isEmpty)
    text = document.text
    #expect(
      text.contains(
        "- [x] 财政局要在5个工作日内完成专项资金拨付 id:aaaa000001 due:2021-02-03 src:000.txt:6 "
          + "done:2021-02-04 owner:李科长\n  - 已拨付到位\n"
      )
    )
    #expect(
      TrackerChangeRenderer().synced(summary, file: "t.md")
        == "t.md: 1 added, 1 changed, 0 marked stale, 0 back in the speeches, 1 unchanged\n"
        + "changed aaaa000001 due 2021-02-10 → 2021-02-03: 财政局要在5个工作日内完成专项资金拨付"
    )
    // The same run again changes nothing: the task now reads as the directive does.
    var again = document
    #expect(again.sync(with: [after, other, unrelated]).isEmpty)
    #expect(again == document)
  }

  @Test func onlyTasksWithoutACounterpartGoStaleWithTheirDay() throws {
    let kept = directive("cccc000001", "公安局要加强交通卡口查验", lead: "公安局", line: 3)
    let gone = directive("cccc000002", "市场监管局要开展农贸市场专项检查", lead: "市场监管局", line: 40)
    var document = TrackerDocument.new(directives: [kept, gone], file: "t.md")
    // Far away (more than 30 lines) and a different sentence: a new directive, not an edit.
    let far = directive("dddd000003", "市场监管局要开展农贸市场专项检查工作", lead: "市场监管局", line: 80)
    let summary = document.sync(with: [kept, far], on: try day("2021-03-01"))
    #expect(summary.markedStale == ["cccc000002"])
    #expect(summary.added == ["dddd000003"])
    #expect(document.text.contains("id:cccc000002 src:000.txt:40 (已不在讲话中) stale:2021-03-01\n"))
    // Back in the speech: the marker and its day go.
    var revived = document
    #expect(revived.sync(with: [kept, gone, far]).revived == ["cccc000002"])
    #expect(revived.text.contains("id:cccc000002 src:000.txt:40\n"))
  }

  /// A passage inserted above shifts every line: the window is counted from the nearest
  /// directive above that kept its id, so an edit far down still finds its task.
  @Test func aLongInsertionAboveDoesNotHideAnEdit() throws {
    let first = directive("eeee000001", "公安局要加强交通卡口查验", lead: "公安局", line: 3)
    let old = directive("eeee000002", "财政局要在10日内拨付资金", lead: "财政局", due: "2021-02-10", line: 5)
    var document = TrackerDocument.new(directives: [first, old], file: "t.md")
    try document.markDone("eeee000002", on: day("2021-02-08"))
    let inserted = directive("ffff000009", "教育局要做好开学准备", lead: "教育局", line: 50)
    var moved = first
    moved.line = 100
    let edited = directive("ffff000002", "财政局要在15日内拨付资金", lead: "财政局", due: "2021-02-15", line: 102)
    let summary = document.sync(with: [inserted, moved, edited])
    #expect(summary.changed.map(\.id) == ["eeee000002"])
    #expect(summary.markedStale.isEmpty)
    #expect(summary.added == ["ffff000009"])
    #expect(document.tasks.first { $0.task.id == "eeee000002" }?.task.state == .done)
  }

  @Test func similarityReadsNumbersAlikeAndIgnoresPunctuation() {
    #expect(DirectiveMatcher.similarity("10个工作日内完成", "5个工作日内完成") == 1)
    #expect(DirectiveMatcher.similarity("2月10日前上报", "3月1日前，上报") == 1)
    #expect(DirectiveMatcher.similarity("加强发热门诊管理", "做好开学准备") == 0)
    // Numbers that are not time stay: article 3 is not article 5.
    #expect(DirectiveMatcher.similarity("落实第3条规定", "落实第5条规定") < 1)
    let reworded = DirectiveMatcher.similarity("要加强发热门诊管理", "要切实加强发热门诊管理")
    #expect(reworded > 0.6 && reworded < 1)
  }

  /// Random edits of the seed speeches (other numbers, one character replaced, a phrase
  /// inserted) never lose a done state: every task stays done and live, and nothing is added.
  @Test(arguments: SeedTests.seeds.indices)
  func randomEditsOfSeedSpeechesNeverLoseADoneState(seedIndex: Int) throws {
    let pipeline = try makePipeline(date: try day("2021-01-27"))
    let original = try String(contentsOf: SeedTests.seeds[seedIndex], encoding: .utf8)
    let base = try pipeline.process(text: original, file: "seed.txt").directives
    var document = TrackerDocument.new(directives: base, file: "t.md")
    for task in document.tasks { try document.markDone(task.task.id, on: day("2021-01-28")) }
    var random = SeededGenerator(seed: UInt64(seedIndex + 1))
    var checked = 0
    for round in 0..<12 {
      var characters = Array(original)
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        Self.edit(&characters, &random)
      }
      let edited = try pipeline.process(text: String(characters), file: "seed.txt").directives
      guard edited.count == base.count else { continue }  // The edit made or unmade a directive.
      checked += 1
      var synced = document
      let summary = synced.sync(with: edited)
      #expect(summary.markedStale.isEmpty, "seed \(seedIndex) round \(round): \(summary)")
      #expect(summary.added.isEmpty, "seed \(seedIndex) round \(round): \(summary)")
      #expect(synced.tasks.allSatisfy { $0.task.state == .done && !$0.task.isStale })
      #expect(synced.tasks.count == document.tasks.count)
    }
    #expect(checked >= 3, "seed \(seedIndex): too few edits kept the directives")
  }
}

// MARK: - Edits

extension TrackerSyncTests {
  fileprivate static let insertions = ["切实", "进一步", "全面", "认真"]

  /// One light edit of a speech's characters, never of a line break.
  fileprivate static func edit(_ characters: inout [Character], _ random: inout SeededGenerator) {
    let digits = characters.indices.filter { characters[$0].isASCII && characters[$0].isNumber }
    let ideographs = characters.indices.filter {
      guard let scalar = characters[$0].unicodeScalars.first else { return false }
      return (0x4E00...0x9FFF).contains(scalar.value)
    }
    switch Int.random(in: 0..<3, using: &random) {
    case 0:
      if let index = digits.randomElement(using: &random) {
        characters[index] = Character(String(Int.random(in: 1...9, using: &random)))
      }
    case 1:
      if let index = ideographs.randomElement(using: &random) { characters[index] = "某" }
    default:
      if let index = ideographs.randomElement(using: &random),
        let words = insertions.randomElement(using: &random)
      {
        characters.insert(contentsOf: words, at: index)
      }
    }
  }
}
