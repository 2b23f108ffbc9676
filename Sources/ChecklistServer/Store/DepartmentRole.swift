import ChecklistCore

/// How a department stands to a task: it leads it (牵头) or supports it (配合).
public enum DepartmentRole: String, Sendable, Hashable {
  /// The task's heading or its `lead:` names the department: it reports completion and asks
  /// for more time.
  case lead
  /// The task's `with:` names it: it reports its progress.
  case support

  /// The role of `department` in `tracked`, or `nil` when the task is not its own.
  ///
  /// This is the one place that decides which tasks a department sees and may change: the
  /// leads are the task's heading and its `lead:` co-leads, the supporters its `with:` field
  /// (a department named in both leads), as in every other view of the tracker.
  ///
  /// - Parameters:
  ///   - department: The department's name.
  ///   - tracked: The task and its heading.
  /// - Returns: Its role, if any.
  public static func of(_ department: String, in tracked: TrackedTask) -> DepartmentRole? {
    if tracked.leads.contains(department) { return .lead }
    if tracked.supports.contains(department) { return .support }
    return nil
  }
}
