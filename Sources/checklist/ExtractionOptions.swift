import ArgumentParser
import ChecklistCore

/// Options every command that reads speeches shares: rules, meeting date, roster.
struct ExtractionOptions: ParsableArguments {
  @OptionGroup var rules: RulesOptions

  @Option(help: "The meeting date (YYYY-MM-DD); wins over any date found in the speech.")
  var date: String?

  @Option(help: "The year for dates the speech writes without one.")
  var year: Int?

  @Option(help: "A YAML roster mapping departments to named people.")
  var roster: String?

  func validate() throws {
    try TrackerCommandSupport.validateDate(date, option: "--date")
  }

  /// The pipeline these options describe.
  func makePipeline() throws -> Pipeline {
    try Pipeline(
      configuration: .init(
        rulesDirectory: rules.rules,
        meetingDate: date.flatMap(CalendarDate.init(iso:)),
        year: year,
        rosterFile: roster
      )
    )
  }
}
