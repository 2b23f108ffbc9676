import ChecklistCore

/// How a department stands to a task: it leads it (牵头) or supports it (配合).
public enum DepartmentRole: String, Sendable, Hashable {
  /// The task's heading names the department: it reports completion and asks for more time.
  case lead
  /// The task's `with:` names it: it reports its progress.
  case support

  /// The role of `department` in `tracked`, or `nil` when the task is not its own.
  ///
  /// This is the one place that decides which tasks a department sees and may change. Today
  /// the lead is the task's heading and supporters are its `with:` field; co-leads (`lead:`)
  /// count as leads once the tracker knows them.
  ///
  /// - Parameters:
  ///   - department: The department's name.
  ///   - tracked: The task and its heading.
  /// - Returns: Its role, if any.
  public static func of(_ department: String, in tracked: TrackedTask) -> DepartmentRole? {
    if tracked.department == department { return .lead }
    if tracked.task.supports.contains(department) { return .support }
    return nil
  }
}
