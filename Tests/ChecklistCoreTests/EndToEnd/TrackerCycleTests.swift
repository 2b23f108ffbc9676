import Foundation
import Testing

@testable import ChecklistCore

/// A supervision office's whole cycle on a seed speech, through the executable: init, done by
/// command and by hand, a note by hand, sync with an edited speech, status on a day.
@Suite struct TrackerCycleTests {
  @Test func handEditsSurviveACompleteCycle() throws {
    let folder = try temporaryFolder()
    let seed = try #require(SeedTests.seeds.first { $0.lastPathComponent.hasPrefix("001_") })
    let speech = folder.appendingPathComponent("speech.txt")
    var speechText = try String(contentsOf: seed, encoding: .utf8)
    try speechText.write(to: speech, atomically: true, encoding: .utf8)
    let tracker = folder.appendingPathComponent("tracker.md")
    let date = ["--date", "2022-09-09"]

    let initRun = try runChecklist(["track", "init", tracker.path, speech.path] + date)
    #expect(initRun.status == 0, "\(initRun.error)")
    let initial = try TrackerDocument(
      parsing: Array(try Data(contentsOf: tracker)),
      file: tracker.path
    )
    let tasks = initial.tasks
    #expect(tasks.count == (try makePipeline().extract(paths: [speech.path])).count)
    let byCommand = tasks[0].task.id
    let byHand = tasks[1].task.id

    // Done by command.
    #expect(
      try runChecklist(["done", byCommand, "--tracker", tracker.path, "--on", "2022-09-10"]).status
        == 0
    )

    // Done by hand, a note under a task, a comment and a heading of the office's own.
    var lines = try String(contentsOf: tracker, encoding: .utf8).components(separatedBy: "\n")
    let handIndex = try #require(lines.firstIndex { $0.contains("id:\(byHand)") })
    lines[handIndex] = lines[handIndex].replacingOccurrences(of: "- [ ]", with: "- [x]")
    lines.insert("  - 9月12日已电话督办，市卫健委反馈已落实。", at: handIndex + 1)
    lines.insert("<!-- 督查室备注：本表每周一更新 -->", at: 1)
    lines.append("## 督查室自建事项")
    lines.append("- 每周一汇总报市委办")
    let edited = lines.joined(separator: "\n")
    try edited.write(to: tracker, atomically: true, encoding: .utf8)

    // The speech is revised: one directive removed, one added.
    let removed = try #require(tasks.last { $0.task.id != byCommand && $0.task.id != byHand })
    let removedText = removed.task.text
    #expect(speechText.contains(removedText))
    speechText = speechText.replacingOccurrences(of: removedText, with: "")
    speechText += "\n卫健部门要在三日内完成全员核酸检测复核。\n"
    try speechText.write(to: speech, atomically: true, encoding: .utf8)

    let sync = try runChecklist(
      ["track", "sync", tracker.path, speech.path, "--as-of", "2022-09-20"] + date
    )
    #expect(sync.status == 0, "\(sync.error)")
    let synced = try String(contentsOf: tracker, encoding: .utf8)

    // Every line of the hand-edited file is still there, in order; only the removed task's line
    // gained the stale marker.
    var remaining = synced.components(separatedBy: "\n")[...]
    for line in edited.components(separatedBy: "\n") {
      let expected =
        line.contains("id:\(removed.task.id)")
        ? line + " " + TrackerTask.staleMarker + " stale:2022-09-20" : line
      guard let found = remaining.firstIndex(of: expected) else {
        Issue.record("hand-edited line lost or changed: \(expected)")
        continue
      }
      remaining = remaining[(found + 1)...]
    }
    let document = try TrackerDocument(text: synced, file: tracker.path)
    #expect(document.tasks.count == tasks.count + 1)
    let added = try #require(document.tasks.first { $0.task.text.contains("三日内完成全员核酸检测复核") })
    #expect(added.department == "卫健委")
    #expect(added.task.due == (try day("2022-09-12")))
    #expect(document.tasks.filter { $0.task.isStale }.map(\.task.id) == [removed.task.id])
    #expect(
      document.tasks.filter { $0.task.state == .done }.map(\.task.id).sorted()
        == [byCommand, byHand].sorted()
    )

    // Status on a day: both done tasks count, the stale one no longer does, the new one does.
    let status = try runChecklist(["status", tracker.path, "--as-of", "2022-09-20"])
    #expect(status.status == 0)
    let total = try #require(status.output.split(separator: "\n").first { $0.hasPrefix("合计") })
    #expect(total.contains(" 2/\(tasks.count)"), "\(total)")
    #expect(status.output.contains("三日内完成全员核酸检测复核"))
    let failing = try runChecklist([
      "status", tracker.path, "--as-of", "2022-09-20", "--fail-on-overdue",
    ])
    #expect(failing.status == 1)
  }
}
