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
        let isHeading = pieces.count == 1 && !piece.unicodeScalars.contains { Self.stops.contains($0) }
        units.append(
          Unit(
            text: piece, line: line.number, passage: passage, position: position,
            item: ItemMarker.leading(in: piece), isHeadingLine: isHeading))
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
    var current = String.UnicodeScalarView()
    var closing = false
    for scalar in line.unicodeScalars {
      if closing, !Self.closers.contains(scalar) {
        flush(&current, into: &result)
        closing = false
      }
      current.append(scalar)
      if Self.stops.contains(scalar) { closing = true }
    }
    flush(&current, into: &result)
    return result
  }

  private func flush(_ current: inout String.UnicodeScalarView, into result: inout [String]) {
    let text = String(current).trimmingWhitespace()
    if text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
      result.append(text)
    }
    current = String.UnicodeScalarView()
  }

  private static let stops: Set<Unicode.Scalar> = Set("。！？；;!?".unicodeScalars)
  private static let closers: Set<Unicode.Scalar> = Set("”’」』）)》".unicodeScalars)
}
