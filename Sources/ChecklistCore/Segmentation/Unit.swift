/// A sentence unit: normalised text ending at `。！？；;!?` or at a line end.
public struct Unit: Sendable, Equatable {
  /// The unit's text, trimmed.
  public var text: String
  /// The original line the unit starts on.
  public var line: Int
  /// The 0-based index of the passage (the line) inside its speech.
  public var passage: Int
  /// The 0-based position of the unit inside its passage.
  public var position: Int
  /// The item numbering that opens the unit, if any.
  public var item: ItemMarker?
  /// Whether the unit is the whole of its line and has no sentence-ending punctuation: a title
  /// or a section heading rather than a sentence.
  public var isHeadingLine: Bool

  /// Creates a unit.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - line: The original line number.
  ///   - passage: The passage index in the speech.
  ///   - position: The position in the passage.
  ///   - item: The opening item marker.
  ///   - isHeadingLine: Whether it is a whole line without sentence punctuation.
  public init(
    text: String,
    line: Int,
    passage: Int,
    position: Int,
    item: ItemMarker? = nil,
    isHeadingLine: Bool = false
  ) {
    self.text = text
    self.line = line
    self.passage = passage
    self.position = position
    self.item = item
    self.isHeadingLine = isHeadingLine
  }

  /// The text after the item marker.
  public var body: Substring {
    guard let item else { return Substring(text) }
    return Substring(text.unicodeScalars.dropFirst(item.text.unicodeScalars.count))
  }
}
