/// Cuts a speech into passages (its lines) and each passage into sentence units.
///
/// A unit ends at `。！？；;!?` or at the end of its line; closing quotes and brackets right
/// after the stop stay with the unit they close. Commas never end a unit.
public struct UnitSplitter: Sendable {
  /// Creates a splitter.
  public init() {}

  /// The units of a speech in reading order.
  ///
  /// - Parameter speech: The speech.
  /// - Returns: Its units.
  public func units(of speech: Speech) -> [Unit] {
    var units: [Unit] = []
    for (passage, line) in speech.lines.enumerated() {
      let pieces = sentences(in: line.text)
      for (position, piece) in pieces.enumerated() {
        let isHeading = pieces.count == 1 && !piece.unicodeScalars.contains(where: Self.isStop)
        units.append(
          Unit(
            text: piece,
            line: line.number,
            passage: passage,
            position: position,
            item: ItemMarker.leading(in: piece),
            isHeadingLine: isHeading
          )
        )
      }
    }
    return units
  }

  /// The sentences of one line, trimmed, empty ones left out.
  ///
  /// - Parameter line: A normalised line.
  /// - Returns: Its sentences.
  public func sentences(in line: String) -> [String] {
    var result: [String] = []
    let scalars = line.unicodeScalars
    var start = scalars.startIndex
    var index = scalars.startIndex
    var closing = false
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if closing, !Self.isCloser(scalar) {
        flush(scalars[start..<index], into: &result)
        start = index
        closing = false
      }
      if Self.isStop(scalar) { closing = true }
      index = scalars.index(after: index)
    }
    flush(scalars[start..<scalars.endIndex], into: &result)
    return result
  }

  private func flush(_ piece: Substring.UnicodeScalarView, into result: inout [String]) {
    let text = String(Substring(piece)).trimmingWhitespace()
    if text.unicodeScalars.contains(where: {
      $0.properties.isAlphabetic || $0.properties.numericType != nil
    }) {
      result.append(text)
    }
  }

  /// The most units `speech` can give: one per line plus one per sentence stop.
  ///
  /// Cheaper than splitting, for checking a limit.
  func mostUnits(in speech: Speech) -> Int {
    speech.lines.reduce(0) { count, line in
      count + 1 + line.text.unicodeScalars.lazy.filter(Self.isStop).count
    }
  }

  /// Whether `scalar` ends a sentence: `。！？；;!?`.
  private static func isStop(_ scalar: Unicode.Scalar) -> Bool {
    Punctuation.isSentenceStop(scalar)
  }

  /// Whether `scalar` closes what a stop ended: `”’」』）)》`.
  private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    Punctuation.isCloser(scalar)
  }
}
