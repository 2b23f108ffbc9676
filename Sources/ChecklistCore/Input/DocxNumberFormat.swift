/// A Word numbering format (`w:numFmt`): how a level's counter is written.
///
/// Chinese documents number sections 一、 (chineseCounting), subsections （一）, items 1. and
/// points ① (decimalEnclosedCircle); every format Word offers for Chinese is here, and an
/// unknown one is written as decimal, as Word does.
struct DocxNumberFormat: Sendable, Equatable {
  /// The `w:val` of `w:numFmt`.
  var name: String

  /// Whether the level shows a symbol rather than a number (its text is left out).
  var isBullet: Bool { name == "bullet" }

  /// `value` written in this format.
  ///
  /// - Parameter value: The counter (1 for the first item).
  /// - Returns: The text.
  func format(_ value: Int) -> String {
    switch name {
    case "none", "bullet": return ""
    case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
    case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
      "ideographDigital", "koreanCounting":
      return Self.chinese(value, digits: Self.simplifiedDigits, units: Self.simplifiedUnits)
    case "chineseLegalSimplified", "ideographLegalTraditional":
      return Self.chinese(value, digits: Self.legalDigits, units: Self.legalUnits)
    case "ideographTraditional": return Self.cycle(value, "甲乙丙丁戊己庚辛壬癸")
    case "ideographZodiac": return Self.cycle(value, "子丑寅卯辰巳午未申酉戌亥")
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
      return Self.enclosed(value, first: 0x2460, count: 20)
    case "decimalEnclosedParen": return Self.enclosed(value, first: 0x2474, count: 20)
    case "decimalEnclosedFullstop": return Self.enclosed(value, first: 0x2488, count: 20)
    case "decimalFullWidth", "decimalFullWidth2":
      return String(
        String(value).unicodeScalars.map { scalar in
          Character(Unicode.Scalar(scalar.value - 0x30 + 0xFF10) ?? scalar)
        }
      )
    case "lowerLetter": return Self.letters(value, upper: false)
    case "upperLetter": return Self.letters(value, upper: true)
    case "lowerRoman": return Self.roman(value).lowercased()
    case "upperRoman": return Self.roman(value)
    default: return String(value)
    }
  }
}

// MARK: - Helpers

extension DocxNumberFormat {
  fileprivate static let simplifiedDigits = Array("零一二三四五六七八九")
  fileprivate static let simplifiedUnits = ["", "十", "百", "千"]
  fileprivate static let legalDigits = Array("零壹贰叁肆伍陆柒捌玖")
  fileprivate static let legalUnits = ["", "拾", "佰", "仟"]

  /// 1 一, 10 十, 11 十一, 20 二十, 101 一百零一, 1010 一千零一十; past 9,999 digit by digit.
  fileprivate static func chinese(_ value: Int, digits: [Character], units: [String]) -> String {
    guard value > 0 else { return String(digits[0]) }
    guard value < 10_000 else {
      return String(String(value).compactMap { $0.wholeNumberValue }.map { digits[$0] })
    }
    let places = String(value).compactMap(\.wholeNumberValue)
    var text = ""
    var pendingZero = false
    for (offset, digit) in places.enumerated() {
      let unit = places.count - 1 - offset
      if digit == 0 {
        pendingZero = !text.isEmpty
        continue
      }
      if pendingZero { text.append(digits[0]) }
      pendingZero = false
      // 十一, not 一十一, when ten is the leading place.
      if !(digit == 1 && unit == 1 && text.isEmpty) { text.append(digits[digit]) }
      text += units[unit]
    }
    return text
  }

  fileprivate static func cycle(_ value: Int, _ symbols: String) -> String {
    let all = Array(symbols)
    guard value > 0 else { return String(value) }
    return String(all[(value - 1) % all.count])
  }

  fileprivate static func enclosed(_ value: Int, first: UInt32, count: Int) -> String {
    guard value >= 1, value <= count, let scalar = Unicode.Scalar(first + UInt32(value - 1)) else {
      return String(value)
    }
    return String(Character(scalar))
  }

  fileprivate static func letters(_ value: Int, upper: Bool) -> String {
    guard value > 0 else { return String(value) }
    // Word repeats the letter: a … z, aa … zz, aaa …
    let letter = Character(
      Unicode.Scalar(UInt8((upper ? 65 : 97) + (value - 1) % 26))
    )
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  fileprivate static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var text = ""
    for (amount, symbol) in table {
      while rest >= amount {
        text += symbol
        rest -= amount
      }
    }
    return text
  }
}
