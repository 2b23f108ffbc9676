import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist reopen ID… --tracker FILE`: make tasks open again.
  struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Mark tasks open again in a tracker.",
      discussion: "An id may be shortened to any prefix that names one task."
    )

    @Argument(help: "The ids (or unique prefixes) of the tasks.")
    var ids: [String]

    @Option(help: "The tracker file.")
    var tracker: String

    @OptionGroup var lock: LockOptions

    func validate() throws {
      if ids.isEmpty { throw ValidationError("Name at least one task id.") }
    }

    func run() throws {
      try reportingErrors {
        let tasks = try lock.update(tracker) { document throws(TrackerError) in
          var tasks: [TrackerTask] = []
          for id in ids { tasks.append(try document.reopen(id)) }
          return tasks
        }
        for task in tasks { print(TrackerChangeRenderer().changed(task)) }
      }
    }
  }
}
