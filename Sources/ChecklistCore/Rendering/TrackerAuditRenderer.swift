/// Writes a ``TrackerAudit`` as the text `checklist audit TRACKER` prints: a section per kind of
/// finding, each task as `file:line [id] text`.
public struct TrackerAuditRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// The audit as text, ending in a line feed.
  ///
  /// - Parameter audit: The audit.
  /// - Returns: The text.
  public func render(_ audit: TrackerAudit) -> String {
    var output = "截至 \(audit.asOf)，共 \(audit.taskCount) 项任务\n\n"
    output += section("无责任单位 (no department)", audit.withoutDepartment)
    output += section("无责任人 (no owner)", audit.withoutOwner)
    output += section("无完成时限 (no deadline)", audit.withoutDeadline)
    output += section("逾期未说明延期原因 (overdue without a 延期 reason)", audit.overdueWithoutReason)
    output += section(
      "已不在讲话中超过 \(audit.staleDays) 天 (stale for more than \(audit.staleDays) days)",
      audit.longStale
    )
    return output
  }

  private func section(_ title: String, _ entries: [TrackerAudit.Entry]) -> String {
    var output = "## \(title): \(entries.count)\n"
    for entry in entries {
      let detail = entry.detail.map { "（\($0)）" } ?? ""
      output += "\(entry.location) [\(entry.id)] \(entry.text)\(detail)\n"
    }
    return output + "\n"
  }
}
