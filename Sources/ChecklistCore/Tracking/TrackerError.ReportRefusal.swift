extension TrackerError {
  /// Why a department's report or the office's decision on it was refused.
  public enum ReportRefusal: String, Sendable, Equatable, CaseIterable {
    /// The note would be empty.
    case emptyText
    /// The task is done or cancelled: there is nothing left to report.
    case taskClosed
    /// The day asked for is not after the request's day and the task's current due day.
    case postponementNotLater
    /// No completion report or postponement request of the kind decided on is open.
    case nothingPending

    /// The problem in words, for `path:line: error: …`.
    public var problem: String {
      switch self {
      case .emptyText: return "the note is empty"
      case .taskClosed: return "the task is done or cancelled"
      case .postponementNotLater:
        return "a postponement must be to a day after today and after the current due day"
      case .nothingPending: return "no report of that kind waits for a decision"
      }
    }
  }
}
