/// A department's report that waits for the office: a completion report or a postponement
/// request that no decision note follows.
///
/// Only the last report counts (a new one replaces an earlier one), and any decision note after
/// it (确认完成, 同意延期, 退回) settles it. A report is also settled when the task was changed
/// by other means: a completion report once the task is done or cancelled, a postponement
/// request once the task is done or cancelled or its `延期:` is the day asked for.
public struct TaskRequest: Sendable, Hashable {
  /// What is asked.
  public enum Kind: Sendable, Hashable {
    /// The department reports the work done.
    case completion
    /// The department asks for this later day.
    case postponement(to: CalendarDate)
  }

  /// What is asked.
  public var kind: Kind
  /// The note that asks it.
  public var note: TaskNote

  /// The open request among a task's notes, if any.
  ///
  /// - Parameters:
  ///   - notes: The task's notes, in file order.
  ///   - task: The task.
  /// - Returns: The request that still waits for the office.
  public static func pending(in notes: [TaskNote], of task: TrackerTask) -> TaskRequest? {
    var open: TaskRequest?
    for note in notes {
      switch note.kind {
      case .completionReport: open = TaskRequest(kind: .completion, note: note)
      case .postponementRequest(let day):
        open = TaskRequest(kind: .postponement(to: day), note: note)
      case .completionConfirmed, .postponementGranted, .sentBack: open = nil
      case .progress, nil: break
      }
    }
    guard let open, task.state != .done, task.state != .cancelled else { return nil }
    if case .postponement(let day) = open.kind, task.postponedTo == day { return nil }
    return open
  }
}
