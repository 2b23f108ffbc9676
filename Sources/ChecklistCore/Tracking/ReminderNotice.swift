/// The finished model of one department's 催办通知 (reminder notice): its overdue and due-soon
/// tasks, and the ones it supports, with source, deadline and days late, worked out here so
/// that the templates (`remind.md.mustache`, `remind.docx.xml.mustache`) only format.
///
/// Properties are stored, not computed, because the Mustache renderer reads them by reflection.
public struct ReminderNotice: Sendable, Hashable {
  /// One task in the notice.
  public struct Row: Sendable, Hashable {
    /// Its number in its table, from 1.
    public var number: Int
    /// The task's id.
    public var id: String
    /// The task's text.
    public var text: String
    /// Where the directive stands in the speech (`src:`), or the tracker line.
    public var source: String
    /// The effective due day.
    public var due: String
    /// Days past the due day (overdue rows) or left until it (due-soon rows).
    public var days: Int
    /// The answerable person, or 未明确.
    public var owner: String
    /// The lead departments, for 配合 rows.
    public var leads: String
    /// The postponement, `延期至 DAY（原因）`, when there is one.
    public var postponement: String?
  }

  /// The department the notice goes to.
  public var department: String
  /// The notice's title.
  public var title: String
  /// The day it is for.
  public var asOf: String
  /// The due-soon window in days.
  public var warningDays: Int
  /// The tracker it was made from.
  public var tracker: String
  /// Tasks it leads that are overdue, most overdue first.
  public var overdue: [Row]
  /// Tasks it leads that fall due within the window, soonest first.
  public var dueSoon: [Row]
  /// Tasks it supports (配合) that are overdue or due soon.
  public var supporting: [Row]
  /// How many overdue rows.
  public var overdueCount: Int
  /// How many due-soon rows.
  public var dueSoonCount: Int
  /// How many 配合 rows.
  public var supportingCount: Int
  /// Whether there are overdue rows.
  public var hasOverdue: Bool
  /// Whether there are due-soon rows.
  public var hasDueSoon: Bool
  /// Whether there are 配合 rows.
  public var hasSupporting: Bool
  /// The file name the notice is written under, without extension.
  public var fileStem: String

  /// The title every notice carries.
  public static let defaultTitle = "关于督促办理逾期和即将到期任务的通知"

  /// One notice per department that has something to chase, in the status's order; the
  /// headings for tasks nobody owns (无具体责任单位, 未分组) get none.
  ///
  /// - Parameters:
  ///   - status: The tracker's status on the notices' day.
  ///   - tracker: The tracker's path.
  /// - Returns: The notices.
  public static func notices(for status: TrackerStatus, tracker: String) -> [ReminderNotice] {
    let placeholders = TrackerStatus.placeholderNames
    return status.departments.compactMap { summary in
      guard !placeholders.contains(summary.name) else { return nil }
      let chased: Set<TrackerStatus.Urgency> = [.overdue, .dueSoon]
      let overdue = summary.items.filter { $0.urgency == .overdue }.sortedByDaysLeft()
      let dueSoon = summary.items.filter { $0.urgency == .dueSoon }.sortedByDaysLeft()
      let supporting = summary.supporting.filter { chased.contains($0.urgency) }
      guard !(overdue.isEmpty && dueSoon.isEmpty && supporting.isEmpty) else { return nil }
      return ReminderNotice(
        department: summary.name,
        title: defaultTitle,
        asOf: status.asOf.description,
        warningDays: status.warningDays,
        tracker: tracker,
        overdue: rows(overdue),
        dueSoon: rows(dueSoon),
        supporting: rows(supporting),
        overdueCount: overdue.count,
        dueSoonCount: dueSoon.count,
        supportingCount: supporting.count,
        hasOverdue: !overdue.isEmpty,
        hasDueSoon: !dueSoon.isEmpty,
        hasSupporting: !supporting.isEmpty,
        fileStem: fileName(summary.name) + "催办通知"
      )
    }
  }
}

// MARK: - Helpers

extension ReminderNotice {
  fileprivate static func rows(_ items: [TrackerStatus.Item]) -> [Row] {
    items.enumerated().map { index, item in
      let task = item.tracked.task
      let postponement = task.postponedTo.map { day in
        "已延期至 \(day)" + (task.reason.map { "，原因：\($0)" } ?? "")
      }
      return Row(
        number: index + 1,
        id: task.id,
        text: task.text,
        source: task.source ?? item.tracked.location.description,
        due: task.effectiveDue?.description ?? "",
        days: abs(item.daysLeft ?? 0),
        owner: task.owner ?? "未明确",
        leads: item.tracked.leads.joined(separator: "、"),
        postponement: postponement
      )
    }
  }

  /// A department name as a file name: path separators and control characters replaced.
  static func fileName(_ name: String) -> String {
    String(name.map { $0 == "/" || $0 == "\\" || $0.isNewline || $0 == "\u{0}" ? "_" : $0 })
  }
}
