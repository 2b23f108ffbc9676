/// A number as speeches write it before a time unit: `14`, `十四`, `两`, a range `5-7` (its
/// upper end), or a redacted `×`, `X`, `xx`, `**`.
struct TimeNumber: Equatable {
  /// The value; `nil` when redacted.
  var value: Int?
  /// Where it stands, in characters.
  var range: Range<Int>
  /// Whether it is written in Arabic digits.
  var isArabic: Bool
  /// How many digits or numerals it has.
  var length: Int { range.count }

  /// Whether it is redacted.
  var isRedacted: Bool { value == nil }

  /// Reads a number starting exactly at `index`, or `nil`; with `ranges`, `5-7` reads as 7.
  static func read(_ chars: [Character], at index: Int, ranges: Bool = true) -> TimeNumber? {
    guard index < chars.count else { return nil }
    if let first = digit(chars[index]) {
      var value = first
      var end = index + 1
      while end < chars.count, let next = digit(chars[end]), value < 100_000 {
        value = value * 10 + next
        end += 1
      }
      // A range such as 5-7天 or 3至5日 counts as its upper end.
      if ranges, end + 1 < chars.count, rangeMarks.contains(chars[end]),
        let upper = digit(chars[end + 1])
      {
        var high = upper
        var stop = end + 2
        while stop < chars.count, let next = digit(chars[stop]), high < 100_000 {
          high = high * 10 + next
          stop += 1
        }
        if high > value { return TimeNumber(value: high, range: index..<stop, isArabic: true) }
      }
      return TimeNumber(value: value, range: index..<end, isArabic: true)
    }
    if numerals[chars[index]] != nil || multipliers[chars[index]] != nil {
      var end = index
      while end < chars.count, numerals[chars[end]] != nil || multipliers[chars[end]] != nil,
        end - index < 6
      {
        end += 1
      }
      guard let value = chinese(chars[index..<end]) else { return nil }
      return TimeNumber(value: value, range: index..<end, isArabic: false)
    }
    if redactions.contains(chars[index]) {
      var end = index + 1
      while end < chars.count, redactions.contains(chars[end]), end - index < 3 { end += 1 }
      return TimeNumber(value: nil, range: index..<end, isArabic: false)
    }
    return nil
  }

  /// Whether `char` may be part of a number, so that a number cannot start right after it.
  static func isNumberCharacter(_ char: Character) -> Bool {
    if let scalar = char.plainScalar { return isNumber(plain: scalar) }
    return digit(char) != nil || numerals[char] != nil || multipliers[char] != nil
      || redactions.contains(char)
  }

  /// ``isNumberCharacter(_:)`` for the character made of the plain scalar `scalar`.
  static func isNumber(plain scalar: Unicode.Scalar) -> Bool {
    digitValue(scalar) != nil || numerals[plain: scalar] != nil
      || multipliers[plain: scalar] != nil || redactions[plain: scalar] != nil
  }

  /// Characters that stand for a redacted digit.
  static let redactions = CharacterTable<Void>(Numerals.redactionMarks)

  /// The value of an ASCII or full-width digit.
  static func digit(_ char: Character) -> Int? {
    guard let scalar = char.unicodeScalars.first, char.unicodeScalars.count == 1 else {
      return nil
    }
    return digitValue(scalar)
  }

  /// The value of an ASCII or full-width digit scalar.
  static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    Numerals.digitValue(scalar)
  }
}

// MARK: - Chinese numerals

extension TimeNumber {
  fileprivate static let rangeMarks = CharacterTable<Void>(Numerals.rangeMarks)
  fileprivate static let numerals = CharacterTable<Int>(Numerals.chineseDigits)
  fileprivate static let multipliers = CharacterTable<Int>(Numerals.chineseMultipliers)

  /// 十四 is 14, 二十 is 20, 一百零五 is 105.
  fileprivate static func chinese(_ text: ArraySlice<Character>) -> Int? {
    var total = 0
    var current: Int?
    for char in text {
      if let digit = numerals[char] {
        if let previous = current, previous != 0, digit != 0 { return nil }  // 三五天: two numbers
        current = digit
      } else if let multiplier = multipliers[char] {
        total += (current ?? 1) * multiplier
        current = nil
      }
    }
    return total + (current ?? 0)
  }
}
