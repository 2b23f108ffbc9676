/// Periods counted from the meeting: 14天, 48小时内, 三日内, 2周, 一个月内, 5个工作日内,
/// 30分钟内, a range's upper end (15-30分钟内), 今后三年; round-the-clock 24小时值班; redacted
/// ×小时内.
extension TimeScanner {
  enum Unit {
    case minute, hour, day, workday, week, month, year
  }

  func durations() -> [Candidate] {
    var found: [Candidate] = []
    // A duration opens with 半 or a number (7×24 included).
    for index in chars.indices where numberish[index] || mayBe("半", at: index) {
      if let candidate = duration(at: index) { found.append(candidate) }
    }
    return found
  }

  private func duration(at index: Int) -> Candidate? {
    var start = index
    var value: Int?
    var redacted = false
    var position: Int
    var half = false
    if chars[index] == "半" {
      half = true
      position = index + 1
    } else {
      guard let number = roundTheClockNumber(at: index) ?? number(at: index) else { return nil }
      if let amount = number.value, amount > 999 { return nil }
      value = number.value
      redacted = number.isRedacted
      position = number.range.upperBound
      if number.range.lowerBound < index { start = number.range.lowerBound }
      // 15-30分钟内, 3至5天内: the range's upper end is the limit.
      if let joiner = char(position), grammar.rangeJoiners.contains(joiner),
        let upper = TimeNumber.read(chars, at: position + 1), upper.range.lowerBound == position + 1
      {
        value = upper.value
        redacted = redacted || upper.isRedacted
        position = upper.range.upperBound
      }
    }
    var counted = false  // 个
    if char(position) == "个" {
      counted = true
      position += 1
    }
    guard let (unit, unitLength) = unit(at: position, counted: counted || half) else { return nil }
    position += unitLength
    // 今后三年, 未来五年: from now on, a limit without 内.
    let prefix = longest(of: grammar.withinPrefixes, endingAt: start)
    let suffix = longest(of: grammar.withinSuffixes, at: position) ?? (prefix != nil ? "" : nil)
    let end = position + (suffix?.count ?? 0)
    // Amounts and past spans: 至少三个月的, 为期15天, 五天内就完成了, 26日一天.
    if let previous = char(start - 1), grammar.durationBlockers.contains(previous) { return nil }
    if prefix == nil, longest(of: vocabulary.amountBefore, endingAt: start) != nil { return nil }
    if prefix == nil, longest(of: vocabulary.amountAfter, at: end) != nil { return nil }
    if unit == .year && suffix == nil { return nil }
    let range = (start - (prefix?.count ?? 0))..<end
    if suffix == nil {
      if unit == .hour && (value == 24 || redacted) {
        return redacted
          ? candidate(range, .unspecified) : candidate(range, .recurring, every: "PT24H")
      }
      guard unit == .day || unit == .week || unit == .workday, isClauseEnd(end) else { return nil }
    }
    if redacted { return candidate(range, .unspecified) }
    let amount = value ?? 0
    guard half || amount > 0 else { return nil }
    if unit == .workday, let meeting {
      // Working days follow the State Council's holiday schedule (rules/holidays.yaml).
      let calendar = vocabulary.workingDays
      let count = calendar.adding(workingDays: amount, to: meeting)
      var found = candidate(range, .within, due: count.due)
      found.deadline.warning = calendar.warning(for: found.deadline.text, count)
      return found
    }
    return candidate(range, .within, due: due(amount, unit, half: half))
  }

  /// `7×24` before 小时, read as 24.
  private func roundTheClockNumber(at index: Int) -> TimeNumber? {
    guard char(index) == "7", let mark = char(index + 1), TimeNumber.redactions.contains(mark),
      matches("24", at: index + 2)
    else { return nil }
    return TimeNumber(value: 24, range: index..<(index + 4), isArabic: true)
  }

  func unit(at index: Int, counted: Bool) -> (Unit, Int)? {
    if matches("分钟", at: index) { return (.minute, 2) }
    if matches("小时", at: index) { return (.hour, 2) }
    if matches("钟头", at: index) { return (.hour, 2) }
    if matches("工作日", at: index) { return (.workday, 3) }
    if matches("星期", at: index) { return (.week, 2) }
    guard let unit = char(index) else { return nil }
    switch unit {
    case "天": return (.day, 1)
    case "日":
      // 3日内 is a duration; 3日 alone is a day of the month.
      return longest(of: grammar.withinSuffixes, at: index + 1) != nil ? (.day, 1) : nil
    case "周":
      if let next = char(index + 1), grammar.weekBlockers.contains(next) { return nil }
      return (.week, 1)
    case "月": return counted ? (.month, 1) : nil
    case "年": return (.year, 1)
    default: return nil
    }
  }

  private func due(_ amount: Int, _ unit: Unit, half: Bool) -> CalendarDate? {
    guard let meeting else { return nil }
    switch unit {
    case .minute: return meeting
    case .hour:
      let hours = half ? 1 : amount
      return meeting.adding(days: (hours + 23) / 24)
    case .day: return meeting.adding(days: half ? 1 : amount)
    case .week: return meeting.adding(days: half ? 4 : 7 * amount)
    case .workday:
      return vocabulary.workingDays.adding(workingDays: amount, to: meeting).due
    case .month: return half ? meeting.adding(days: 15) : meeting.addingMonths(amount)
    case .year: return half ? meeting.addingMonths(6) : meeting.addingMonths(12 * amount)
    }
  }
}
