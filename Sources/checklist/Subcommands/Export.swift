import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist export TRACKER --todotxt [FILE]` or `--ics FILE`: the tracker in another format.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export a tracker's tasks as todo.txt or as an iCalendar file of to-dos.",
      discussion: """
        todo.txt: done tasks start with x and their completion date; overdue ones get priority \
        (A), ones due soon (B). Every lead and supporting department is a +project, the action \
        an @context; due: and id: are tags. Cancelled and stale tasks are left out. \
        iCalendar (RFC 5545): one VTODO per pending task, UID from the task id, DUE its due \
        day, the departments as CATEGORIES and the source in DESCRIPTION.
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Argument(help: "The todo.txt file to write; standard output when omitted.")
    var output: String?

    @Flag(help: "Write todo.txt.")
    var todotxt = false

    @Option(help: "Write an iCalendar file (.ics) here; '-' for standard output.")
    var ics: String?

    @Option(help: "The day priorities are worked out for (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "Tasks due within this many days get priority (B).")
    var warnDays: Int = 3

    @OptionGroup var options: OutputOptions

    func validate() throws {
      if todotxt == (ics != nil) {
        throw ValidationError("Choose one format: --todotxt or --ics FILE.")
      }
      if ics != nil && output != nil {
        throw ValidationError("--ics names its own file; drop '\(output ?? "")'.")
      }
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let document = try TrackerCommandSupport.read(tracker)
        let text: String
        let destination: String?
        if let ics {
          let status = TrackerStatus(document: document, asOf: day, warningDays: warnDays)
          text = ICalendarRenderer().render(status)
          destination = ics == "-" ? nil : ics
        } else {
          text = TodoTxt.export(document, asOf: day, warningDays: warnDays)
          destination = output
        }
        guard let destination else {
          print(text, terminator: "")
          return
        }
        try AtomicFile.write(
          Array(text.utf8),
          to: destination,
          what: "the export",
          format: ics == nil ? .todoTxt : .iCalendar,
          policy: options.policy(inputs: [tracker])
        )
      }
    }
  }
}
