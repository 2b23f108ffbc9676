import Foundation

/// Writes an ``AuditReport`` as the text `checklist audit` prints: a section per kind of
/// finding, the coverage figures, and the rules that never fired.
public struct AuditTextRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// The report as text, ending in a line feed.
  ///
  /// - Parameter report: The audit.
  /// - Returns: The text.
  public func render(_ report: AuditReport) -> String {
    var output = ""
    output += section("\(Wording.noSpecificOwner) (no specific owner)", report.withoutOwner)
    output += section("无完成时限 (no deadline)", report.withoutDeadline)
    output += section("泛指主语 (subject names everybody)", report.diffuseSubjects)
    output += "\n## 覆盖率 (coverage)\n"
    output += "directives: \(report.directiveCount)\n"
    output += String(format: "with a specific owner: %.1f%%\n", report.ownerCoverage * 100)
    output += String(format: "with a deadline: %.1f%%\n", report.deadlineCoverage * 100)
    output += "\n## 未触发的规则 (rules that never fired): \(report.unusedRules.count)\n"
    if !report.unusedRules.isEmpty { output += report.unusedRules.joined(separator: ", ") + "\n" }
    return output
  }

  private func section(_ title: String, _ entries: [AuditReport.Entry]) -> String {
    var output = "## \(title): \(entries.count)\n"
    for entry in entries {
      let subject = entry.subject.map { "〔\($0)〕" } ?? ""
      output += "\(entry.source) [\(entry.id)] \(subject)\(entry.text)\n"
    }
    return output + "\n"
  }
}
