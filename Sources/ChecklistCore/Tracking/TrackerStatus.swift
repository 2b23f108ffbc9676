/// Where a tracker stands on a given day: per department, how much is done, overdue, due soon.
///
/// A task counts towards its department's total unless it is cancelled or stale. A pending task
/// (open, in progress or postponed) is overdue when its ``TrackerTask/effectiveDue`` is before
/// the day, due soon when it falls within the warning window, and on track otherwise.
///
/// A task with several leads (its heading and its `lead:` co-leads) counts under each of them,
/// once in the overall figures; its supporting departments (`with:`) list it as 配合 without
/// counting it.
public struct TrackerStatus: Sendable, Hashable {
  /// How urgent one task is on the day.
  public enum Urgency: String, Sendable, Hashable, CaseIterable {
    /// Pending and its day has passed.
    case overdue
    /// Pending and due within the warning window.
    case dueSoon
    /// Pending with no day, or a day beyond the warning window.
    case onTrack
    /// Done.
    case done
    /// Cancelled; not counted.
    case cancelled
    /// No longer in the speeches; not counted.
    case stale
  }

  /// One task and its urgency.
  public struct Item: Sendable, Hashable {
    /// The task and where it stands.
    public var tracked: TrackedTask
    /// How urgent it is.
    public var urgency: Urgency
    /// Days from the status day to its effective due day (negative when overdue).
    public var daysLeft: Int?
    /// Whether the department leads the task or supports it (配合).
    public var role: DepartmentAssignment.Role = .lead
  }

  /// The counts for one department (or for all of them).
  public struct Summary: Sendable, Hashable {
    /// The department's heading.
    public var name: String
    /// The tasks it leads, in file order.
    public var items: [Item] = []
    /// The tasks it supports (配合), in file order; they do not count towards its figures.
    public var supporting: [Item] = []

    /// Tasks that count: all but cancelled and stale ones.
    public var total: Int { items.count { $0.urgency != .cancelled && $0.urgency != .stale } }
    /// Done tasks.
    public var done: Int { count(.done) }
    /// Overdue tasks.
    public var overdue: Int { count(.overdue) }
    /// Tasks due within the warning window.
    public var dueSoon: Int { count(.dueSoon) }
    /// Pending tasks that are neither overdue nor due soon.
    public var onTrack: Int { count(.onTrack) }
    /// Cancelled tasks.
    public var cancelled: Int { count(.cancelled) }
    /// Stale tasks.
    public var stale: Int { count(.stale) }
    /// Done as a whole percentage of ``total``, rounded down; 100 when there is nothing to do.
    public var percentDone: Int { total == 0 ? 100 : done * 100 / total }

    /// How many items have `urgency`.
    ///
    /// - Parameter urgency: The urgency.
    /// - Returns: The count.
    public func count(_ urgency: Urgency) -> Int {
      items.count { $0.urgency == urgency }
    }
  }

  /// The heading used for tasks that stand above every `## ` heading.
  public static let ungroupedName = "未分组"
  /// The headings that name no department (``Wording/noSpecificOwner``, ``ungroupedName``):
  /// nobody receives a notice, a `+project` or a calendar category for them.
  public static let placeholderNames: Set<String> = [Wording.noSpecificOwner, ungroupedName]

  /// The day the status is for.
  public var asOf: CalendarDate
  /// How many days ahead count as due soon.
  public var warningDays: Int
  /// One summary per department, in the tracker's order (headings first, then co-leads and
  /// supporting departments named only in fields).
  public var departments: [Summary]
  /// Every task once, in file order; for one department, the tasks it leads.
  public var items: [Item]
  /// The one department the status is for, when it was asked for one.
  public var department: String?

  /// Works out the status of `document` on `asOf`.
  ///
  /// - Parameters:
  ///   - document: The tracker.
  ///   - asOf: The day.
  ///   - warningDays: How many days ahead count as due soon (0 means only today).
  ///   - department: Only this department, when given.
  public init(
    document: TrackerDocument,
    asOf: CalendarDate,
    warningDays: Int = 3,
    department: String? = nil
  ) {
    self.asOf = asOf
    self.warningDays = warningDays
    self.department = department
    var summaries: [Summary] = []
    var position: [String: Int] = [:]
    var all: [Item] = []
    func index(of name: String) -> Int {
      if let index = position[name] { return index }
      position[name] = summaries.count
      summaries.append(Summary(name: name))
      return summaries.count - 1
    }
    let tasks = document.tasks
    // Headings first, in file order; then departments named only in `lead:` and `with:`.
    for tracked in tasks { _ = index(of: tracked.department ?? Self.ungroupedName) }
    if department == nil {
      for tracked in tasks { (tracked.leads + tracked.supports).forEach { _ = index(of: $0) } }
    }
    for tracked in tasks {
      let leads = tracked.leads
      let supports = tracked.supports
      if let department, !leads.contains(department), !supports.contains(department) { continue }
      let daysLeft = tracked.task.effectiveDue.map { asOf.days(until: $0) }
      var item = Item(
        tracked: tracked,
        urgency: Self.urgency(of: tracked.task, daysLeft: daysLeft, warningDays: warningDays),
        daysLeft: daysLeft
      )
      if department.map(leads.contains) ?? true { all.append(item) }
      for name in leads where department == nil || department == name {
        summaries[index(of: name)].items.append(item)
      }
      item.role = .support
      for name in supports where department == nil || department == name {
        summaries[index(of: name)].supporting.append(item)
      }
    }
    self.departments = summaries.filter { !$0.items.isEmpty || !$0.supporting.isEmpty }
    self.items = all
  }

  /// All departments together, named 合计: every task once.
  public var overall: Summary {
    Summary(name: "合计", items: items)
  }

  /// Overdue tasks, most overdue first, then in file order; for one department, the tasks it
  /// supports are among them, marked by their ``Item/role``.
  public var overdueItems: [Item] {
    let shown = department == nil ? items : departments.flatMap { $0.items + $0.supporting }
    return shown.filter { $0.urgency == .overdue }.sortedByDaysLeft()
  }

  /// Whether any task is overdue.
  public var hasOverdue: Bool {
    departments.contains { $0.overdue > 0 }
  }
}

// MARK: - Helpers

extension TrackerStatus {
  fileprivate static func urgency(of task: TrackerTask, daysLeft: Int?, warningDays: Int) -> Urgency
  {
    if task.isStale { return .stale }
    switch task.state {
    case .cancelled: return .cancelled
    case .done: return .done
    case .open, .inProgress, .postponed:
      guard let daysLeft else { return .onTrack }
      if daysLeft < 0 { return .overdue }
      return daysLeft <= warningDays ? .dueSoon : .onTrack
    }
  }
}

extension [TrackerStatus.Item] {
  /// The items by days left (most overdue first), then in file order.
  func sortedByDaysLeft() -> [TrackerStatus.Item] {
    sorted { ($0.daysLeft ?? 0, $0.tracked.location) < ($1.daysLeft ?? 0, $1.tracked.location) }
  }
}
