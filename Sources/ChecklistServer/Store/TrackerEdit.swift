import ChecklistCore

/// One change a page asks for, applied to the tracker under its lock.
///
/// The closure sees the tracker as it is on disk at that moment, checks that the change still
/// fits (the task exists, belongs to the department, has not changed since the page showed
/// it) and makes it, or says why not.
struct TrackerEdit: Sendable {
  /// What became of an edit.
  enum Outcome: Sendable {
    /// Written; `changedSince` tells that the task had changed since the page showed it (for
    /// a progress note, which is added all the same).
    case applied(TrackerTask, changedSince: Bool)
    /// No task has the id.
    case notFound
    /// The task is not the department's, or the action is not one it may take.
    case forbidden
    /// The task changed since the page showed it; nothing was written.
    case conflict
    /// The change does not fit the task.
    case refused(TrackerError.ReportRefusal)
    /// The tracker could not be read or written.
    case failed(TrackerError)
  }

  /// Makes the change on `document`, or leaves it as it is and says why not.
  var apply: @Sendable (inout TrackerDocument) -> Outcome
}
