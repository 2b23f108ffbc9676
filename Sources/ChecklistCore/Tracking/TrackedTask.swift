/// A task together with where it stands in its tracker: its line and its department heading.
public struct TrackedTask: Sendable, Hashable {
  /// The task.
  public var task: TrackerTask
  /// The title of the `## ` heading above it, or `nil` when there is none.
  public var department: String?
  /// Where the task line is.
  public var location: SourceLocation

  /// Creates a tracked task.
  ///
  /// - Parameters:
  ///   - task: The task.
  ///   - department: The heading above it.
  ///   - location: Where its line is.
  public init(task: TrackerTask, department: String?, location: SourceLocation) {
    self.task = task
    self.department = department
    self.location = location
  }

  /// The departments that lead the task: its heading (or ``TrackerStatus/ungroupedName`` above
  /// every heading) and its `lead:` co-leads, without repeats.
  public var leads: [String] {
    var seen: Set<String> = []
    return ([department ?? TrackerStatus.ungroupedName] + task.coLeads)
      .filter { seen.insert($0).inserted }
  }

  /// The departments that support the task (`with:`), leaving out any that also lead it.
  public var supports: [String] {
    var seen = Set(leads)
    return task.supports.filter { seen.insert($0).inserted }
  }
}
