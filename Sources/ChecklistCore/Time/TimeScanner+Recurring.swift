/// Recurring work: 每N天, 每隔N小时, 每日二次, 一天一检, 3天一检, 每月28日前, 每月底, 每周一;
/// and the words of the vocabulary (每日, 日报告, 立即, 限期整改).
extension TimeScanner {
  /// What a cadence counts in, and its length in hours.
  private static let periodUnits: [(String, String, Int)] = [
    ("小时", "H", 1), ("天", "D", 24), ("日", "D", 24), ("周", "W", 168), ("星期", "W", 168),
    ("个月", "M", 720), ("月", "M", 720), ("年", "Y", 8760),
  ]
  /// The units a recurring word may open with (日报告, 周调度, 月通报), which 每 or 逐 before it
  /// joins.
  static let cadenceUnits: Set<Character> = ["日", "周", "月"]

  func listedWords() -> [Candidate] {
    var found: [Candidate] = []
    for (word, days) in vocabulary.immediate {
      for range in occurrences(of: word) {
        found.append(candidate(range, .immediate, due: meetingPlus(days: days)))
      }
    }
    for (word, every) in vocabulary.recurring {
      for range in occurrences(of: word) {
        // 每日调度, 逐日报告, 每周通报: the 每 belongs to the phrase.
        let start =
          word.first.map(Self.cadenceUnits.contains) ?? false
            && (char(range.lowerBound - 1).map { grammar.dailyOpeners.contains($0) } ?? false)
          ? range.lowerBound - 1 : range.lowerBound
        // 每日检测量, 每天新增: a rate, not a cadence.
        let next = String(chars[range.upperBound..<min(chars.count, range.upperBound + 4)])
        if vocabulary.rateAfter.contains(where: { next.contains($0) }) { continue }
        found.append(candidate(start..<range.upperBound, .recurring, every: every))
      }
    }
    for word in vocabulary.open {
      for range in occurrences(of: word) { found.append(candidate(range, .unspecified)) }
    }
    return found
  }

  func recurringForms() -> [Candidate] {
    var found: [Candidate] = []
    // 每… opens with 每, 一天一检 with a number.
    for index in chars.indices where numberish[index] || mayBe("每", at: index) {
      if let candidate = everyForm(at: index) {
        found.append(candidate)
      } else if let candidate = onceAForm(at: index) {
        found.append(candidate)
      }
    }
    return found
  }

  // MARK: - 每…

  private func everyForm(at index: Int) -> Candidate? {
    guard chars[index] == "每" else { return nil }
    var position = index + 1
    if char(position) == "隔" { position += 1 }
    // 每月28日前, 每月底: monthly, next due on the coming day.
    if matches("月", at: position) || matches("个月", at: position) {
      let afterMonth = position + (matches("个月", at: position) ? 2 : 1)
      if let day = number(at: afterMonth), day.isArabic, let value = day.value,
        (1...31).contains(value),
        let unit = char(day.range.upperBound), unit == "日" || unit == "号"
      {
        var end = day.range.upperBound + 1
        if let suffix = longest(of: grammar.beforeSuffixes, at: end) { end += suffix.count }
        return candidate(index..<end, .recurring, due: nextMonthly(day: value), every: "P1M")
      }
      if let tail = longest(of: grammar.periodEnds, at: afterMonth) {
        var end = afterMonth + tail.count
        if let suffix = longest(of: grammar.beforeSuffixes, at: end) { end += suffix.count }
        return candidate(index..<end, .recurring, due: meeting?.endOfMonth, every: "P1M")
      }
    }
    // 每周一: weekly, next due on that weekday.
    if let week = longest(of: ["周", "星期"], at: position), let day = char(position + week.count),
      let weekday = Self.weekdays[day], char(position + week.count + 1) != "次"
    {
      let end = position + week.count + 1
      let due = meeting.map { $0.adding(days: (weekday - $0.weekday + 7) % 7) }
      return candidate(index..<end, .recurring, due: due, every: "P1W")
    }
    // 每7天, 每隔2小时, 每日二次.
    var count = 1
    if let number = number(at: position) {
      guard let value = number.value, value > 0 else { return nil }
      count = value
      position = number.range.upperBound
      if char(position) == "个" { position += 1 }
    }
    guard
      let (unitWord, letter, hours) = Self.periodUnits.first(where: { matches($0.0, at: position) })
    else { return nil }
    position += unitWord.count
    var every = Self.iso(count, letter)
    if let times = number(at: position), let value = times.value, value > 1,
      char(times.range.upperBound) == "次"
    {
      every = Self.iso(hours: count * hours / value) ?? every
      position = times.range.upperBound + 1
    } else if count == 1, position == index + 2 {
      return nil  // 每日, 每周, 每年: only the vocabulary's own words count
    }
    return candidate(index..<position, .recurring, every: every)
  }

  // MARK: - 一天一检

  private func onceAForm(at index: Int) -> Candidate? {
    guard let number = number(at: index), let count = number.value, count > 0 else { return nil }
    var position = number.range.upperBound
    if char(position) == "个" { position += 1 }
    guard
      let (unitWord, letter, hours) = Self.periodUnits.first(where: { matches($0.0, at: position) })
    else { return nil }
    position += unitWord.count
    guard let times = TimeNumber.read(chars, at: position), let perPeriod = times.value,
      perPeriod > 0, times.length == 1
    else { return nil }
    position = times.range.upperBound
    if char(position) == "次" {
      position += 1  // 一日两次
    } else {
      var verb = 0
      while verb < 2, let next = char(position + verb), next.isChineseLetter,
        !grammar.verbStops.contains(next), verb > 0 || next != "度"  // 一年一度
      {
        verb += 1
      }
      guard verb > 0 else { return nil }
      position += verb
    }
    let every =
      perPeriod == 1 ? Self.iso(count, letter) : Self.iso(hours: count * hours / perPeriod)
    return candidate(number.range.lowerBound..<position, .recurring, every: every)
  }

  private static let weekdays: [Character: Int] = [
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7,
  ]

  private static func iso(_ count: Int, _ letter: String) -> String {
    letter == "H" ? "PT\(count)H" : "P\(count)\(letter)"
  }

  private static func iso(hours: Int) -> String? {
    guard hours > 0 else { return nil }
    return hours % 24 == 0 ? "P\(hours / 24)D" : "PT\(hours)H"
  }

  private func nextMonthly(day: Int) -> CalendarDate? {
    guard let meeting else { return nil }
    if day >= meeting.day,
      let date = CalendarDate(year: meeting.year, month: meeting.month, day: day)
    {
      return date
    }
    let next = meeting.endOfMonth.adding(days: 1)
    return CalendarDate(year: next.year, month: next.month, day: day) ?? next.endOfMonth
  }
}

extension Character {
  /// Whether the character is a CJK ideograph.
  var isChineseLetter: Bool {
    guard let scalar = unicodeScalars.first else { return false }
    return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }
}
