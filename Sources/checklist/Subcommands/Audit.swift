import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist audit`: directives without a specific owner or a deadline.
  struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "List directives without a specific owner or a deadline, diffuse subjects, coverage and unused rules."
    )

    @OptionGroup var options: ExtractionOptions

    @Flag(help: "Exit 1 when anything is listed.")
    var strict = false

    @Argument(help: "Speech files.")
    var files: [String]

    func run() throws {
      var failed = false
      try reportingErrors {
        let pipeline = try options.makePipeline()
        let report = AuditReport(
          directives: try pipeline.extract(paths: files),
          rules: pipeline.rules
        )
        print(AuditTextRenderer().render(report), terminator: "")
        failed = strict && report.hasFindings
      }
      if failed { throw ExitCode.failure }
    }
  }
}
