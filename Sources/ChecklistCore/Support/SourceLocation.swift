/// A 1-based position in a named file, printed as `file:line:column`.
///
/// Every error and finding in the package points at one of these, so that a user can open the
/// file at the place the tool is talking about.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file's path as the user gave it.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, counted in characters; `nil` when only the line is known.
  public var column: Int?

  /// Creates a location.
  ///
  /// - Parameters:
  ///   - file: The file's path as the user gave it.
  ///   - line: The 1-based line.
  ///   - column: The 1-based column, or `nil` when only the line is known.
  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, or `file:line` without a column.
  public var description: String {
    if let column { return "\(file):\(line):\(column)" }
    return "\(file):\(line)"
  }

  /// Orders by file, then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column ?? 0) < (rhs.file, rhs.line, rhs.column ?? 0)
  }
}
