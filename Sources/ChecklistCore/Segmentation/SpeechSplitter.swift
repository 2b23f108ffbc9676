/// Splits a file into its speeches at headers such as `第二篇：…` or `…讲话篇三`.
///
/// Lines before the first header (a page title, an essay site's preamble) belong to the first
/// speech. A file without headers is one speech.
public struct SpeechSplitter: Sendable {
  /// The longest line taken for a header; longer lines are speech text that mentions 第一篇.
  public static let longestHeader = 80

  /// Creates a splitter.
  public init() {}

  /// The speeches of a normalised file, in order; at least one.
  ///
  /// - Parameter text: The normalised file.
  /// - Returns: The speeches, numbered from 1.
  public func split(_ text: SourceText) -> [Speech] {
    var speeches: [[SourceLine]] = [[]]
    var sawHeader = false
    for line in text.lines {
      if isHeader(line.text) {
        if sawHeader { speeches.append([]) }
        sawHeader = true
      }
      speeches[speeches.count - 1].append(line)
    }
    return speeches.enumerated().map { Speech(index: $0.offset + 1, lines: $0.element) }
  }

  /// Whether a line opens a new speech: `第N篇` at its start or `篇N` at its end.
  ///
  /// - Parameter line: A normalised line.
  /// - Returns: Whether it is a speech header.
  public func isHeader(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars)
    guard !scalars.isEmpty, scalars.count <= Self.longestHeader else { return false }
    if scalars.first == "第" {
      let digits = scalars.dropFirst().prefix { Numerals.headerNumerals.contains($0) }
      if !digits.isEmpty, scalars.count > digits.count + 1, scalars[digits.count + 1] == "篇" {
        return true
      }
    }
    let trailing = scalars.reversed().prefix { Numerals.headerNumerals.contains($0) }
    let before = scalars.count - trailing.count - 1
    return !trailing.isEmpty && before >= 0 && scalars[before] == "篇"
  }

}
