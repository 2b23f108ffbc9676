/// Removes markup that scraping left inside plain text: tags such as `</p> <p class="ql-block">`
/// and the character references `&nbsp;`, `&amp;`, `&lt;`, `&gt;`, `&quot;`.
///
/// A tag is `<` then a letter (or `/` and a letter), up to the next `>` on the line with no `<`
/// in between; `<<`, `< 5` and `<1>` are text and stay. Files that are HTML are reduced to their
/// text before this (``HTMLText``); this is for text files that carry markup.
public struct MarkupTags: Sendable {
  /// Creates the remover.
  public init() {}

  /// The line without tags and with character references read.
  ///
  /// - Parameter text: One line.
  /// - Returns: The line; the same string when it holds no markup.
  public func removing(from text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") })
    else { return text }
    let scalars = Array(text.unicodeScalars)
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(scalars.count)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "<", let end = tagEnd(scalars, from: index) {
        index = end
        // A tag stands between words: keep them apart without doubling a space.
        let spaced = { (scalar: Unicode.Scalar?) in scalar?.properties.isWhitespace ?? true }
        if !spaced(output.last), !spaced(index < scalars.count ? scalars[index] : nil) {
          output.append(" ")
        }
        continue
      }
      if scalars[index] == "&", let (replacement, end) = reference(scalars, from: index) {
        output.append(replacement)
        index = end
        continue
      }
      output.append(scalars[index])
      index += 1
    }
    return String(scalars: output)
  }

  /// The index after the `>` of a tag starting at `start`, if one does.
  private func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    if index < scalars.count, scalars[index] == "/" { index += 1 }
    guard index < scalars.count, Self.isLetter(scalars[index]) else { return nil }
    let limit = min(scalars.count, start + Self.longestTag)
    while index < limit {
      if scalars[index] == ">" { return index + 1 }
      if scalars[index] == "<" { return nil }
      index += 1
    }
    return nil
  }

  /// The character a reference starting at `start` stands for, and the index after its `;`.
  private func reference(_ scalars: [Unicode.Scalar], from start: Int) -> (Unicode.Scalar, Int)? {
    for (name, scalar) in Self.references {
      let name = Array(name.unicodeScalars)
      let end = start + name.count
      if end <= scalars.count, Array(scalars[start..<end]) == name { return (scalar, end) }
    }
    return nil
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// The longest tag, attributes included.
  private static let longestTag = 300
  private static let references: [(String, Unicode.Scalar)] = [
    ("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""),
  ]
}
