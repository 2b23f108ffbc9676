import ChecklistCore

/// A short digest of a task's line and notes, carried by every form that changes the task, so
/// that a change made on a page that shows an older version is noticed.
enum TaskVersion {
  /// The version of the task on line `index` of `document`.
  static func of(_ document: TrackerDocument, taskAt index: Int) -> String {
    let lines = [index] + Array(document.noteLines(ofTaskAt: index))
    let text = lines.map { document.lines[$0].text }.joined(separator: "\n")
    return String(TokenDigest.sha256Hex(text).prefix(16))
  }
}
