/// One pass over a text looking for time phrases, on behalf of ``TimeExpressionParser``.
///
/// Each form (durations, dates, named periods, recurring work, listed words) proposes
/// candidates; overlapping ones are settled in favour of the longer, and candidates inside a
/// vague word (尽快, 常态化) or a document's title (《…》) are dropped. Offsets count
/// `Character`s.
struct TimeScanner {
  /// How many characters may stand between a cadence and the named time it makes recur.
  static let cadenceReach = 6

  /// A phrase found, with its place in the text.
  struct Candidate {
    var range: Range<Int>
    var deadline: Deadline
    /// Whether it names a holiday, season or event (春节前, 汛期, 开学后).
    var isNamed = false
  }

  let chars: [Character]
  /// The first scalar of each character: a cheap test that must pass before two characters
  /// are compared as `Character`s, which is slow (canonical equivalence).
  let firstScalars: [Unicode.Scalar]
  /// Each character's scalar value when it is a plain scalar (``Character/plainScalar``), else 0.
  ///
  /// A plain character differs from every other plain one, so a mismatch needs no `Character`
  /// comparison. Forms use it to skip places where their first word cannot start.
  let plain: [UInt32]
  /// Whether each character may be part of a number (``TimeNumber/isNumberCharacter(_:)``).
  let numberish: [Bool]
  /// The first scalars of the text: a word whose first scalar it does not hold does not occur,
  /// so ``occurrences(of:)`` need not look for it.
  let firstScalarFilter: ScalarFilter
  let meeting: CalendarDate?
  let vocabulary: TimeVocabulary
  /// The words around the grammar (前, 以内, 截至, 期间, 底).
  let grammar: TimeVocabulary.Grammar
  let yearWords: [String]
  let yearAnchors: ScalarFilter
  let holidayAnchors: ScalarFilter

  /// The first scalars each form can open with, besides numbers and non-plain characters.
  struct Anchors: Sendable {
    var year: ScalarFilter
    var holiday: ScalarFilter
    var yearWords: [String]

    init(_ vocabulary: TimeVocabulary) {
      yearWords = Array(vocabulary.years.keys)
      year = TimeScanner.anchors(yearWords + ["年", "上", "下", "第"])
      holiday = TimeScanner.anchors(
        vocabulary.pairWords + vocabulary.festivalWords + vocabulary.holidayNames.map(\.name)
          + TimeScanner.openingQuotes.map(String.init)
      )
    }
  }

  init(text: String, meeting: CalendarDate?, vocabulary: TimeVocabulary, anchors: Anchors) {
    let scalars = Array(text.unicodeScalars)
    if scalars.allSatisfy(\.isPlain) {
      // Plain scalars never join into one Character: each is its own, no grapheme breaking
      // needed.
      chars = scalars.map(Character.init)
      firstScalars = scalars
      plain = scalars.map(\.value)
      numberish = scalars.map(TimeNumber.isNumber(plain:))
    } else {
      (chars, firstScalars, plain, numberish) = Self.characters(of: text)
    }
    self.meeting = meeting
    self.vocabulary = vocabulary
    grammar = vocabulary.grammar
    yearWords = anchors.yearWords
    firstScalarFilter = ScalarFilter(size: 1024, firstScalars)
    yearAnchors = anchors.year
    holidayAnchors = anchors.holiday
  }

  /// The characters of `text` with, for each, its first scalar, its plain scalar value (or 0)
  /// and whether it may be part of a number.
  private static func characters(
    of text: String
  ) -> ([Character], [Unicode.Scalar], [UInt32], [Bool]) {
    let chars = Array(text)
    var firstScalars: [Unicode.Scalar] = []
    var plain: [UInt32] = []
    var numberish: [Bool] = []
    firstScalars.reserveCapacity(chars.count)
    plain.reserveCapacity(chars.count)
    numberish.reserveCapacity(chars.count)
    for char in chars {
      if let scalar = char.plainScalar {
        firstScalars.append(scalar)
        plain.append(scalar.value)
        numberish.append(TimeNumber.isNumber(plain: scalar))
      } else {
        firstScalars.append(char.unicodeScalars.first ?? "\u{0}")
        plain.append(0)
        numberish.append(TimeNumber.isNumberCharacter(char))
      }
    }
    return (chars, firstScalars, plain, numberish)
  }

  /// Every time phrase, in reading order, none overlapping.
  func run() -> [Candidate] {
    var found: [Candidate] = []
    found += listedWords()
    found += recurringForms()
    found += durations()
    found += dates()
    found += relativeDates()
    found += holidays()
    found += periods()
    // A vague word (尽快) and a document's title (《…2022年春季农业生产工作的通知》) hold no
    // deadline of the speech's own.
    let masks = vocabulary.vague.flatMap { occurrences(of: $0) } + titles()
    found.removeAll { candidate in
      masks.contains {
        $0.lowerBound <= candidate.range.lowerBound && candidate.range.upperBound <= $0.upperBound
      }
    }
    // Longer phrases win; at equal length the earlier one.
    found.sort {
      ($0.range.count, -$0.range.lowerBound) > ($1.range.count, -$1.range.lowerBound)
    }
    var kept: [Candidate] = []
    for candidate in found where !kept.contains(where: { $0.range.overlaps(candidate.range) }) {
      kept.append(candidate)
    }
    return recurringNamed(kept.sorted { $0.range.lowerBound < $1.range.lowerBound })
  }

