/// The numbering that opens an item of a list: `一、`, `（一）`, `1.`, `一是`, `一要`, `第一，`, `首先`.
public struct ItemMarker: Sendable, Equatable {
  /// The family of numbering, so that items of one list can be told from those of another.
  public enum Style: String, Sendable, Equatable {
    /// 一、二、三、 (a section of the speech).
    case section
    /// （一）(二) (a subsection).
    case parenthesised
    /// 1. 2、 3． (Arabic numbering).
    case arabic
    /// 一是 一要 一抓 (enumerated points inside a passage).
    case inline
    /// 第一，第二， 首先，其次，最后，
    case ordinal
  }

  /// The marker as written, with the spaces a web page or a plan puts after it (`3. `, `一、　`).
  public var text: String
  /// Its numbering family.
  public var style: Style

  /// Creates a marker.
  ///
  /// - Parameters:
  ///   - text: The marker as written.
  ///   - style: Its family.
  public init(text: String, style: Style) {
    self.text = text
    self.style = style
  }

  /// The marker at the start of `text`, if it has one.
  ///
  /// - Parameter text: A unit's text.
  /// - Returns: The marker, or `nil`.
  public static func leading(in text: String) -> ItemMarker? {
    let scalars = Array(text.unicodeScalars.prefix(16))
    guard let first = scalars.first else { return nil }
    let numerals = scalars.prefix { Numerals.itemNumerals.contains($0) }
    if !numerals.isEmpty, numerals.count < scalars.count {
      let next = scalars[numerals.count]
      if next == "、" { return marker(scalars, numerals.count + 1, .section) }
      if inlineVerbs.contains(next), numerals.count <= 2,
        numerals.count + 1 < scalars.count,
        !Punctuation.afterInlineItem.contains(scalars[numerals.count + 1])
      {
        return marker(scalars, numerals.count + 1, .inline)
      }
    }
    if first == "(" || first == "（" {
      let inner = scalars.dropFirst().prefix {
        Numerals.itemNumerals.contains($0) || Numerals.arabicDigits.contains($0)
      }
      let close = inner.count + 1
      if !inner.isEmpty, close < scalars.count, scalars[close] == ")" || scalars[close] == "）" {
        return marker(scalars, close + 1, .parenthesised)
      }
    }
    let digits = scalars.prefix { Numerals.arabicDigits.contains($0) }
    if !digits.isEmpty, digits.count < scalars.count, digits.count <= 2,
      Punctuation.itemNumberEnds.contains(scalars[digits.count])
    {
      return marker(scalars, digits.count + 1, .arabic)
    }
    if first == "第" {
      let ordinal = scalars.dropFirst().prefix { Numerals.itemNumerals.contains($0) }
      let end = ordinal.count + 1
      if !ordinal.isEmpty, end < scalars.count, scalars[end] == "，" || scalars[end] == "," {
        return marker(scalars, end + 1, .ordinal)
      }
    }
    for word in sequenceWords where text.hasPrefix(word) {
      let length = word.unicodeScalars.count
      if length < scalars.count, scalars[length] == "，" || scalars[length] == "," {
        return marker(scalars, length + 1, .ordinal)
      }
    }
    return nil
  }

  /// The marker of `length` scalars and the spaces after it, so that the item's body starts at
  /// its first word (`3. 做好` opens with the imperative as `3.做好` does).
  private static func marker(_ scalars: [Unicode.Scalar], _ length: Int, _ style: Style)
    -> ItemMarker
  {
    let spaces = scalars.dropFirst(length).prefix { $0.properties.isWhitespace }.count
    return ItemMarker(text: String(scalars: scalars.prefix(length + spaces)), style: style)
  }

  private static let inlineVerbs: Set<Unicode.Scalar> = Set("是要".unicodeScalars)
  private static let sequenceWords = ["首先", "其次", "再次", "最后"]
}
