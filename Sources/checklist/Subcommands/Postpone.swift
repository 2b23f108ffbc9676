import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist postpone ID --to DATE --reason TEXT --tracker FILE`: move a task's day.
  struct Postpone: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Postpone a task to a later day, with a reason.",
      discussion: "Writes [>] with 延期:DATE 原因:TEXT; status counts the new day as due."
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

    func validate() throws {
      try TrackerCommandSupport.validateDate(to, option: "--to")
      if reason.allSatisfy(\.isWhitespace) { throw ValidationError("--reason must not be empty.") }
    }

    func run() throws {
      let date = TrackerCommandSupport.date(to)
      try reportingErrors {
        let task = try lock.update(tracker) { document throws(TrackerError) in
          try document.postpone(id, to: date, reason: reason)
        }
        print(TrackerChangeRenderer().changed(task))
      }
    }
  }
}
