/// The finished model of the index of a run of `checklist remind`: one row per notice written,
/// and the totals, for `remind-index.md.mustache`.
public struct ReminderIndex: Sendable, Hashable {
  /// One notice.
  public struct Entry: Sendable, Hashable {
    /// The department.
    public var department: String
    /// Its overdue tasks.
    public var overdue: Int
    /// Its due-soon tasks.
    public var dueSoon: Int
    /// The tasks it supports that are chased.
    public var supporting: Int
    /// The notice's file name, without extension.
    public var fileStem: String
    /// The Markdown notice as a link destination (``MarkdownText/linkDestination(_:)``).
    public var markdownLink: String
    /// The Word notice as a link destination.
    public var docxLink: String
  }

  /// The day.
  public var asOf: String
  /// The tracker.
  public var tracker: String
  /// The due-soon window in days.
  public var warningDays: Int
  /// One entry per notice.
  public var notices: [Entry]
  /// How many notices.
  public var noticeCount: Int
  /// Overdue tasks in all (each task once).
  public var overdue: Int
  /// Due-soon tasks in all (each task once).
  public var dueSoon: Int

  /// The index of `notices`.
  ///
  /// - Parameters:
  ///   - notices: The notices written.
  ///   - status: The status they were made from.
  ///   - tracker: The tracker's path.
  public init(notices: [ReminderNotice], status: TrackerStatus, tracker: String) {
    asOf = status.asOf.description
    self.tracker = tracker
    warningDays = status.warningDays
    self.notices = notices.map {
      Entry(
        department: $0.department,
        overdue: $0.overdueCount,
        dueSoon: $0.dueSoonCount,
        supporting: $0.supportingCount,
        fileStem: $0.fileStem,
        markdownLink: MarkdownText.linkDestination("\($0.fileStem).md"),
        docxLink: MarkdownText.linkDestination("\($0.fileStem).docx")
      )
    }
    noticeCount = notices.count
    overdue = status.items.count { $0.urgency == .overdue }
    dueSoon = status.items.count { $0.urgency == .dueSoon }
  }
}
