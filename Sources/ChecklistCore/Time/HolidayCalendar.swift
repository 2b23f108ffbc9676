import Foundation

/// The dates of China's public holidays and festivals, lunar ones through Foundation's
/// Chinese calendar.
///
/// A holiday's *day* is the festival itself (春节 is 正月初一); its *span* is the official
/// holiday around it (春节 runs from 除夕 to 初六). Lunar dates come from
/// `Calendar(identifier: .chinese)`, which gives the right days on Linux and macOS; 清明 comes
/// from the solar-term formula, valid from 1901 to 2099.
public enum HolidayCalendar {
  /// The day of `holiday` in the Gregorian `year`.
  ///
  /// - Parameters:
  ///   - holiday: The holiday.
  ///   - year: The Gregorian year.
  /// - Returns: The festival's day, or `nil` when it cannot be computed.
  public static func day(of holiday: Holiday, year: Int) -> CalendarDate? {
    switch holiday {
    case .newYear: return CalendarDate(year: year, month: 1, day: 1)
    case .labourDay: return CalendarDate(year: year, month: 5, day: 1)
    case .nationalDay: return CalendarDate(year: year, month: 10, day: 1)
    case .springFestival: return lunarDate(year: year, month: 1, day: 1)
    case .lantern: return lunarDate(year: year, month: 1, day: 15)
    case .dragonBoat: return lunarDate(year: year, month: 5, day: 5)
    case .midAutumn: return lunarDate(year: year, month: 8, day: 15)
    case .qingming: return qingming(year: year)
    }
  }

  /// The official holiday around `holiday` in `year`, first and last day.
  ///
  /// - Parameters:
  ///   - holiday: The holiday.
  ///   - year: The Gregorian year.
  /// - Returns: The span, or `nil` when the day cannot be computed.
  public static func span(of holiday: Holiday, year: Int) -> ClosedRange<CalendarDate>? {
    guard let day = day(of: holiday, year: year) else { return nil }
    let first = holiday == .springFestival ? day.adding(days: -1) : day  // 除夕
    return first...first.adding(days: holiday.length - 1)
  }

  /// The span of the holidays `holidays` taken together in one Gregorian year: from the
  /// earliest first day to the latest last day.
  ///
  /// - Parameters:
  ///   - holidays: The holidays, such as 元旦 and 春节 for 两节.
  ///   - year: The Gregorian year.
  /// - Returns: The joint span, or `nil` when a day cannot be computed.
  public static func span(of holidays: [Holiday], year: Int) -> ClosedRange<CalendarDate>? {
    var result: ClosedRange<CalendarDate>?
    for holiday in holidays {
      guard let span = span(of: holiday, year: year) else { return nil }
      if let joined = result {
        result = min(joined.lowerBound, span.lowerBound)...max(joined.upperBound, span.upperBound)
      } else {
        result = span
      }
    }
    return result
  }

  /// The coming occurrence of `holidays` seen from `date`: the first whose span has not ended.
  ///
  /// A speech given during a holiday means the holiday it is in, not next year's.
  ///
  /// - Parameters:
  ///   - holidays: The holidays, taken together.
  ///   - date: The day of speaking.
  /// - Returns: The span, or `nil` when none can be computed.
  public static func coming(_ holidays: [Holiday], from date: CalendarDate) -> ClosedRange<
    CalendarDate
  >? {
    for year in (date.year - 1)...(date.year + 1) {
      if let span = span(of: holidays, year: year), span.upperBound >= date { return span }
    }
    return nil
  }

  /// The Gregorian date of a day of the Chinese calendar, in the lunar year that begins in the
  /// Gregorian `year` (leap months are never meant).
  ///
  /// - Parameters:
  ///   - year: The Gregorian year in which the lunar year begins.
  ///   - month: The lunar month, 1 to 12.
  ///   - day: The lunar day, 1 to 30.
  /// - Returns: The Gregorian date, or `nil` when Foundation cannot compute it.
  public static func lunarDate(year: Int, month: Int, day: Int) -> CalendarDate? {
    guard let zone = TimeZone(identifier: "Asia/Shanghai") else { return nil }
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = zone
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = zone
    // 1 June always lies in the lunar year that began in January or February.
    guard let june = gregorian.date(from: DateComponents(year: year, month: 6, day: 1)) else {
      return nil
    }
    var parts = chinese.dateComponents([.era, .year], from: june)
    parts.month = month
    parts.day = day
    parts.isLeapMonth = false
    guard let date = chinese.date(from: parts) else { return nil }
    let civil = gregorian.dateComponents([.year, .month, .day], from: date)
    guard let y = civil.year, let m = civil.month, let d = civil.day else { return nil }
    return CalendarDate(year: y, month: m, day: d)
  }
}

// MARK: - Solar terms

extension HolidayCalendar {
  /// 清明 by the solar-term formula `[Y × 0.2422 + C] − [Y / 4]`, Y the year within its century.
  fileprivate static func qingming(year: Int) -> CalendarDate? {
    guard (1901...2099).contains(year) else { return nil }
    let y = year <= 2000 ? year - 1900 : year - 2000
    let c = year <= 2000 ? 5.59 : 4.81
    let day = Int(Double(y) * 0.2422 + c) - y / 4
    return CalendarDate(year: year, month: 4, day: day)
  }
}
