import ArgumentParser
import ChecklistCore
import Foundation

extension Checklist.Track {
  /// `checklist track init TRACKER SPEECH…`: write a new tracker.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a new tracker with one task per directive, grouped by department.",
      discussion: "Refuses to overwrite an existing tracker; use 'track sync' to update one."
    )

    @Argument(help: "The tracker file to create, such as tasks.md.")
    var tracker: String

    @Argument(help: "The speeches to read.")
    var speeches: [String]

    @Option(help: "The tracker's title (its level-1 heading).")
    var title: String = "任务跟踪"

    @OptionGroup var extraction: ExtractionOptions

    func validate() throws {
      if speeches.isEmpty { throw ValidationError("Name at least one speech to read.") }
    }

    func run() throws {
      try reportingErrors {
        if FileManager.default.fileExists(atPath: tracker) {
          throw TrackerError.alreadyExists(file: tracker)
        }
        let directives = try extraction.makePipeline().extract(paths: speeches)
        printDeadlineWarnings(directives)
        let document = TrackerDocument.new(directives: directives, file: tracker, title: title)
        try TrackerFile.create(document, at: tracker, notify: { printError($0) })
        print(TrackerChangeRenderer().created(document, file: tracker))
      }
    }
  }
}
