import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist done ID… --tracker FILE`: tick tasks off.
  struct Done: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Mark tasks done in a tracker.",
      discussion: "An id may be shortened to any prefix that names one task."
    )

    @Argument(help: "The ids (or unique prefixes) of the tasks.")
    var ids: [String]

    @Option(help: "The tracker file.")
    var tracker: String

    @OptionGroup var lock: LockOptions

    @Option(help: "The day the work was done (YYYY-MM-DD), not after --as-of; today by default.")
    var on: String?

    @Option(help: "The day of the command (YYYY-MM-DD); today by default.")
    var asOf: String?

    func validate() throws {
      if ids.isEmpty { throw ValidationError("Name at least one task id.") }
      try TrackerCommandSupport.validateDate(on, option: "--on")
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
    }

    func run() throws {
      let today = TrackerCommandSupport.date(asOf)
      let date = on.flatMap(CalendarDate.init(iso:)) ?? today
      try reportingErrors {
        let tasks = try lock.update(tracker) { document throws(TrackerError) in
          var tasks: [TrackerTask] = []
          for id in ids { tasks.append(try document.markDone(id, on: date, asOf: today)) }
          return tasks
        }
        for task in tasks { print(TrackerChangeRenderer().changed(task)) }
      }
    }
  }
}
