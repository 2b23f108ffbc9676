import Foundation
import Testing

@testable import ChecklistCore

/// Hand edits the tracker must understand.
///
/// Tasks commented out, and the near-miss spacing a person types (no-break and ideographic
/// spaces, tabs). A sync never adds a task whose id the
/// file already holds, live, commented out or on a line it cannot read, and every line it
/// cannot read is reported with its file and line.
@Suite("Bad input: hand edits of a tracker")
struct TrackerHandEditTests {
  let folder: BadInputFolder
  let speech: String
  let tracker: String
  /// The three tasks `track init` wrote, by line.
  let taskLines: [String]

  init() throws {
    folder = try BadInputFolder()
    speech = try folder.write(
      "speech.txt",
      "市卫健委要加强发热门诊管理。\n市教育局要抓好校园疫情防控。\n市公安局要维护社会稳定。\n"
    )
    tracker = folder.path("t.md")
    let created = try runChecklist(["track", "init", tracker, speech, "--date", "2021-01-27"])
    #expect(created.status == 0, "\(created.error)")
    taskLines = try String(contentsOfFile: tracker, encoding: .utf8)
      .split(separator: "\n").map(String.init).filter { $0.hasPrefix("- [ ] ") }
    #expect(taskLines.count == 3)
  }

  /// The id on a task line.
  func id(_ line: String) -> String {
    String(line.split(separator: " ").first { $0.hasPrefix("id:") }?.dropFirst(3) ?? "")
  }

  /// Writes `text` as the tracker, syncs it with the speech, and returns what the sync said and
  /// the tracker afterwards.
  func sync(_ text: String) throws -> (result: CommandResult, after: String) {
    try folder.write("t.md", text)
    let result = try runChecklist(["track", "sync", tracker, speech, "--date", "2021-01-27"])
    return (result, try String(contentsOfFile: tracker, encoding: .utf8))
  }

  /// The tracker `track init` wrote, with `line` in place of its first task.
  func tracker(firstTask line: String) -> String {
    "# 任务跟踪\n\n## 卫健委\n\n\(line)\n\n## 教育局\n\n\(taskLines[1])\n\n## 公安局\n\n"
      + "\(taskLines[2])\n"
  }

  /// How many times `id:ID` stands in `text`.
  func count(_ id: String, in text: String) -> Int {
    text.components(separatedBy: "id:\(id)").count - 1
  }

  @Test("8. Tasks commented out in a fence or an HTML comment keep their ids reserved")
  func commentedOutTasks() throws {
    let text = """
      # 任务跟踪

      ```
      \(taskLines[0])
      ```

      <!-- \(taskLines[1]) -->

      <!--
      \(taskLines[2])
      -->

      """
    let (result, after) = try sync(text)
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.output
        == "\(tracker): 0 added, 0 changed, 0 marked stale, 0 back in the speeches, 0 unchanged\n"
    )
    #expect(after == text)
  }

  @Test(
    "9. No-break, ideographic and tab spaces where a space belongs are read as spaces",
    arguments: [
      ("\u{00A0}", "before id:"), ("\u{3000}", "before id:"), ("\t", "before id:"),
      ("\u{00A0}", "after ]"), ("\u{3000}", "after ]"), ("\t", "after ]"),
    ]
  )
  func unicodeSpaces(space: String, place: String) throws {
    let line = taskLines[0]
    let edited =
      place == "after ]"
      ? "- [ ]" + space + line.dropFirst(6)
      : line.replacingOccurrences(of: " id:", with: space + "id:")
    let text = tracker(firstTask: edited)
    let (result, after) = try sync(text)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error == "")
    #expect(after == text)
    let done = try runChecklist(["done", id(line), "--tracker", tracker, "--on", "2021-02-01"])
    #expect(done.status == 0, "\(done.error)")
    #expect(try String(contentsOfFile: tracker, encoding: .utf8).contains("[x]"))
  }

  @Test("9. An indented task line is reported with its line and never gets a second task")
  func indentedTask() throws {
    let text = tracker(firstTask: "\t" + taskLines[0])
    let (result, after) = try sync(text)
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.error
        == "\(tracker):5: warning: an indented task line is not tracked (it reads as a note of "
        + "the line above); remove the indentation to track it\n"
    )
    #expect(after == text)
    #expect(count(id(taskLines[0]), in: after) == 1)
  }

  @Test("9. An id glued to the text is reported and never gets a second task")
  func gluedID() throws {
    let glued = taskLines[0].replacingOccurrences(of: " id:", with: "id:")
    let text = tracker(firstTask: glued)
    let (result, after) = try sync(text)
    #expect(result.status == 0, "\(result.error)")
    #expect(
      result.error
        == "\(tracker):5: warning: task line has no 'id:' field, so it is not tracked; "
        + "'id:\(id(taskLines[0]))' needs a space before it\n"
    )
    #expect(after == text)
  }
}
