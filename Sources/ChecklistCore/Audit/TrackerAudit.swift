/// What `checklist audit TRACKER` lists: pending tasks that nobody answers for or that have no
/// deadline, overdue tasks without a 延期 reason, and tasks stale for too long.
///
/// Only pending tasks (open, in progress, postponed) are audited for department, owner,
/// deadline and reason; done and cancelled ones need none. A stale task is aged from the
/// `stale:` day its sync wrote; one without that day cannot be aged and is not listed.
public struct TrackerAudit: Sendable {
  /// One listed task.
  public struct Entry: Sendable, Equatable {
    /// Where the task line is.
    public var location: SourceLocation
    /// The task's id.
    public var id: String
    /// The task's text.
    public var text: String
    /// A detail: days overdue, days stale.
    public var detail: String?
  }

  /// Pending tasks under 无具体责任单位 or above every heading, with no `lead:` either.
  public private(set) var withoutDepartment: [Entry] = []
  /// Pending tasks without an `owner:`.
  public private(set) var withoutOwner: [Entry] = []
  /// Pending tasks with neither `due:`, `延期:` nor `every:`.
  public private(set) var withoutDeadline: [Entry] = []
  /// Overdue tasks without a `原因:` for a postponement.
  public private(set) var overdueWithoutReason: [Entry] = []
  /// Tasks marked stale more than ``staleDays`` days before the audit's day.
  public private(set) var longStale: [Entry] = []
  /// The day audited.
  public let asOf: CalendarDate
  /// How many days a task may stay stale before it is listed.
  public let staleDays: Int
  /// How many tasks the tracker holds.
  public private(set) var taskCount = 0

  /// Audits a tracker on a day.
  ///
  /// - Parameters:
  ///   - document: The tracker.
  ///   - asOf: The day.
  ///   - staleDays: How many days a task may stay stale before it is listed.
  public init(document: TrackerDocument, asOf: CalendarDate, staleDays: Int = 14) {
    self.asOf = asOf
    self.staleDays = staleDays
    let status = TrackerStatus(document: document, asOf: asOf)
    taskCount = status.items.count
    let placeholders = TrackerStatus.placeholderNames
    for item in status.items {
      let tracked = item.tracked
      let task = tracked.task
      func entry(_ detail: String? = nil) -> Entry {
        Entry(location: tracked.location, id: task.id, text: task.text, detail: detail)
      }
      if item.urgency == .stale {
        if let since = task.staleSince, since.days(until: asOf) > staleDays {
          longStale.append(entry("已不在讲话中 \(since.days(until: asOf)) 天，自 \(since)"))
        }
        continue
      }
      guard [.overdue, .dueSoon, .onTrack].contains(item.urgency) else { continue }
      if tracked.leads.allSatisfy(placeholders.contains) { withoutDepartment.append(entry()) }
      if task.owner == nil { withoutOwner.append(entry()) }
      if task.effectiveDue == nil && task.every == nil { withoutDeadline.append(entry()) }
      if item.urgency == .overdue && task.reason == nil {
        overdueWithoutReason.append(entry("逾期 \(-(item.daysLeft ?? 0)) 天"))
      }
    }
  }

  /// Whether anything is listed (for `--strict`).
  public var hasFindings: Bool {
    !(withoutDepartment.isEmpty && withoutOwner.isEmpty && withoutDeadline.isEmpty
      && overdueWithoutReason.isEmpty && longStale.isEmpty)
  }
}
