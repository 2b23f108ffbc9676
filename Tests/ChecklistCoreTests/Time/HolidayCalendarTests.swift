import Testing

@testable import ChecklistCore

extension TimeTests {
  @Suite struct HolidayCalendarTests {
    @Test(arguments: [
      (2020, "2020-01-25"), (2021, "2021-02-12"), (2022, "2022-02-01"), (2023, "2023-01-22"),
      (2024, "2024-02-10"), (2033, "2033-01-31"),
    ])
    func springFestival(year: Int, expected: String) {
      #expect(HolidayCalendar.day(of: .springFestival, year: year)?.description == expected)
    }

    @Test(arguments: [
      (HolidayCalendar.Holiday.midAutumn, 2022, "2022-09-10"), (.midAutumn, 2020, "2020-10-01"),
      (.midAutumn, 2023, "2023-09-29"), (.dragonBoat, 2021, "2021-06-14"),
      (.lantern, 2021, "2021-02-26"), (.qingming, 2020, "2020-04-04"),
      (.qingming, 2022, "2022-04-05"),
      (.qingming, 2000, "2000-04-04"), (.newYear, 2021, "2021-01-01"),
      (.labourDay, 2021, "2021-05-01"),
      (.nationalDay, 2021, "2021-10-01"),
    ])
    func festivalDays(holiday: HolidayCalendar.Holiday, year: Int, expected: String) {
      #expect(HolidayCalendar.day(of: holiday, year: year)?.description == expected)
    }

    @Test func springFestivalHolidayRunsFromEveToSixthDay() throws {
      let span = try #require(HolidayCalendar.span(of: .springFestival, year: 2021))
      #expect(span.lowerBound == (try day("2021-02-11")))
      #expect(span.upperBound == (try day("2021-02-17")))
    }

    @Test func theComingOccurrenceIsMeant() throws {
      let before = HolidayCalendar.coming([.springFestival], from: try day("2021-01-27"))
      #expect(before?.lowerBound == (try day("2021-02-11")))
      let during = HolidayCalendar.coming([.springFestival], from: try day("2021-02-17"))
      #expect(during?.lowerBound == (try day("2021-02-11")))
      let after = HolidayCalendar.coming([.springFestival], from: try day("2021-02-18"))
      #expect(after?.lowerBound == (try day("2022-01-31")))
      let pair = HolidayCalendar.coming([.midAutumn, .nationalDay], from: try day("2022-09-09"))
      #expect(pair?.lowerBound == (try day("2022-09-10")))
      #expect(pair?.upperBound == (try day("2022-10-07")))
    }
  }
}
