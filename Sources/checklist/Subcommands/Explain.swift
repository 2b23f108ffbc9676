import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist explain`: why the tool decided what it did about one line or task.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show, for a line or a task id, every decision and the rule behind it."
    )

    @OptionGroup var options: ExtractionOptions

    @Option(help: "The line of the file to explain.")
    var line: Int?

    @Option(help: "A task id (or a unique prefix of one) to explain.")
    var id: String?

    @Argument(help: "The speech file.")
    var file: String

    func validate() throws {
      guard (line == nil) != (id == nil) else {
        throw ValidationError("Give exactly one of --line N and --id ID.")
      }
    }

    func run() throws {
      try reportingErrors {
        let pipeline = try options.makePipeline()
        try pipeline.forEachFile(paths: [file]) { result in
          if let line {
            print(ExplanationRenderer().render(line: line, of: result), terminator: "")
          } else if let id {
            guard let text = ExplanationRenderer().render(idPrefix: id, of: result) else {
              throw ValidationError("No task in \(file) has an id starting with '\(id)'.")
            }
            print(text, terminator: "")
          }
        }
      }
    }
  }
}
