import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist export TRACKER --todotxt [FILE]`: the tracker in another task format.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export a tracker's tasks as todo.txt.",
      discussion: """
        Done tasks start with x and their completion date; overdue ones get priority (A), ones \
        due soon (B). The department is a +project, the action an @context; due: and id: are \
        tags. Cancelled and stale tasks are left out.
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Argument(help: "The file to write; standard output when omitted.")
    var output: String?

    @Flag(help: "Write todo.txt (the only export format so far).")
    var todotxt = false

    @Option(help: "The day priorities are worked out for (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "Tasks due within this many days get priority (B).")
    var warnDays: Int = 3

    @OptionGroup var options: OutputOptions

    func validate() throws {
      if !todotxt { throw ValidationError("Choose a format: --todotxt.") }
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let document = try TrackerFile.read(path: tracker)
        TrackerCommandSupport.printWarnings(document)
        let text = TodoTxt.export(document, asOf: day, warningDays: warnDays)
        guard let output else {
          print(text, terminator: "")
          return
        }
        try AtomicFile.write(
          Array(text.utf8),
          to: output,
          what: "the export",
          format: .todoTxt,
          policy: options.policy(inputs: [tracker])
        )
      }
    }
  }
}
