/// The line an error is about, shown under the error with a caret under its column.
///
/// Yams shows YAML errors so:
///
/// ```
/// rules/zz.yaml:3:8: note: while parsing a flow sequence
/// rules: [a, b
///        ^
/// ```
///
/// A long line is cut to a window around the column, with `…` where text was left out. The caret
/// is placed by terminal width: a Chinese character takes two columns, a tab stays a tab.
public struct SourceExcerpt: Sendable, Equatable, CustomStringConvertible {
  /// The line as shown: the whole line, or a window of it.
  public var text: String
  /// How many characters of ``text`` stand before the caret.
  public var caretOffset: Int

  /// The most characters shown before the column, and after it.
  static let before = 60
  static let after = 40

  /// An excerpt of `line` with the caret at 1-based character `column`.
  ///
  /// - Parameters:
  ///   - line: The source line, without its line break.
  ///   - column: The 1-based column, in characters; past the end puts the caret after the text.
  public init(line: String, column: Int) {
    let characters = Array(line)
    let index = max(0, min(column - 1, characters.count))
    let start = max(0, index - Self.before)
    let end = min(characters.count, index + Self.after)
    let head = start > 0 ? "…" : ""
    let tail = end < characters.count ? "…" : ""
    text = head + String(characters[start..<end]) + tail
    caretOffset = index - start + head.count
  }

  /// The excerpt of line `line` of `source` at `column`, or `nil` when the text has no such line
  /// or the line is blank (past the end of input, say).
  ///
  /// - Parameters:
  ///   - line: The 1-based line.
  ///   - column: The 1-based column, in characters.
  ///   - source: The whole text.
  public init?(line: Int, column: Int, in source: String) {
    guard let text = Self.line(line, of: source), !text.allSatisfy(\.isWhitespace) else {
      return nil
    }
    self.init(line: text, column: column)
  }

  /// The line, then a line with the caret under the column.
  public var description: String {
    let padding = text.prefix(caretOffset).map { character in
      character == "\t" ? "\t" : String(repeating: " ", count: TerminalWidth.of(String(character)))
    }
    return text + "\n" + padding.joined() + "^"
  }

  /// Line `number` (1-based) of `source`; `\n`, `\r\n` and `\r` end lines.
  static func line(_ number: Int, of source: String) -> String? {
    guard number >= 1 else { return nil }
    var current = 1
    var start = source.startIndex
    var index = source.startIndex
    while index < source.endIndex {
      let character = source[index]
      if character == "\n" || character == "\r" || character == "\r\n" {
        if current == number { return String(source[start..<index]) }
        current += 1
        start = source.index(after: index)
      }
      index = source.index(after: index)
    }
    return current == number ? String(source[start...]) : nil
  }
}
