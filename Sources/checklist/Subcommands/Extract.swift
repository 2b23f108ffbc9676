import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist extract`: the directive list every other view is made from.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the directives found in speeches, as JSON Lines or readable text."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case jsonl, text
    }

    @OptionGroup var options: ExtractionOptions

    @Option(help: "Output format: jsonl (the contract in OUTPUT.md) or text.")
    var format: Format = .jsonl

    @Flag(help: .hidden) var timings = false

    @Argument(help: "Speech files (UTF-8, UTF-16 with BOM, GB18030, or HTML).")
    var files: [String]

    func run() throws {
      try reportingErrors {
        let pipeline = try options.makePipeline()
        let notes = RunNoteRenderer()
        var totals = Pipeline.StageTimings()
        var mark = ContinuousClock.now
        try pipeline.forEachFile(paths: files) { result in
          defer {
            if timings {
              totals.add(result.timings)
              writeError(notes.timing(file: result.file, elapsed: mark.duration(to: .now)))
              mark = .now
            }
          }
          writeError(notes.meetingDates(of: result))
          printDeadlineWarnings(result.directives)
          switch format {
          case .jsonl: print(JSONLinesRenderer().render(result.directives), terminator: "")
          case .text: print(DirectiveTextRenderer().render(result.directives), terminator: "")
          }
        }
        if timings { writeError(notes.timings(totals)) }
      }
    }
  }
}
