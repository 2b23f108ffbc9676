import ArgumentParser
import ChecklistCore

extension Checklist.Track {
  /// `checklist track sync TRACKER SPEECH…`: bring a tracker up to date.
  struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add new directives to a tracker and mark vanished ones stale.",
      discussion: """
        Tasks keep their state, notes and position. Tasks the speeches no longer produce are \
        marked (已不在讲话中), never deleted; hand edits survive byte for byte.
        """
    )

    @Argument(help: "The tracker file to update.")
    var tracker: String

    @Argument(help: "The speeches to read.")
    var speeches: [String]

    @OptionGroup var extraction: ExtractionOptions

    @OptionGroup var lock: LockOptions

    func validate() throws {
      if speeches.isEmpty { throw ValidationError("Name at least one speech to read.") }
    }

    func run() throws {
      try reportingErrors {
        let directives = try extraction.makePipeline().extract(paths: speeches)
        let (summary, document) = try lock.update(tracker) { document in
          (document.sync(with: directives), document)
        }
        TrackerCommandSupport.printWarnings(document)
        print(TrackerChangeRenderer().synced(summary, file: tracker))
      }
    }
  }
}
