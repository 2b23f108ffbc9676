import Foundation

/// A lookup keyed by `Character` that answers most characters without hashing a `Character`.
///
/// Comparing or hashing a `Character` means comparing canonical equivalents, which is slow for
/// Chinese text. Most characters of a speech are one scalar from a block where no two scalars are
/// canonically equivalent (ASCII, CJK punctuation, CJK ideographs, full-width forms); for those,
/// scalar equality with a key's canonical composition is `Character` equality, so the table looks
/// them up by scalar value. Any other character takes the `Character` path, so answers are
/// exactly those of a `[Character: Value]`.
struct CharacterTable<Value: Sendable>: Sendable {
  private let byScalar: [UInt32: Value]
  /// The keys of ``byScalar``: most characters are none of them, and are answered without
  /// hashing.
  private let scalarKeys: ScalarFilter
  private let byCharacter: [Character: Value]

  /// Creates a table.
  ///
  /// A plain character equals a key exactly when the key's canonical composition (NFC) is that
  /// one scalar, so each key is entered under its NFC when that is a single plain scalar (✕,
  /// say, is entered under none: no plain character equals it).
  ///
  /// - Parameter entries: The characters and their values.
  init(_ entries: [Character: Value]) {
    byCharacter = entries
    var scalars: [UInt32: Value] = [:]
    for (key, value) in entries {
      if let scalar = key.plainScalar {
        scalars[scalar.value] = value
      } else {
        let composed = String(key).precomposedStringWithCanonicalMapping.unicodeScalars
        if let only = composed.first, composed.count == 1, only.isPlain {
          scalars[only.value] = value
        }
      }
    }
    byScalar = scalars
    scalarKeys = ScalarFilter(size: 4096, scalars.keys.compactMap(Unicode.Scalar.init))
  }

  /// The value of `character`, or `nil`.
  subscript(_ character: Character) -> Value? {
    if let scalar = character.plainScalar { return self[plain: scalar] }
    return byCharacter[character]
  }

  /// The value of the character made of the plain scalar `scalar` (a caller that has already
  /// found it plain saves finding it again).
  subscript(plain scalar: Unicode.Scalar) -> Value? {
    scalarKeys.mayContain(scalar) ? byScalar[scalar.value] : nil
  }
}

extension CharacterTable where Value == Void {
  /// Creates a set of characters.
  ///
  /// - Parameter members: The characters.
  init(_ members: Set<Character>) {
    self.init(Dictionary(uniqueKeysWithValues: members.map { ($0, ()) }))
  }

  /// Whether `character` is a member.
  func contains(_ character: Character) -> Bool {
    self[character] != nil
  }
}

extension Character {
  /// The character's scalar when it is a single ``Unicode/Scalar/isPlain`` scalar; `nil`
  /// otherwise.
  var plainScalar: Unicode.Scalar? {
    let scalars = unicodeScalars
    guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
      first.isPlain
    else { return nil }
    return first
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is one of those Chinese text is made of that has no canonical
  /// decomposition (it is its own NFC) and never joins a neighbour into one character: printable
  /// ASCII, ·, ×, the dashes, quotation marks and ellipsis of General Punctuation, CJK
  /// punctuation, CJK ideographs (extension A and the basic block), full-width forms.
  ///
  /// Two plain scalars are equal as `Character`s exactly when they are the same scalar, and a
  /// run of plain scalars is one `Character` per scalar.
  var isPlain: Bool {
    switch value {
    case 0x20...0x7E, 0xB7, 0xD7, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D, 0xFFA0...0xFFEF:
      true
    default: false
    }
  }
}
