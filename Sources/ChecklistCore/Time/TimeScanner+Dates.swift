/// Calendar dates: 2021年2月3日, 1月27日前, 12月31日前, 3月底, 5月中旬前, 15日前, 截至x月x日.
extension TimeScanner {
  /// How far before the meeting a date without a year may lie and still be this year's;
  /// earlier ones mean next year (a speech in December naming 1月10日).
  static let pastGraceDays = 60

  func dates() -> [Candidate] {
    var found: [Candidate] = []
    for index in chars.indices where numberish[index] {
      if let candidate = date(at: index) { found.append(candidate) }
    }
    return found
  }

  /// Resolves month and day against the meeting: this year, or next year when this year's
  /// falls more than ``pastGraceDays`` before the meeting.
  func resolve(month: Int, day: Int, year: Int?) -> CalendarDate? {
    if let year { return CalendarDate(year: year, month: month, day: day) }
    guard let meeting else { return nil }
    if let date = CalendarDate(year: meeting.year, month: month, day: min(day, 31)),
      date >= meeting.adding(days: -Self.pastGraceDays)
    {
      return date
    }
    return CalendarDate(year: meeting.year + 1, month: month, day: day)
      ?? CalendarDate(year: meeting.year + 1, month: month, day: 28).map(\.endOfMonth)
  }

  private struct Parts {
    var year: Int?
    var month: Int?
    var day: Int?
    var redacted = false
    var hasMonth = false
    var hasDay = false
    /// The month is named as a whole (9月份).
    var wholeMonth = false
  }

  private func date(at index: Int) -> Candidate? {
    guard let first = number(at: index) else { return nil }
    var parts = Parts()
    var position = first.range.upperBound
    var monthNumber = first
    if first.isArabic, first.length == 4, char(position) == "年" {
      parts.year = first.value
      guard let month = TimeNumber.read(chars, at: position + 1) else { return nil }
      monthNumber = month
      position = month.range.upperBound
    }
    var end: Int
    var monthEnd: (CalendarDate?) -> CalendarDate? = { $0 }  // 3月底: the month's last day
    if char(position) == "月", monthNumber.length <= 2 {
      parts.hasMonth = true
      parts.month = monthNumber.value
      parts.redacted = monthNumber.isRedacted
      end = position + 1
      if let day = TimeNumber.read(chars, at: end), day.length <= 2,
        let unit = char(day.range.upperBound), unit == "日" || unit == "号"
      {
        parts.hasDay = true
        parts.day = day.value
        parts.redacted = parts.redacted || day.isRedacted
        end = day.range.upperBound + 1
      } else if let (word, part) = monthPart(at: end) {
        end += word.count
        switch part {
        case .day(let day): parts.day = day
        case .whole: parts.day = nil
        case .end:
          parts.day = 28
          monthEnd = { $0?.endOfMonth }
        }
        parts.hasDay = part != .whole
        parts.wholeMonth = part == .whole
      }
    } else if parts.year == nil, monthNumber.length <= 2,
      let unit = char(position), unit == "日" || unit == "号",
      monthNumber.isArabic || monthNumber.isRedacted
    {
      // 15日前: a day of the meeting's month (or the next).
      parts.hasDay = true
      parts.day = monthNumber.value
      parts.redacted = monthNumber.isRedacted
      end = position + 1
      guard longest(of: grammar.dayAloneSuffixes, at: end) != nil else { return nil }
    } else {
      return nil
    }
    guard parts.hasMonth || parts.hasDay else { return nil }
    if parts.hasMonth, let month = parts.month, !(1...12).contains(month) { return nil }
    if let day = parts.day, !(1...31).contains(day) { return nil }
    let afterDate = end
    if let time = longest(of: grammar.timesOfDay, at: end) { end += time.count }
    let suffix = longest(of: grammar.dateSuffixes, at: end)
    if let suffix { end += suffix.count } else { end = afterDate }
    let prefix = longest(of: grammar.datePrefixes, endingAt: index)
    let start = index - (prefix?.count ?? 0)
    let range = start..<end
    // 1月向…: a month without a day is a deadline with a suffix (3月前), or named as a whole
    // (9月份) in a clause that does not report.
    if parts.hasMonth && !parts.hasDay && suffix == nil {
      guard parts.wholeMonth, !parts.redacted, !isNarrative(from: end) else { return nil }
      let due = parts.month.flatMap { resolve(month: $0, day: 28, year: parts.year)?.endOfMonth }
      if let due, let meeting, due < meeting { return nil }
      return candidate(range, .date, due: due)
    }
    if parts.redacted {
      guard suffix != nil, !isNarrative(from: end) else { return nil }
      return candidate(range, .unspecified)
    }
    let due = monthEnd(resolvedDay(parts, monthOnlyBefore: !parts.hasDay && suffix != nil))
    if suffix == nil {
      // A bare date (or 截至…) is a deadline only when it lies ahead of a known meeting, does
      // not open a clause of its own (11月13日，…) and its sentence is not a report.
      guard let due, let meeting, due > meeting, prefix != nil || !isClauseEnd(end),
        !isNarrative(from: end)
      else { return nil }
    }
    if let suffix, grammar.afterSuffixes.contains(suffix), due == nil { return nil }
    return candidate(range, .date, due: due)
  }

  /// The longest month part (上旬, 底, 份) written at `index`.
  private func monthPart(at index: Int) -> (word: String, part: TimeVocabulary.Grammar.MonthPart)? {
    grammar.monthParts.filter { matches($0.word, at: index) }.max { $0.word.count < $1.word.count }
  }

  private func resolvedDay(_ parts: Parts, monthOnlyBefore: Bool) -> CalendarDate? {
    guard let day = parts.day else {
      // 3月前: the day before the month starts.
      guard monthOnlyBefore, let month = parts.month else { return nil }
      return resolve(month: month, day: 1, year: parts.year)?.adding(days: -1)
    }
    if let month = parts.month { return resolve(month: month, day: day, year: parts.year) }
    // A day of the month alone: this month's, or the next month's when it has passed.
    guard let meeting else { return nil }
    let days = CalendarDate.daysIn(month: meeting.month, year: meeting.year)
    if day >= meeting.day, day <= days {
      return CalendarDate(year: meeting.year, month: meeting.month, day: day)
    }
    let next = meeting.endOfMonth.adding(days: 1)
    return CalendarDate(year: next.year, month: next.month, day: day) ?? next.endOfMonth
  }
}
