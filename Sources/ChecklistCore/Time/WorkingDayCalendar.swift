/// Which days are working days in China: the State Council's yearly holiday schedule (days off
/// and the weekend days worked instead, 调休), loaded from the `kind: holidays` rule file
/// (`rules/holidays.yaml`) into ``TimeVocabulary/workingDays``.
///
/// Inside the years the schedule covers, a working day is a Monday to Friday that is not a day
/// off, or a 调休 working day. Outside them it is any Monday to Friday, and a count that reaches
/// such a day says so (``Count/fellBackTo``).
public struct WorkingDayCalendar: Sendable, Equatable {
  /// The years the schedule covers.
  public private(set) var years: Set<Int> = []
  /// The days off the schedule gives (weekends included where a holiday spans them).
  public private(set) var daysOff: Set<CalendarDate> = []
  /// The weekend days worked instead (调休上班).
  public private(set) var workingWeekendDays: Set<CalendarDate> = []
  /// Counting examples: `START + N = DUE`.
  public internal(set) var examples = RuleExamples()

  /// An empty calendar: every year falls back to Monday to Friday.
  public init() {}

  /// What counting working days gave.
  public struct Count: Sendable, Hashable {
    /// The day the last working day counted falls on.
    public var due: CalendarDate
    /// The years counted through that the schedule does not cover, when any: their days were
    /// taken to be Monday to Friday.
    public var fellBackTo: [Int]
  }

  /// Whether `date` is a working day, or `nil` when the schedule does not cover its year.
  ///
  /// - Parameter date: The day.
  /// - Returns: Whether people work that day.
  public func isWorkingDay(_ date: CalendarDate) -> Bool? {
    guard years.contains(date.year) else { return nil }
    if workingWeekendDays.contains(date) { return true }
    return date.weekday <= 5 && !daysOff.contains(date)
  }

  /// The day `count` working days after `start` (at least one).
  ///
  /// - Parameters:
  ///   - count: How many working days.
  ///   - start: The day counting starts after (the meeting).
  /// - Returns: The due day, and the uncovered years counted as Monday to Friday.
  public func adding(workingDays count: Int, to start: CalendarDate) -> Count {
    var date = start
    var left = max(count, 1)
    var fellBack: [Int] = []
    while left > 0 {
      date = date.adding(days: 1)
      if let working = isWorkingDay(date) {
        if working { left -= 1 }
      } else {
        if fellBack.last != date.year { fellBack.append(date.year) }
        if date.weekday <= 5 { left -= 1 }
      }
    }
    return Count(due: date, fellBackTo: fellBack)
  }

  /// The warning for a count that fell back to Monday to Friday.
  ///
  /// - Parameters:
  ///   - phrase: The time phrase, such as `10个工作日内`.
  ///   - count: What counting gave.
  /// - Returns: The message, or `nil` when the schedule covered every day counted.
  public func warning(for phrase: String, _ count: Count) -> String? {
    guard !count.fellBackTo.isEmpty else { return nil }
    let covered = years.isEmpty ? "no year" : "\(years.min() ?? 0)–\(years.max() ?? 0)"
    let missing = count.fellBackTo.map(String.init).joined(separator: ", ")
    return
      "'\(phrase)' counted Monday to Friday in \(missing): the holiday schedule "
      + "(rules/holidays.yaml) covers \(covered)"
  }
}

// MARK: - Reading

extension WorkingDayCalendar {
  /// Adds the years of one `kind: holidays` file.
  mutating func add(_ fields: YAMLFields) throws(RuleFileError) {
    for yearNode in try fields.mappings("years") {
      let year = try YAMLFields(
        yearNode,
        allowed: ["year", "notice", "holidays"],
        required: ["year", "notice", "holidays"],
        what: "a year of the holiday schedule"
      )
      guard let number = try year.int("year"), (1949...2200).contains(number) else {
        throw RuleFileError(location: year.location, problem: "'year' must be a year")
      }
      guard years.insert(number).inserted else {
        throw RuleFileError(location: year.location, problem: "the year \(number) is given twice")
      }
      for holidayNode in try year.mappings("holidays") {
        try add(holiday: holidayNode)
      }
    }
    let more = try fields.examples()
    examples.triggering += more.triggering
    examples.nonTriggering += more.nonTriggering
  }

  /// Reads an example `START + N = DUE`.
  ///
  /// - Parameter text: The example.
  /// - Returns: Its parts, or `nil` when it is not written that way.
  static func example(_ text: String) -> (start: CalendarDate, count: Int, due: CalendarDate)? {
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "+" || $0 == "=" })
    guard parts.count == 3, let start = CalendarDate(iso: String(parts[0])),
      let count = Int(parts[1]), count > 0, let due = CalendarDate(iso: String(parts[2]))
    else { return nil }
    return (start, count, due)
  }

  private mutating func add(holiday node: YAMLNode) throws(RuleFileError) {
    let holiday = try YAMLFields(
      node,
      allowed: ["name", "dates", "days", "work"],
      required: ["name", "dates", "days"],
      what: "a holiday"
    )
    let name = try holiday.requiredString("name")
    let dates = try Self.dates(holiday, "dates")
    guard let first = dates.first?.0, let last = dates.last?.0, dates.count <= 2, first <= last
    else {
      throw RuleFileError(
        location: holiday.node("dates")?.location ?? holiday.location,
        problem: "'dates' of \(name) must be its first and last day off, or its only one"
      )
    }
    let length = first.days(until: last) + 1
    guard let days = try holiday.int("days"), days == length else {
      throw RuleFileError(
        location: holiday.node("days")?.location ?? holiday.location,
        problem: "\(name) runs \(length) days from \(first) to \(last); 'days' must say so"
      )
    }
    for offset in 0..<length { daysOff.insert(first.adding(days: offset)) }
    for (day, location) in try Self.dates(holiday, "work") {
      guard day.weekday > 5 else {
        throw RuleFileError(
          location: location,
          problem: "the 调休 working day \(day) of \(name) is not a Saturday or Sunday"
        )
      }
      workingWeekendDays.insert(day)
    }
  }

  private static func dates(_ fields: YAMLFields, _ key: String) throws(RuleFileError) -> [(
    CalendarDate, SourceLocation
  )] {
    var result: [(CalendarDate, SourceLocation)] = []
    for (text, location) in try fields.strings(key) {
      guard let date = CalendarDate(iso: text) else {
        throw RuleFileError(
          location: location,
          problem: "'\(text)' is not a day written YYYY-MM-DD"
        )
      }
      result.append((date, location))
    }
    return result
  }
}
