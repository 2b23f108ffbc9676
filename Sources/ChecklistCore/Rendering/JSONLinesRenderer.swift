/// Writes directives as JSON Lines, the contract of `OUTPUT.md`: one object per line, fields in
/// the contract's order, UTF-8 without escaping Chinese, no BOM.
///
/// The objects are written field by field rather than through `JSONEncoder`, whose key order is
/// not stable across runs on Linux: the same input must give the same bytes every time.
public struct JSONLinesRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// One line per directive, each ending in a line feed.
  ///
  /// - Parameter directives: The directives.
  /// - Returns: The JSON Lines text.
  public func render(_ directives: [Directive]) -> String {
    var output = ""
    for directive in directives {
      output += line(for: directive)
      output += "\n"
    }
    return output
  }

  /// One directive as a JSON object on one line.
  ///
  /// - Parameter directive: The directive.
  /// - Returns: The object, without a line break.
  public func line(for directive: Directive) -> String {
    let departments = directive.departments.map { department in
      object([
        ("name", string(department.name)), ("role", string(department.role.rawValue)),
        ("basis", string(department.basis.rawValue)), ("rule", optional(department.rule)),
        ("via", string(department.via.rawValue)),
      ])
    }
    let deadline = directive.deadline.map { deadline in
      object([
        ("text", string(deadline.text)), ("kind", string(deadline.kind.rawValue)),
        ("due", optional(deadline.due?.description)), ("every", optional(deadline.every)),
      ])
    }
    return object([
      ("id", string(directive.id)), ("file", string(directive.file)),
      ("document", String(directive.document)), ("line", String(directive.line)),
      ("text", string(directive.text)), ("source", string(directive.source)),
      ("departments", "[" + departments.joined(separator: ",") + "]"),
      ("owner", optional(directive.owner)), ("action", optional(directive.action)),
      ("deadline", deadline ?? "null"),
    ])
  }

  private func object(_ fields: [(String, String)]) -> String {
    var text = "{"
    for (index, field) in fields.enumerated() {
      if index > 0 { text += "," }
      text += string(field.0)
      text += ":"
      text += field.1
    }
    text += "}"
    return text
  }

  private func optional(_ value: String?) -> String {
    value.map(string) ?? "null"
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  private func string(_ value: String) -> String {
    // Most strings need no escape: quote them as they are.
    if !value.utf8.contains(where: {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }) {
      return "\"" + value + "\""
    }
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
