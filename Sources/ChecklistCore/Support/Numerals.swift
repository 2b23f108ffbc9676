/// The numerals and redaction marks the stages share, each set written once.
enum Numerals {
  /// Chinese digits and their values (两 is 2, 〇 is 0).
  static let chineseDigits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
  ]
  /// Chinese multipliers (十, 百, 千).
  static let chineseMultipliers: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
  /// Marks between the two ends of a range of numbers (3-5天, 三至五天).
  static let rangeMarks: Set<Character> = Set("-－~～—至到")

  /// Marks that stand for a redacted digit or name (×小时内, x市): one set for every stage.
  static let redactionMarks: Set<Character> = Set("×XxＸｘ*＊✕╳")
  /// ``redactionMarks`` as scalars (each mark is one).
  static let redactionScalars: Set<Unicode.Scalar> = Set(redactionMarks.flatMap(\.unicodeScalars))

  /// The numerals of item markers (一、 （二） 三是): one to ten.
  static let itemNumerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)
  /// ASCII and full-width digits, as scalars.
  static let arabicDigits: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９".unicodeScalars)
  /// The numerals of speech headers (第一篇, 篇3): one to ten and ASCII digits.
  static let headerNumerals: Set<Unicode.Scalar> = itemNumerals.union("0123456789".unicodeScalars)

  /// The value of an ASCII or full-width digit scalar.
  ///
  /// - Parameter scalar: A scalar.
  /// - Returns: Its value, or `nil` when it is not a digit.
  static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }
}
