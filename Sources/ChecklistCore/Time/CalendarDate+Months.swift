extension CalendarDate {
  /// The same day `months` months later, clamped to the month's last day (1月31日 + 1 个月 is
  /// 2月28日 or 29日).
  func addingMonths(_ months: Int) -> CalendarDate {
    let total = year * 12 + (month - 1) + months
    let newYear = total / 12
    let newMonth = total % 12 + 1
    let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
    return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
  }

  /// The last day of this date's month.
  var endOfMonth: CalendarDate {
    CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
      ?? self
  }
}
