/// The finished model of a week's 通报 (progress bulletin) for the leadership, for
/// `digest.md.mustache`: what was done, what was postponed and why, what newly fell overdue and
/// what is still overdue, and each department's completion rate now against the last time.
///
/// The period runs from the day after `since` to `asOf`. Done tasks count by their `done:` day
/// and postponements by their `postponed:` day (written by `checklist postpone`); a task ticked
/// by hand without a `done:` day counts as done at both ends, so it moves no rate. A task is
/// newly overdue when its due day fell within the period, still overdue when it was already
/// past at its start.
public struct TrackerDigest: Sendable, Hashable {
  /// One task in a list.
  public struct Row: Sendable, Hashable {
    /// The task's id.
    public var id: String
    /// Its text.
    public var text: String
    /// Its lead departments.
    public var departments: String
    /// What happened: the day it was done, the postponement and its reason, the days late.
    public var detail: String
  }

  /// One department's completion rate.
  public struct Department: Sendable, Hashable {
    /// The department.
    public var name: String
    /// Tasks that count.
    public var total: Int
    /// Done now.
    public var done: Int
    /// Done now, whole percent.
    public var percent: Int
    /// Done at the start of the period, whole percent.
    public var percentBefore: Int
    /// The change in points, signed (`+20`, `0`, `-5`).
    public var change: String
  }

  /// The day before the period.
  public var since: String
  /// The last day of the period.
  public var asOf: String
  /// The tracker.
  public var tracker: String
  /// Tasks done in the period.
  public var done: [Row]
  /// Tasks postponed in the period.
  public var postponed: [Row]
  /// Tasks whose due day fell in the period and that are not done.
  public var newlyOverdue: [Row]
  /// Tasks already overdue at the start and still not done.
  public var stillOverdue: [Row]
  /// Every department's rate.
  public var departments: [Department]
  /// How many done.
  public var doneCount: Int
  /// How many postponed.
  public var postponedCount: Int
  /// How many newly overdue.
  public var newlyOverdueCount: Int
  /// How many still overdue.
  public var stillOverdueCount: Int

  /// The bulletin for a tracker's period.
  ///
  /// - Parameters:
  ///   - document: The tracker.
  ///   - since: The day before the period (the last bulletin's day).
  ///   - asOf: The last day of the period.
  ///   - tracker: The tracker's path.
  public init(document: TrackerDocument, since: CalendarDate, asOf: CalendarDate, tracker: String) {
    let status = TrackerStatus(document: document, asOf: asOf)
    self.since = since.description
    self.asOf = asOf.description
    self.tracker = tracker
    let period = { (day: CalendarDate?) in day.map { since < $0 && $0 <= asOf } ?? false }
    func row(_ item: TrackerStatus.Item, _ detail: String) -> Row {
      let task = item.tracked.task
      return Row(
        id: task.id,
        text: task.text,
        departments: item.tracked.leads.joined(separator: "、"),
        detail: detail
      )
    }
    done = status.items.filter { $0.urgency == .done && period($0.tracked.task.completed) }
      .map { row($0, "办结于 \($0.tracked.task.completed?.description ?? "")") }
    postponed = status.items.filter { period($0.tracked.task.postponedOn) }.map { item in
      let task = item.tracked.task
      let reason = task.reason.map { "，原因：\($0)" } ?? "，未说明原因"
      return row(item, "延期至 \(task.postponedTo?.description ?? "")\(reason)")
    }
    let overdue = status.items.filter { $0.urgency == .overdue }
    let late = { (item: TrackerStatus.Item) in "逾期 \(-(item.daysLeft ?? 0)) 天" }
    newlyOverdue = overdue.filter { ($0.tracked.task.effectiveDue ?? asOf) >= since }
      .map { row($0, late($0)) }
    stillOverdue = overdue.filter { ($0.tracked.task.effectiveDue ?? asOf) < since }
      .map { row($0, late($0)) }
    departments = status.departments.filter { !$0.items.isEmpty }.map { summary in
      let counted = summary.items.filter { $0.urgency != .cancelled && $0.urgency != .stale }
      let before = counted.count {
        $0.urgency == .done && ($0.tracked.task.completed.map { $0 <= since } ?? true)
      }
      let total = counted.count
      let percent = total == 0 ? 100 : summary.done * 100 / total
      let percentBefore = total == 0 ? 100 : before * 100 / total
      let change = percent - percentBefore
      return Department(
        name: summary.name,
        total: total,
        done: summary.done,
        percent: percent,
        percentBefore: percentBefore,
        change: change > 0 ? "+\(change)" : "\(change)"
      )
    }
    doneCount = done.count
    postponedCount = postponed.count
    newlyOverdueCount = newlyOverdue.count
    stillOverdueCount = stillOverdue.count
  }
}
