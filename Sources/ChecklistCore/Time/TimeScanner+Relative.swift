/// Dates named relative to the meeting: 月底前, 本月内, 年底前, 今年内, 明年底, 2021年底,
/// 一季度, 上半年; and 今年 opening a clause (今年，我们要…).
extension TimeScanner {
  func relativeDates() -> [Candidate] {
    var found: [Candidate] = []
    // Each form is tried only where its opening may stand (a 月 here or next, or a year
    // part's first character), and without `??`, which copies the large optional result.
    for index in chars.indices {
      if mayBe("月", at: index) || mayBe("月", at: index + 1), let candidate = monthEnd(at: index) {
        found.append(candidate)
      } else if mayStart(at: index, anyOf: yearAnchors), let candidate = yearPart(at: index) {
        found.append(candidate)
      }
    }
    return found
  }

  // MARK: - 月底

  /// 月底 and the like; the 月 stands at `index` or, after 本当下, just after it.
  private func monthEnd(at index: Int) -> Candidate? {
    var position = index
    var offset = 0
    if let lead = char(index), let leadOffset = grammar.monthOffsets[lead] {
      offset = leadOffset
      position += 1
    } else if let previous = char(index - 1),
      TimeNumber.isNumberCharacter(previous) || grammar.monthBlockers.contains(previous)
    {
      return nil
    }
    guard char(position) == "月", let tail = longest(of: grammar.monthEndTails, at: position + 1)
    else { return nil }
    var end = position + 1 + tail.count
    if grammar.periodEnds.contains(tail), let suffix = longest(of: grammar.beforeSuffixes, at: end)
    {
      end += suffix.count
    }
    let due = meeting.map { offset == 0 ? $0.endOfMonth : $0.endOfMonth.adding(days: 1).endOfMonth }
    return candidate(index..<end, .date, due: due)
  }

  // MARK: - 年底, 季度, 半年, 今年

  /// 年底, 季度, 半年, 今年; every form opens with a year word, a number, 年, 上, 下 or 第.
  private func yearPart(at index: Int) -> Candidate? {
    var position = index
    var year: Int?
    var offset = 0
    var named = false
    if let word = longest(of: yearWords, at: index) {
      // 今年底: the year word's 年 is shared with 年底.
      offset = vocabulary.years[word] ?? 0
      position += word.count
      named = true
    } else if let number = number(at: index), number.isArabic, number.length == 4,
      char(number.range.upperBound) == "年"
    {
      year = number.value
      position = number.range.upperBound + 1
      named = true
    } else if let previous = char(index - 1),
      TimeNumber.isNumberCharacter(previous) || grammar.yearBlockers.contains(previous)
    {
      return nil
    }
    let resolvedYear = year ?? meeting.map { $0.year + offset }
    // 年底, 年末, 年内 (the year word may already hold the 年).
    let yearTails = named ? grammar.allYearTails : grammar.yearTails
    if let tail = longest(of: yearTails, at: position) {
      var end = position + tail.count
      if let suffix = longest(of: grammar.beforeSuffixes, at: end) { end += suffix.count }
      if !named, char(index - 1) == "年" { return nil }
      let due = resolvedYear.flatMap { CalendarDate(year: $0, month: 12, day: 31) }
      if year != nil, let due, let meeting, due < meeting { return nil }  // 2020年底, said in 2021
      return candidate(index..<end, .date, due: due)
    }
    if let part = quarterOrHalf(at: position) {
      var end = position + part.length
      let suffix =
        longest(of: grammar.limitSuffixes, at: end) ?? longest(of: grammar.periodEnds, at: end)
      if let suffix { end += suffix.count }
      if let suffix, grammar.periodEnds.contains(suffix),
        let more = longest(of: grammar.beforeSuffixes, at: end)
      {
        end += more.count
      }
      var due = resolvedYear.flatMap {
        CalendarDate(year: $0, month: part.endMonth, day: 28)?.endOfMonth
      }
      if !named, let meeting, let current = due,
        current < meeting.adding(days: -Self.pastGraceDays)
      {
        due = CalendarDate(year: current.year + 1, month: part.endMonth, day: 28)?.endOfMonth
      }
      if suffix == nil {
        // A bare 一季度 or 上半年 is a deadline only when it lies ahead.
        if isNarrative(from: end) { return nil }
        if let due, let meeting, due < meeting { return nil }
      }
      return candidate(index..<end, .date, due: due)
    }
    guard named, year == nil, isClauseStart(index),
      longest(of: vocabulary.yearFollowers, at: position) != nil
    else { return nil }
    let first = resolvedYear.flatMap { CalendarDate(year: $0, month: 1, day: 1) }
    let last = resolvedYear.flatMap { CalendarDate(year: $0, month: 12, day: 31) }
    return candidate(index..<position, .period, due: last, start: first)
  }

  private struct YearPart {
    var length: Int
    var endMonth: Int
  }

  /// 一季度, 第二季度, 3季度, 上半年, 下半年.
  private func quarterOrHalf(at index: Int) -> YearPart? {
    if matches("上半年", at: index) { return YearPart(length: 3, endMonth: 6) }
    if matches("下半年", at: index) { return YearPart(length: 3, endMonth: 12) }
    var position = index
    if char(position) == "第" { position += 1 }
    guard let number = TimeNumber.read(chars, at: position), number.length == 1,
      let quarter = number.value, (1...4).contains(quarter), matches("季度", at: position + 1)
    else { return nil }
    if position == index, let previous = char(index - 1), TimeNumber.isNumberCharacter(previous) {
      return nil
    }
    return YearPart(length: position - index + 3, endMonth: quarter * 3)
  }
}
