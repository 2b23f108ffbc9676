import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist status TRACKER`: per-department progress, overdue work first.
  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show per-department progress of a tracker on a day.",
      discussion: """
        Red: overdue (due before the day and not done or cancelled). Yellow: due within the \
        warning window. Green: the rest. A postponed task is due on its postponed day. Colours \
        only on a terminal, and never when NO_COLOR is set.
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Option(help: "The day to report on (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "Only this department (a '## ' heading of the tracker).")
    var department: String?

    @Option(help: "Tasks due within this many days count as due soon.")
    var warnDays: Int = 3

    @Flag(help: "Exit with status 1 when any task is overdue.")
    var failOnOverdue = false

    func validate() throws {
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if warnDays < 0 { throw ValidationError("--warn-days must not be negative.") }
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      let status = try reportingErrors {
        let document = try TrackerCommandSupport.read(tracker)
        try TrackerCommandSupport.validate(department: department, in: document, tracker: tracker)
        return TrackerStatus(
          document: document,
          asOf: day,
          warningDays: warnDays,
          department: department
        )
      }
      print(
        TrackerStatusRenderer(colour: TrackerCommandSupport.useColour).render(status),
        terminator: ""
      )
      if failOnOverdue && status.hasOverdue { throw ExitCode.failure }
    }
  }
}
