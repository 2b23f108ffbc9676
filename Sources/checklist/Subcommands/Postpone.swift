import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist postpone ID --to DATE --reason TEXT --tracker FILE`: move a task's day.
  struct Postpone: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Postpone a task to a later day, with a reason.",
      discussion: """
        Writes [>] with 延期:DATE postponed:DAY 原因:TEXT; status counts the new day as due. The \
        new day must be after the current due day; a done task must be reopened first.
        """
    )

    @Argument(help: "The id (or a unique prefix) of the task.")
    var id: String

    @Option(help: "The new day (YYYY-MM-DD).")
    var to: String

    @Option(help: "Why the task is postponed.")
    var reason: String

    @Option(help: "The tracker file.")
    var tracker: String

    @OptionGroup var lock: LockOptions

    @Option(help: "The day the postponement is made (YYYY-MM-DD); today by default.")
    var asOf: String?

    func validate() throws {
      try TrackerCommandSupport.validateDate(to, option: "--to")
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if reason.allSatisfy(\.isWhitespace) { throw ValidationError("--reason must not be empty.") }
    }

    func run() throws {
      let date = TrackerCommandSupport.date(to)
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let task = try lock.update(tracker) { document throws(TrackerError) in
          try document.postpone(id, to: date, reason: reason, on: day)
        }
        print(TrackerChangeRenderer().changed(task))
      }
    }
  }
}
