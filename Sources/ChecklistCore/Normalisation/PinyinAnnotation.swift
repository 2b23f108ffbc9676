/// Removes pinyin glued after Chinese characters by scraping sites: `會(huì)議` → `會議`.
///
/// An annotation is a parenthesis (ASCII or full-width) holding one to seven lowercase Latin
/// letters, tone-marked vowels included, directly after a Han character, or after anything when
/// it holds a tone mark (mojibake such as `M(fèi)` has lost the character it annotated).
/// Anything else in parentheses, such as `(一)`, `(2020)` or `(app)`, is left alone.
public struct PinyinAnnotation: Sendable {
  /// Creates the remover.
  public init() {}

  /// The text with every pinyin annotation removed.
  ///
  /// - Parameter text: One line of text.
  /// - Returns: The line without annotations; the same string when there were none.
  public func removing(from text: String) -> String {
    guard text.unicodeScalars.contains(where: Self.isOpening) else { return text }
    let scalars = Array(text.unicodeScalars)
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(scalars.count)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if Self.isOpening(scalar), let previous = output.last,
        let end = annotationEnd(scalars, from: index),
        previous.isHan || scalars[index..<end].contains(where: Self.toneMarked.contains)
      {
        index = end
        continue
      }
      output.append(scalar)
      index += 1
    }
    return String(scalars: output)
  }

  /// The index after the closing parenthesis of an annotation starting at `start`, if it is one.
  private func annotationEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    var letters = 0
    while index < scalars.count, Self.isPinyinLetter(scalars[index]) {
      letters += 1
      index += 1
      if letters > Self.longestSyllable { return nil }
    }
    guard letters > 0, index < scalars.count, Self.isClosing(scalars[index]) else { return nil }
    return index + 1
  }

  private static let longestSyllable = 7
  private static let toneMarked: Set<Unicode.Scalar> = Set(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars
  )

  private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "(" || scalar == "（"
  }

  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    scalar == ")" || scalar == "）"
  }

  private static func isPinyinLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || toneMarked.contains(scalar)
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is a CJK ideograph (the basic block and extension A, plus compatibility).
  var isHan: Bool {
    switch value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
    default: false
    }
  }
}
