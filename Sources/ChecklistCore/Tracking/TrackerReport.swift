/// The finished model of the HTML progress report: every number and every bar's geometry is
/// worked out here, so that `templates/report.html.mustache` only formats.
///
/// Properties are stored, not computed, because the Mustache renderer reads them by reflection.
public struct TrackerReport: Sendable, Hashable {
  /// One coloured piece of a department's bar.
  public struct Segment: Sendable, Hashable {
    /// The CSS class: `done`, `overdue`, `soon` or `track`.
    public var kind: String
    /// The label for a tooltip, such as `已完成 3`.
    public var label: String
    /// How many tasks it stands for.
    public var count: Int
    /// Its left edge in SVG units.
    public var x: Int
    /// Its width in SVG units.
    public var width: Int
  }

  /// One department's row.
  public struct Department: Sendable, Hashable {
    /// The heading.
    public var name: String
    /// Tasks that count.
    public var total: Int
    /// Done tasks.
    public var done: Int
    /// Done as a whole percentage.
    public var percent: Int
    /// Overdue tasks.
    public var overdue: Int
    /// Tasks due soon.
    public var dueSoon: Int
    /// Other pending tasks.
    public var onTrack: Int
    /// Cancelled tasks.
    public var cancelled: Int
    /// Stale tasks.
    public var stale: Int
    /// Whether anything is overdue.
    public var hasOverdue: Bool
    /// The bar's pieces, left to right, empty ones left out.
    public var segments: [Segment]
  }

  /// One overdue task.
  public struct OverdueTask: Sendable, Hashable {
    /// The id.
    public var id: String
    /// The text.
    public var text: String
    /// The department heading.
    public var department: String
    /// The effective due day.
    public var due: String
    /// Days past the due day.
    public var daysLate: Int
    /// The owner, when named.
    public var owner: String?
    /// `file:line` of the task in the tracker.
    public var location: String
  }

  /// The page title.
  public var title: String
  /// The tracker's path.
  public var file: String
  /// The day the report is for.
  public var asOf: String
  /// The warning window in days.
  public var warningDays: Int
  /// All departments together.
  public var overall: Department
  /// One row per department.
  public var departments: [Department]
  /// Overdue tasks, most overdue first.
  public var overdue: [OverdueTask]
  /// Whether there are any.
  public var hasOverdue: Bool
  /// The width of the bar area in SVG units.
  public var chartWidth: Int

  /// Builds the report for a status.
  ///
  /// - Parameters:
  ///   - status: The tracker's status on the report's day.
  ///   - file: The tracker's path.
  ///   - title: The page title.
  ///   - chartWidth: The width of the longest bar in SVG units.
  public init(
    status: TrackerStatus,
    file: String,
    title: String = "任务进度",
    chartWidth: Int = 480
  ) {
    self.title = title
    self.file = file
    self.asOf = status.asOf.description
    self.warningDays = status.warningDays
    self.chartWidth = chartWidth
    let largest = max(1, status.departments.map(\.total).max() ?? 1)
    self.departments = status.departments.map {
      Self.department($0, scale: Double(chartWidth) / Double(largest))
    }
    let overall = status.overall
    self.overall = Self.department(
      overall,
      scale: Double(chartWidth) / Double(max(1, overall.total))
    )
    self.overdue = status.overdueItems.map { item in
      OverdueTask(
        id: item.tracked.task.id,
        text: item.tracked.task.text,
        department: item.tracked.department ?? TrackerStatus.ungroupedName,
        due: item.tracked.task.effectiveDue?.description ?? "",
        daysLate: -(item.daysLeft ?? 0),
        owner: item.tracked.task.owner,
        location: item.tracked.location.description
      )
    }
    self.hasOverdue = !overdue.isEmpty
  }
}

// MARK: - Helpers

extension TrackerReport {
  fileprivate static func department(_ summary: TrackerStatus.Summary, scale: Double) -> Department
  {
    let pieces: [(String, String, Int)] = [
      ("done", "已完成", summary.done),
      ("overdue", "已逾期", summary.overdue),
      ("soon", "即将到期", summary.dueSoon),
      ("track", "其余未完成", summary.onTrack),
    ]
    var segments: [Segment] = []
    var x = 0.0
    for (kind, label, count) in pieces where count > 0 {
      let left = Int(x.rounded())
      x += Double(count) * scale
      segments.append(
        Segment(
          kind: kind,
          label: "\(label) \(count)",
          count: count,
          x: left,
          width: max(1, Int(x.rounded()) - left)
        )
      )
    }
    return Department(
      name: summary.name,
      total: summary.total,
      done: summary.done,
      percent: summary.percentDone,
      overdue: summary.overdue,
      dueSoon: summary.dueSoon,
      onTrack: summary.onTrack,
      cancelled: summary.cancelled,
      stale: summary.stale,
      hasOverdue: summary.overdue > 0,
      segments: segments
    )
  }
}