  /// A cadence shortly before a named time in the same clause (每年汛前, 每年春节前, 每年都要在
  /// 开学后) makes it recur: one phrase, recurring, next due when the named time next falls due.
  private func recurringNamed(_ phrases: [Candidate]) -> [Candidate] {
    var joined: [Candidate] = []
    for phrase in phrases {
      if let last = joined.last, last.deadline.kind == .recurring, phrase.isNamed,
        case let gap = chars[last.range.upperBound..<phrase.range.lowerBound],
        gap.count <= Self.cadenceReach, !gap.contains(where: Punctuation.framingBreaks.contains)
      {
        joined[joined.count - 1] = candidate(
          last.range.lowerBound..<phrase.range.upperBound,
          .recurring,
          due: phrase.deadline.due,
          start: phrase.deadline.start,
          every: last.deadline.every
        )
      } else {
        joined.append(phrase)
      }
    }
    return joined
  }

  /// The stretches inside a document's title marks (《…》).
  private func titles() -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var open: Int?
    for (index, char) in chars.enumerated() {
      if char == Punctuation.titleMarks.open {
        open = index
      } else if char == Punctuation.titleMarks.close, let start = open {
        ranges.append(start..<(index + 1))
        open = nil
      }
    }
    return ranges
  }

  /// Makes a candidate whose text is the characters of `range`.
  func candidate(
    _ range: Range<Int>,
    _ kind: Deadline.Kind,
    due: CalendarDate? = nil,
    start: CalendarDate? = nil,
    every: String? = nil
  ) -> Candidate {
    Candidate(
      range: range,
      deadline: Deadline(
        text: String(chars[range]),
        kind: kind,
        due: due,
        start: start,
        every: every,
        range: range
      )
    )
  }
}

// MARK: - Reading characters

extension TimeScanner {
  /// Characters that end a clause.
  static let clauseMarks = Punctuation.clauseMarks
  /// Characters that end a sentence.
  static let sentenceMarks = Punctuation.sentenceMarks
  /// Quotation marks that may wrap a name (“两节”期间).
  static let quotes = Punctuation.quotes

  /// Whether `word` is written at `index`.
  func matches(_ word: String, at index: Int) -> Bool {
    guard index >= 0, index < chars.count, let first = word.unicodeScalars.first,
      firstScalars[index] == first
    else { return false }
    var position = index
    for char in word {
      guard position < chars.count, chars[position] == char else { return false }
      position += 1
    }
    return true
  }

  /// The longest of `words` written at `index`.
  func longest(of words: [String], at index: Int) -> String? {
    words.filter { matches($0, at: index) }.max { $0.count < $1.count }
  }

  /// The longest of `words` that ends just before `index`.
  func longest(of words: [String], endingAt index: Int) -> String? {
    words.filter { matches($0, at: index - $0.count) }.max { $0.count < $1.count }
  }

  /// Every place `word` is written.
  func occurrences(of word: String) -> [Range<Int>] {
    guard let first = word.unicodeScalars.first, firstScalarFilter.mayContain(first) else {
      return []
    }
    let length = word.count
    guard chars.count >= length else { return [] }
    // `matches` demands the same first scalar, so only those places are tried.
    var result: [Range<Int>] = []
    for index in 0...(chars.count - length) where firstScalars[index] == first {
      if matches(word, at: index) { result.append(index..<(index + length)) }
    }
    return result
  }

  /// The character at `index`, or `nil` outside the text.
  func char(_ index: Int) -> Character? {
    index >= 0 && index < chars.count ? chars[index] : nil
  }

  /// Whether a clause ends at `index` (a mark or the end of the text).
  func isClauseEnd(_ index: Int) -> Bool {
    guard let next = char(index) else { return true }
    return Self.clauseMarks.contains(next)
  }

  /// Whether a clause starts at `index` (the start of the text, or after a mark or a quote).
  func isClauseStart(_ index: Int) -> Bool {
    guard let previous = char(index - 1) else { return true }
    return Self.clauseMarks.contains(previous) || Self.quotes.contains(previous)
  }

  /// Whether the rest of the sentence from `index` reports the past (召开, 以来, 了).
  func isNarrative(from index: Int) -> Bool {
    var end = index
    while end < chars.count, end - index < 40, !Self.sentenceMarks.contains(chars[end]) {
      end += 1
    }
    let clause = String(chars[index..<end])
    return vocabulary.narrative.contains { clause.contains($0) }
  }

  /// A number starting at `index` that is not the tail of a longer one.
  func number(at index: Int) -> TimeNumber? {
    guard index >= 0, index < chars.count, numberish[index] else { return nil }
    if index > 0, numberish[index - 1] { return nil }
    return TimeNumber.read(chars, at: index)
  }

  /// Whether the character at `index` may be `scalar`: it is, or it is not a plain scalar.
  ///
  /// - Parameters:
  ///   - scalar: A plain scalar.
  ///   - index: Any offset; outside the text the answer is `false`.
  /// - Returns: Whether the character there is `scalar` or not plain.
  func mayBe(_ scalar: Unicode.Scalar, at index: Int) -> Bool {
    guard index >= 0, index < chars.count else { return false }
    return plain[index] == 0 || plain[index] == scalar.value
  }

  /// Whether the character at `index` may be one of `anchors` (plain scalar values) or a number.
  func mayStart(at index: Int, anyOf anchors: ScalarFilter) -> Bool {
    guard index >= 0, index < chars.count else { return false }
    return plain[index] == 0 || numberish[index] || anchors.mayContain(value: plain[index])
  }

  /// The first scalar values of `words`, for ``mayStart(at:anyOf:)``.
  static func anchors<Words: Sequence<String>>(_ words: Words) -> ScalarFilter {
    ScalarFilter(size: 65536, words.compactMap(\.unicodeScalars.first))
  }

  /// The meeting date resolved `days` later, or `nil` without a meeting date.
  func meetingPlus(days: Int) -> CalendarDate? {
    meeting?.adding(days: days)
  }
}
