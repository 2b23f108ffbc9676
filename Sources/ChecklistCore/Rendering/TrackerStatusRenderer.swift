/// Writes a ``TrackerStatus`` as the table `checklist status` prints: done/total per department,
/// overdue (red), due soon (yellow), the rest (green), then the overdue tasks.
public struct TrackerStatusRenderer: Sendable {
  /// Whether to colour the counts with ANSI escapes.
  public var colour: Bool

  /// Creates the renderer.
  ///
  /// - Parameter colour: Whether to use ANSI colours (for a terminal).
  public init(colour: Bool) {
    self.colour = colour
  }

  /// The status as text lines, each ending in a line feed.
  ///
  /// - Parameter status: The tracker's status on a day.
  /// - Returns: The text.
  public func render(_ status: TrackerStatus) -> String {
    let width =
      max(8, (status.departments.map { TerminalWidth.of($0.name) } + [4]).max() ?? 8) + 2
    var output = "截至 \(status.asOf)（\(status.warningDays) 天内到期为即将到期）\n"
    for summary in status.departments + [status.overall] {
      let name = TerminalWidth.padded(summary.name, to: width)
      let counts = TerminalWidth.padded("\(summary.done)/\(summary.total)", to: 8)
      let percent = TerminalWidth.padded("\(summary.percentDone)%", to: 6)
      let overdue = paint("逾期 \(summary.overdue)", "31", when: summary.overdue > 0)
      let soon = paint("即将到期 \(summary.dueSoon)", "33", when: summary.dueSoon > 0)
      let rest = paint("其余 \(summary.onTrack)", "32")
      var line = "\(name)\(counts)\(percent)\(overdue)  \(soon)  \(rest)"
      if summary.cancelled > 0 { line += "  取消 \(summary.cancelled)" }
      if summary.stale > 0 { line += "  已不在讲话中 \(summary.stale)" }
      if !summary.supporting.isEmpty { line += "  配合 \(summary.supporting.count)" }
      output += line + "\n"
    }
    let overdue = status.overdueItems
    if !overdue.isEmpty {
      output += "\n" + paint("逾期任务：", "31;1") + "\n"
      for item in overdue {
        let task = item.tracked.task
        let due = task.effectiveDue.map { "\($0)" } ?? ""
        output +=
          "  \(item.tracked.location)  \(task.id)  \(due)（逾期 \(-(item.daysLeft ?? 0)) 天）  "
          + "\(item.tracked.leads.joined(separator: "、"))\(item.role == .support ? "（配合）" : "")  "
          + "\(task.text)\n"
      }
    }
    return output
  }

  private func paint(_ text: String, _ code: String, when condition: Bool = true) -> String {
    colour && condition ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
