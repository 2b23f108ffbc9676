/// Named periods: holidays (春节期间, 中秋、国庆期间, “两节”期间, 节日期间, 春节前, 春节假期后)
/// and the seasons and events of the vocabulary (汛前, 今冬明春, 党的二十大前后).
extension TimeScanner {
  typealias Relation = TimeVocabulary.Grammar.Relation

  static let openingQuotes = Punctuation.openingQuotes

  func holidays() -> [Candidate] {
    var found: [Candidate] = []
    // A phrase opens with a quote, a pair word, a festival word or a holiday's name.
    for index in chars.indices where mayStart(at: index, anyOf: holidayAnchors) {
      if let candidate = holiday(at: index) { found.append(candidate) }
    }
    return found
  }

  func periods() -> [Candidate] {
    var found: [Candidate] = []
    // A name inside a longer one (春季 in 冬春季节) is that one's, not a period of its own.
    let names = vocabulary.periods.flatMap(\.names)
    let written = names.flatMap { occurrences(of: $0) }
    for period in vocabulary.periods {
      for name in period.names {
        for range in occurrences(of: name)
        where !written.contains(where: {
          $0 != range && $0.contains(range.lowerBound)
            && $0.upperBound >= range.upperBound && $0.count > range.count
        }) {
          var end = range.upperBound
          if Self.quotes.contains(char(end) ?? " ") { end += 1 }
          if let (word, relation) = relation(at: end) {
            found.append(resolve(period, relation, range.lowerBound..<(end + word.count)))
          } else if let year = yearWord(endingAt: range.lowerBound) {
            // 今年秋冬季, 明年汛期: the year says which one; the period frames the work.
            found.append(resolve(period, .during, (range.lowerBound - year.count)..<end))
          } else if period.deictic || opensClauseAsFrame(range.lowerBound, end) {
            found.append(resolve(period, .during, range))
          }
        }
      }
      for word in period.before {
        for range in occurrences(of: word) { found.append(resolve(period, .before, range)) }
      }
    }
    return comingOnly(found)
  }

  /// Of the readings of one phrase whose name several periods share (开学, of the spring and
  /// the autumn term), the one that falls first.
  private func comingOnly(_ candidates: [Candidate]) -> [Candidate] {
    var first: [Range<Int>: Candidate] = [:]
    var order: [Range<Int>] = []
    for candidate in candidates {
      guard let kept = first[candidate.range] else {
        first[candidate.range] = candidate
        order.append(candidate.range)
        continue
      }
      let day = { (found: Candidate) in found.deadline.start ?? found.deadline.due }
      if let new = day(candidate), day(kept).map({ new < $0 }) ?? true {
        first[candidate.range] = candidate
      }
    }
    return order.compactMap { first[$0] }
  }
}

// MARK: - Holidays

extension TimeScanner {
  fileprivate enum Named {
    case holidays([HolidayCalendar.Holiday])
    case pair
    case festival
  }

  fileprivate func holiday(at index: Int) -> Candidate? {
    // An opening quote belongs to the phrase: “两节”期间.
    var start = index
    var position = index
    if Self.openingQuotes.contains(chars[index]) {
      position += 1
    } else if let previous = char(index - 1), Self.openingQuotes.contains(previous) {
      return nil  // the quote's own position starts this phrase
    }
    var named: Named
    var list: [HolidayCalendar.Holiday] = []
    if let word = longest(of: vocabulary.pairWords, at: position) {
      named = .pair
      position += word.count
    } else if let word = longest(of: vocabulary.festivalWords, at: position) {
      named = .festival
      position += word.count
    } else {
      while let (name, holiday) = holidayName(at: position) {
        list.append(holiday)
        position += name.count
        if Self.quotes.contains(char(position) ?? " ") { position += 1 }
        if let joiner = char(position), vocabulary.grammar.nameJoiners.contains(joiner),
          holidayName(
            at: position + 1 + (Self.quotes.contains(char(position + 1) ?? " ") ? 1 : 0)
          ) != nil
        {
          position += 1
        }
        if Self.quotes.contains(char(position) ?? " ") { position += 1 }
      }
      guard !list.isEmpty else { return nil }
      named = .holidays(list)
    }
    if Self.quotes.contains(char(position) ?? " ") { position += 1 }
    // A name opening its clause frames what follows (五一非必要不外出): during.
    guard
      let (word, relation) = relation(at: position)
        ?? (opensClauseAsFrame(start, position) ? ("", .during) : nil)
    else { return nil }
    // 2021年春节期间: a written year picks the occurrence.
    var year: Int?
    if char(start - 1) == "年", let number = TimeNumber.read(chars, at: start - 5),
      number.isArabic, number.length == 4, number.range.upperBound == start - 1
    {
      year = number.value
      start -= 5
    }
    let range = start..<(position + word.count)
    let choices: [[HolidayCalendar.Holiday]]
    switch named {
    case .holidays(let holidays): choices = [holidays]
    case .pair: choices = vocabulary.pairs
    case .festival: choices = HolidayCalendar.Holiday.allCases.map { [$0] }
    }
    let spans = choices.compactMap { occurrence(of: $0, relation, year: year) }
    let span = spans.min { $0.lowerBound < $1.lowerBound }
    return resolved(range, relation, span)
  }

