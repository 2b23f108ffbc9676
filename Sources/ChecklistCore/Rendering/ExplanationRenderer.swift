/// Writes what `checklist explain` prints: for a line or a task, every decision the pipeline made
/// and the rule behind it.
public struct ExplanationRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// Everything about one line of a file: dropped as debris, units that are not directives, and
  /// the directives on it.
  ///
  /// - Parameters:
  ///   - line: The line number.
  ///   - result: The file's result.
  /// - Returns: The text, each line ending in a line feed; empty when nothing is on the line.
  public func render(line: Int, of result: Pipeline.FileResult) -> String {
    var output = ""
    if let dropped = result.dropped.first(where: { $0.line == line }) {
      output += "\(result.file):\(line): dropped as site debris by rule \(dropped.rule)\n"
    }
    for unit in result.skipped where unit.line == line {
      output += "\(result.file):\(line): not a directive: \(unit.reason)\n  \(unit.text)\n"
    }
    return output + render(result.directives.filter { $0.line == line })
  }

  /// Every directive whose id starts with `prefix`.
  ///
  /// - Parameters:
  ///   - prefix: An id or the start of one.
  ///   - result: The file's result.
  /// - Returns: The text, or `nil` when no id starts with `prefix`.
  public func render(idPrefix prefix: String, of result: Pipeline.FileResult) -> String? {
    let directives = result.directives.filter { $0.id.hasPrefix(prefix) }
    return directives.isEmpty ? nil : render(directives)
  }

  /// Each directive, its departments and the reasons for them.
  private func render(_ directives: [Directive]) -> String {
    var output = ""
    for directive in directives {
      let who = directive.departments.map {
        "\($0.name)（\($0.role.rawValue), \($0.basis.rawValue)\($0.rule.map { ", \($0)" } ?? "")）"
      }
      output += "\(directive.file):\(directive.line) [\(directive.id)] \(directive.text)\n"
      output +=
        "  departments: \(who.isEmpty ? "none (no specific owner)" : who.joined(separator: "、"))\n"
      for reason in directive.explanation { output += "  - \(reason)\n" }
    }
    return output
  }
}
