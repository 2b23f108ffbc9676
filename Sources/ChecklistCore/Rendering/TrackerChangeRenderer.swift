/// Writes what the tracker commands print after a change: the tasks changed, and what a new
/// tracker or a sync holds.
public struct TrackerChangeRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// `[x] id text`, the task's new state first; a postponed one ends with `延期:DATE`.
  ///
  /// - Parameter task: The changed task.
  /// - Returns: The line, without a line break.
  public func changed(_ task: TrackerTask) -> String {
    var line = "[\(task.state.marker)] \(task.id) \(task.text)"
    if task.state == .postponed, let day = task.postponedTo { line += " 延期:\(day)" }
    return line
  }

  /// `tasks.md: N tasks under M headings`, for a new tracker.
  ///
  /// - Parameters:
  ///   - document: The tracker written.
  ///   - file: Its path.
  /// - Returns: The line, without a line break.
  public func created(_ document: TrackerDocument, file: String) -> String {
    "\(file): \(document.tasks.count) tasks under \(document.departments.count) headings"
  }

  /// `tasks.md: N added, N changed, N marked stale, N back in the speeches, N unchanged`, after
  /// a sync, then one line per changed task: `changed ID due OLD → NEW: TEXT` (`-` for no day).
  ///
  /// - Parameters:
  ///   - summary: What the sync did.
  ///   - file: The tracker's path.
  /// - Returns: The lines, without a final line break.
  public func synced(_ summary: SyncSummary, file: String) -> String {
    var lines = [
      "\(file): \(summary.added.count) added, \(summary.changed.count) changed, "
        + "\(summary.markedStale.count) marked stale, "
        + "\(summary.revived.count) back in the speeches, \(summary.kept) unchanged"
    ]
    for change in summary.changed {
      let old = change.oldDue?.description ?? "-"
      let new = change.newDue?.description ?? "-"
      lines.append("changed \(change.id) due \(old) → \(new): \(change.newText)")
    }
    return lines.joined(separator: "\n")
  }
}