  fileprivate func holidayName(at index: Int) -> (String, HolidayCalendar.Holiday)? {
    var best: (String, HolidayCalendar.Holiday)?
    for entry in vocabulary.holidayNames where matches(entry.name, at: index) {
      if best.map({ $0.0.count < entry.name.count }) ?? true { best = (entry.name, entry.holiday) }
    }
    return best
  }

  /// The occurrence meant: of the written year; else, seen from the meeting, the coming one
  /// (for "before", the next one that has not begun).
  fileprivate func occurrence(
    of holidays: [HolidayCalendar.Holiday],
    _ relation: Relation,
    year: Int?
  ) -> ClosedRange<CalendarDate>? {
    if let year { return HolidayCalendar.span(of: holidays, year: year) }
    guard let meeting else { return nil }
    guard relation == .before else { return HolidayCalendar.coming(holidays, from: meeting) }
    for year in (meeting.year - 1)...(meeting.year + 1) {
      if let span = HolidayCalendar.span(of: holidays, year: year), span.lowerBound > meeting {
        return span
      }
    }
    return nil
  }
}

// MARK: - Shared

extension TimeScanner {
  /// Whether a name from `start` to `end` opens its clause and a verb phrase follows, so that it
  /// frames the clause's work (五一非必要不外出, 汛期要…); 春节是… or 汛期将至 do not.
  fileprivate func opensClauseAsFrame(_ start: Int, _ end: Int) -> Bool {
    // A clause, not an item of a list (…、冬春季防控等不同场景).
    let opens = char(start - 1).map { Punctuation.framingBreaks.contains($0) } ?? true
    guard opens, let next = char(end), next.isLetter, !isClauseEnd(end) else { return false }
    // 党的二十大召开在即, 主汛期很快就要到来: the clause tells what happens, it frames no work.
    var clauseEnd = end
    while clauseEnd < chars.count, !Punctuation.framingBreaks.contains(chars[clauseEnd]) {
      clauseEnd += 1
    }
    let clause = String(chars[end..<clauseEnd])
    return !grammar.clauseNameBlockers.contains(where: clause.hasPrefix)
      && !grammar.clauseNameBlockers.filter { $0.count > 1 }.contains(where: clause.contains)
      && !vocabulary.narrative.contains { clause.contains($0) }
  }

  /// The year word (今年, 明年) that ends just before `index`, if one does.
  fileprivate func yearWord(endingAt index: Int) -> String? {
    longest(of: Array(vocabulary.years.keys), endingAt: index)
  }

  fileprivate func relation(at index: Int) -> (String, Relation)? {
    vocabulary.grammar.relations.filter { matches($0.word, at: index) }
      .max { $0.word.count < $1.word.count }
  }

  fileprivate func resolve(
    _ period: TimeVocabulary.Period,
    _ relation: Relation,
    _ range: Range<Int>
  )
    -> Candidate
  {
    var span: ClosedRange<CalendarDate>?
    if let meeting {
      span = period.occurrence(from: meeting)
      if relation == .before, let found = span, found.lowerBound <= meeting,
        let next = period.occurrence(year: found.lowerBound.year + 1), next != found
      {
        span = next
      }
    } else if case .fixed = period.start {
      span = period.occurrence(year: 0)
    }
    return resolved(range, relation, span)
  }

  /// A lead time written after "before" (前一周, 前3天内, 前两个月).
  fileprivate struct LeadTime {
    var amount: Int
    var unit: Unit
    /// Where the phrase ends.
    var end: Int
    /// Whether 内 makes it a window that closes when the event begins.
    var isWindow: Bool

    /// The day due for an event that begins on `start`.
    func counted(back start: CalendarDate) -> CalendarDate {
      if isWindow { return start.adding(days: -1) }
      switch unit {
      case .week: return start.adding(days: -7 * amount)
      case .month: return start.addingMonths(-amount)
      default: return start.adding(days: -amount)
      }
    }
  }

  fileprivate func leadTime(at index: Int) -> LeadTime? {
    guard let number = TimeNumber.read(chars, at: index), number.range.lowerBound == index,
      let amount = number.value, amount > 0, amount < 100
    else { return nil }
    var position = number.range.upperBound
    let counted = char(position) == "个"
    if counted { position += 1 }
    guard let (unit, length) = unit(at: position, counted: counted),
      [.day, .week, .month].contains(unit)
    else { return nil }
    position += length
    let within = longest(of: grammar.withinSuffixes, at: position)
    return LeadTime(
      amount: amount,
      unit: unit,
      end: position + (within?.count ?? 0),
      isWindow: within != nil
    )
  }

  fileprivate func resolved(
    _ range: Range<Int>,
    _ relation: Relation,
    _ span: ClosedRange<CalendarDate>?
  )
    -> Candidate
  {
    var found = phrase(range, relation, span)
    found.isNamed = true
    return found
  }

  private func phrase(
    _ range: Range<Int>,
    _ relation: Relation,
    _ span: ClosedRange<CalendarDate>?
  )
    -> Candidate
  {
    switch relation {
    case .during:
      return candidate(range, .period, due: span?.upperBound, start: span?.lowerBound)
    case .before:
      // 春节前一周: that long before it; 开学前一周内: within the days just before it.
      let lead = leadTime(at: range.upperBound)
      return candidate(
        range.lowerBound..<(lead?.end ?? range.upperBound),
        .date,
        due: span.map { lead?.counted(back: $0.lowerBound) ?? $0.lowerBound.adding(days: -1) }
      )
    case .after:
      return candidate(range, .period, start: span?.upperBound.adding(days: 1))
    }
  }
}
