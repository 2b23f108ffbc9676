import ArgumentParser
import ChecklistCore

extension Checklist.Track {
  /// `checklist track sync TRACKER SPEECH…`: bring a tracker up to date.
  struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add new directives to a tracker and mark vanished ones stale.",
      discussion: """
        Tasks keep their state, notes and position. A directive reworded or given another \
        deadline (same file, within 30 lines of where it stood, similar text) updates its task's text and due \
        day and is reported as changed. Tasks the speeches no longer produce are marked \
        (已不在讲话中) with stale:DAY, never deleted; hand edits survive byte for byte.
        """
    )

    @Argument(help: "The tracker file to update.")
    var tracker: String

    @Argument(help: "The speeches to read.")
    var speeches: [String]

    @OptionGroup var extraction: ExtractionOptions

    @OptionGroup var lock: LockOptions

    @Option(help: "The day of the sync (YYYY-MM-DD), written as stale:DAY; today by default.")
    var asOf: String?

    func validate() throws {
      if speeches.isEmpty { throw ValidationError("Name at least one speech to read.") }
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let directives = try extraction.makePipeline().extract(paths: speeches)
        printDeadlineWarnings(directives)
        let (summary, document) = try lock.update(tracker) { document in
          (document.sync(with: directives, on: day), document)
        }
        TrackerCommandSupport.printWarnings(document)
        print(TrackerChangeRenderer().synced(summary, file: tracker))
      }
    }
  }
}
