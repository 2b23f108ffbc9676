/// Writes directives as readable text, one line each: `file:line [departments] text`.
public struct DirectiveTextRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// One line per directive, each ending in a line feed.
  ///
  /// - Parameter directives: The directives.
  /// - Returns: The text.
  public func render(_ directives: [Directive]) -> String {
    var output = ""
    for directive in directives {
      let who = directive.departments.map(\.name).joined(separator: "、")
      output +=
        "\(directive.file):\(directive.line) [\(who.isEmpty ? Wording.noSpecificOwner : who)] "
        + "\(directive.text)\n"
    }
    return output
  }
}
