/// How every error of the package prints: `path:line:col: error: problem` on the first line,
/// then the source line with a caret under the column, then a context's
/// `path:line:col: note: …` with its own line and caret.
///
/// The first line alone still says everything, so tools that read one line keep working.
enum Diagnostic {
  /// The full text of an error.
  ///
  /// - Parameters:
  ///   - location: Where, as printed (`path`, `path:line` or `path:line:col`).
  ///   - problem: The message, context included where the first line should say it.
  ///   - excerpt: The source line at the location.
  ///   - context: A second place, shown as a note.
  /// - Returns: The text, without a final line break.
  static func text(
    _ location: String,
    _ problem: String,
    excerpt: SourceExcerpt? = nil,
    context: ErrorContext? = nil
  ) -> String {
    var text = "\(location): error: \(problem)"
    if let excerpt { text += "\n\(excerpt)" }
    if let context {
      text += "\n\(context.location): note: \(context.note)"
      if let excerpt = context.excerpt { text += "\n\(excerpt)" }
    }
    return text
  }

  /// The excerpt of `source` at `location`, when it has a column and the text that line.
  static func excerpt(at location: SourceLocation, in source: String) -> SourceExcerpt? {
    guard let column = location.column else { return nil }
    return SourceExcerpt(line: location.line, column: column, in: source)
  }
}
