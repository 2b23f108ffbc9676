import ArgumentParser
import ChecklistCore
import Foundation

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
        var totals = Pipeline.StageTimings()
        var mark = ContinuousClock.now
        try pipeline.forEachFile(paths: files) { result in
          defer {
            if timings {
              totals.add(result.timings)
              let elapsed = mark.duration(to: .now)
              mark = .now
              printError("timing\tfile\t\(result.file)\t\(Self.milliseconds(elapsed))")
            }
          }
          for meeting in result.meetingDates {
            let date = meeting.date.map(String.init(describing:)) ?? "unknown"
            printError(
              "\(result.file): speech \(meeting.speech): meeting date \(date) (\(meeting.evidence))"
            )
          }
          switch format {
          case .jsonl:
            print(JSONLinesRenderer().render(result.directives), terminator: "")
          case .text:
            for directive in result.directives {
              let who = directive.departments.map(\.name).joined(separator: "、")
              print(
                "\(directive.file):\(directive.line) [\(who.isEmpty ? "无具体责任单位" : who)] \(directive.text)"
              )
            }
          }
        }
        if timings {
          for (stage, seconds) in totals.stages {
            printError("timing\tstage\t\(stage)\t\(Self.milliseconds(.seconds(seconds)))")
          }
        }
      }
    }

    /// A duration as milliseconds with three decimals.
    private static func milliseconds(_ duration: Duration) -> String {
      let parts = duration.components
      let value = Double(parts.seconds) * 1000 + Double(parts.attoseconds) * 1e-15
      return String(format: "%.3f", value)
    }
  }
}
