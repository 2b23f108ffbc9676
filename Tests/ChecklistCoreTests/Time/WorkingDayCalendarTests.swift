import Foundation
import Testing

@testable import ChecklistCore

@Suite("Working days and the holiday schedule")
struct WorkingDayCalendarTests {
  let calendar = shippedRuleSet.timeVocabulary.workingDays

  /// Each year adds up: weekdays off less 调休 working days are the statutory holidays (11 a
  /// year, 13 from 2025; 2020 has the two days of the 春节 extension on top).
  @Test func everyYearOfTheScheduleAddsUp() throws {
    #expect(calendar.years == Set(2020...2026))
    let statutory = [2020: 13, 2021: 11, 2022: 11, 2023: 11, 2024: 11, 2025: 13, 2026: 13]
    for (year, expected) in statutory {
      let weekdaysOff = calendar.daysOff.filter { $0.year == year && $0.weekday <= 5 }.count
      let worked = calendar.workingWeekendDays.filter { $0.year == year }.count
      #expect(weekdaysOff - worked == expected, "\(year)")
    }
    // 2023's 元旦 began on 2022-12-31, a Saturday: listed under the 2023 notice.
    #expect(calendar.daysOff.contains(try day("2022-12-31")))
  }

  @Test func workingDaysSkipHolidaysAndCountMakeUpDays() throws {
    let parser = TimeExpressionParser(vocabulary: shippedRuleSet.timeVocabulary)
    let deadline = parser.deadline(in: "要在10个工作日内完成整改", meetingDate: try day("2024-06-03"))
    #expect(deadline?.due == (try day("2024-06-18")))
    #expect(deadline?.warning == nil)
    // 2025-04-27 is a Sunday worked instead of 5月2日.
    #expect(
      calendar.adding(workingDays: 2, to: try day("2025-04-25")).due == (try day("2025-04-28"))
    )
    #expect(calendar.isWorkingDay(try day("2025-04-27")) == true)
    #expect(calendar.isWorkingDay(try day("2025-05-02")) == false)
    #expect(calendar.isWorkingDay(try day("2019-05-02")) == nil)
  }

  @Test func outsideTheScheduleCountsMondayToFridayAndSaysSo() throws {
    let parser = TimeExpressionParser(vocabulary: shippedRuleSet.timeVocabulary)
    let deadline = parser.deadline(in: "要在5个工作日内上报", meetingDate: try day("2026-12-28"))
    #expect(deadline?.due == (try day("2027-01-04")))
    #expect(
      deadline?.warning
        == "'5个工作日内' counted Monday to Friday in 2027: the holiday schedule "
        + "(rules/holidays.yaml) covers 2020–2026"
    )
  }

  @Test func aHolidayWhoseLengthDisagreesWithItsDatesIsRefused() throws {
    var rules = RuleSet()
    let text = """
      id: holidays
      kind: holidays
      years:
        - year: 2024
          notice: x
          holidays:
            - {name: 春节, dates: [2024-02-10, 2024-02-17], days: 7}
      """
    let error = #expect(throws: RuleFileError.self) {
      try rules.add(text: text, path: "holidays.yaml")
    }
    #expect(
      error?.description.hasPrefix(
        "holidays.yaml:7:59: error: 春节 runs 8 days from 2024-02-10 to 2024-02-17; 'days' must say so"
      ) == true,
      "\(String(describing: error))"
    )
  }

  @Test func aWrongExampleIsReported() throws {
    var rules = RuleSet()
    try rules.add(
      text: """
        id: holidays
        kind: holidays
        years:
          - year: 2024
            notice: x
            holidays:
              - {name: 端午节, dates: [2024-06-10], days: 1}
        examples:
          triggering: [2024-06-03 + 10 = 2024-06-17]
          non_triggering: [2024-03-04 + 5 = 2024-03-11]
        """,
      path: "holidays.yaml"
    )
    let report = RuleExampleRunner(rules: rules).run()
    #expect(report.examplesRun == 2)
    #expect(
      report.failures.map(\.message) == [
        "counts to 2024-06-18, not as written: 2024-06-03 + 10 = 2024-06-17"
      ]
    )
  }
}
