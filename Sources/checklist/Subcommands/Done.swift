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

    @Option(help: "The day the work was done (YYYY-MM-DD); today by default.")
    var on: String?

    func validate() throws {
      if ids.isEmpty { throw ValidationError("Name at least one task id.") }
      try TrackerCommandSupport.validateDate(on, option: "--on")
    }

    func run() throws {
      let date = TrackerCommandSupport.date(on)
      try reportingErrors {
        let tasks = try lock.update(tracker) { document throws(TrackerError) in
          var tasks: [TrackerTask] = []
          for id in ids { tasks.append(try document.markDone(id, on: date)) }
          return tasks
        }
        for task in tasks { print(TrackerChangeRenderer().changed(task)) }
      }
    }
  }
}
