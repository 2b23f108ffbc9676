extension HolidayCalendar {
  /// A public holiday or festival that speeches name as a time limit (春节期间, 国庆前).
  public enum Holiday: String, Sendable, Hashable, CaseIterable {
    /// 元旦, 1 January.
    case newYear = "new_year"
    /// 春节, the lunar new year.
    case springFestival = "spring_festival"
    /// 元宵, the 15th day of the first lunar month.
    case lantern
    /// 清明, the solar term around 4 or 5 April.
    case qingming
    /// 五一, 1 May.
    case labourDay = "labour_day"
    /// 端午, the 5th day of the 5th lunar month.
    case dragonBoat = "dragon_boat"
    /// 中秋, the 15th day of the 8th lunar month.
    case midAutumn = "mid_autumn"
    /// 国庆, 1 October.
    case nationalDay = "national_day"

    /// How many days the official holiday lasts, counted from ``HolidayCalendar/span(of:year:)``'s
    /// first day.
    ///
    /// The State Council moves the days about each year (调休); these are the usual lengths:
    /// 春节 runs from 除夕 to 初六, 五一 five days, 国庆 seven, the others three (元宵 one).
    public var length: Int {
      switch self {
      case .springFestival, .nationalDay: return 7
      case .labourDay: return 5
      case .lantern: return 1
      case .newYear, .qingming, .dragonBoat, .midAutumn: return 3
      }
    }
  }
}
