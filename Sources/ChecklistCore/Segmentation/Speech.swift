/// One speech of a file: files scraped from essay sites often hold several (第一篇…, 篇一…).
public struct Speech: Sendable, Equatable {
  /// The 1-based index of the speech in its file.
  public var index: Int
  /// The speech's normalised lines, each with its original number.
  public var lines: [SourceLine]

  /// Creates a speech.
  ///
  /// - Parameters:
  ///   - index: The 1-based index in the file.
  ///   - lines: Its lines.
  public init(index: Int, lines: [SourceLine]) {
    self.index = index
    self.lines = lines
  }

  /// The speech's title and opening, which context rules read: its first few lines.
  public var opening: String {
    lines.prefix(Self.openingLines).map { String($0.text.prefix(Self.openingCharacters)) }
      .joined(separator: "\n")
  }

  private static let openingLines = 4
  private static let openingCharacters = 120
}
