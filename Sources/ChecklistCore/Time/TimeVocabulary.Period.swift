extension TimeVocabulary {
  /// A named season or event that bounds work: 汛期, 今冬明春, 党的二十大.
  public struct Period: Sendable, Equatable {
    /// A day of the period's bounds: every year on a month and day, or once.
    public enum Bound: Sendable, Equatable {
      /// The same month and day every year (汛期 starts on 06-01).
      case yearly(month: Int, day: Int)
      /// One fixed day (党的二十大 opened on 2022-10-16).
      case fixed(CalendarDate)
    }

    /// The names that call it, longest first.
    public var names: [String]
    /// Words that mean "before it" on their own (汛前).
    public var before: [String]
    /// Whether a name is a time limit by itself, without 期间 or 前 (今冬明春).
    public var deictic: Bool
    /// The first day.
    public var start: Bound
    /// The last day; a yearly end before the start falls in the next year.
    public var end: Bound
    /// Where it is declared.
    public var location: SourceLocation

    /// The occurrence seen from `date`: the first whose end is not before `date` (a fixed
    /// period has one occurrence).
    ///
    /// - Parameter date: The day of speaking.
    /// - Returns: The first and last day, or `nil` when the bounds do not name real days.
    public func occurrence(from date: CalendarDate) -> ClosedRange<CalendarDate>? {
      for year in (date.year - 1)...(date.year + 1) {
        guard let span = occurrence(year: year) else { return nil }
        if span.upperBound >= date || !isYearly { return span }
      }
      return nil
    }

    /// The occurrence that starts in `year`.
    ///
    /// - Parameter year: The year.
    /// - Returns: The first and last day, or `nil` when the bounds do not name real days.
    public func occurrence(year: Int) -> ClosedRange<CalendarDate>? {
      switch (start, end) {
      case (.fixed(let first), .fixed(let last)):
        return first <= last ? first...last : nil
      case (.yearly(let m1, let d1), .yearly(let m2, let d2)):
        guard let first = CalendarDate(year: year, month: m1, day: d1) else { return nil }
        let endYear = (m2, d2) < (m1, d1) ? year + 1 : year
        guard let last = CalendarDate(year: endYear, month: m2, day: d2) else { return nil }
        return first...last
      default:
        return nil
      }
    }

    private var isYearly: Bool {
      if case .yearly = start { return true }
      return false
    }
  }
}
