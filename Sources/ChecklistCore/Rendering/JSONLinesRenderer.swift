import Foundation

/// Writes directives as JSON Lines, the contract of `OUTPUT.md`: one object per line, fields in
/// the contract's order, UTF-8 without escaping Chinese, no BOM.
public struct JSONLinesRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// One line per directive, each ending in a line feed.
  ///
  /// - Parameter directives: The directives.
  /// - Returns: The JSON Lines text.
  /// - Throws: `EncodingError` (not expected for these records).
  public func render(_ directives: [Directive]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    var output = ""
    for directive in directives {
      output += String(decoding: try encoder.encode(directive), as: UTF8.self)
      output += "\n"
    }
    return output
  }
}
