/// Removes pinyin glued after Chinese characters by scraping sites: `會(huì)議` → `會議`.
///
/// An annotation is a parenthesis (ASCII or full-width) holding one to seven lowercase Latin
/// letters, tone-marked vowels included, directly after a Han character, or after anything when
/// it holds a tone mark (mojibake such as `M(fèi)` has lost the character it annotated).
/// Anything else in parentheses, such as `(一)`, `(2020)` or `(app)`, is left alone.
///
/// Mojibake also leaves debris of annotations behind: a tone-marked syllable whose opening
/// parenthesis is lost (`shù)`, `zhǔn)` at the start of a line) and a single lowercase letter
/// between two Han characters (`伧t院`, `孽r明`); both are removed too. `x` stays: it is the
/// usual redaction mark (`全x各地`).
public struct PinyinAnnotation: Sendable {
  /// Creates the remover.
  public init() {}

  /// The text with every pinyin annotation removed.
  ///
  /// - Parameter text: One line of text.
  /// - Returns: The line without annotations; the same string when there were none.
  public func removing(from text: String) -> String {
    guard text.unicodeScalars.contains(where: Self.mayStartDebris) else { return text }
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
      if output.last.map({ !Self.isPinyinLetter($0) }) ?? true,
        let end = orphanEnd(scalars, from: index)
      {
        index = end
        continue
      }
      output.append(scalar)
      index += 1
    }
    return String(scalars: Self.removingStrayLetters(output))
  }

  /// The scalars without lowercase letters stranded between Han characters (伧t院 → 伧院).
  private static func removingStrayLetters(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard scalars.contains(where: isStrayLetter) else { return scalars }
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
      if isStrayLetter(scalar), index > 0, scalars[index - 1].isHan,
        index + 1 < scalars.count, scalars[index + 1].isHan
      {
        continue
      }
      output.append(scalar)
    }
    return output
  }

  /// The index after a syllable whose opening parenthesis was lost (`shù)`), if one starts
  /// at `start`: pinyin letters with a tone mark, then a closing parenthesis.
  private func orphanEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start
    var toned = false
    while index < scalars.count, Self.isPinyinLetter(scalars[index]) {
      toned = toned || Self.toneMarked.contains(scalars[index])
      index += 1
      if index - start > Self.longestSyllable { return nil }
    }
    guard toned, index < scalars.count, Self.isClosing(scalars[index]) else { return nil }
    return index + 1
  }

  /// Whether the scalar is a lowercase letter that mojibake strands between Han characters;
  /// `x`, the redaction mark, is not.
  private static func isStrayLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) && scalar != "x"
  }

  /// Whether a line may hold debris at all, so clean lines are returned untouched.
  private static func mayStartDebris(_ scalar: Unicode.Scalar) -> Bool {
    isOpening(scalar) || isClosing(scalar) || ("a"..."z").contains(scalar)
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
