import ArgumentParser
import ChecklistCore
import Foundation

extension Checklist {
  /// `checklist audit`: directives without a specific owner or a deadline, or a tracker's gaps.
  struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "List directives without a specific owner or a deadline, diffuse subjects, coverage and unused rules.",
      discussion: """
        Given one tracker (a .md file with task lines), audits the tracker instead: pending \
        tasks without a department, an owner or a deadline, overdue tasks without a 延期 \
        reason, and tasks stale for more than --stale-days days.
        """
    )

    @OptionGroup var options: ExtractionOptions

    @Flag(help: "Exit 1 when anything is listed.")
    var strict = false

    @Option(help: "For a tracker: the day to audit (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "For a tracker: list tasks stale for more than this many days.")
    var staleDays: Int = 14

    @Argument(help: "Speech files, or one tracker.")
    var files: [String]

    func validate() throws {
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if staleDays < 0 { throw ValidationError("--stale-days must not be negative.") }
    }

    func run() throws {
      var failed = false
      try reportingErrors {
        if let tracker = try trackerGiven() {
          TrackerCommandSupport.printWarnings(tracker)
          let audit = TrackerAudit(
            document: tracker,
            asOf: TrackerCommandSupport.date(asOf),
            staleDays: staleDays
          )
          print(TrackerAuditRenderer().render(audit), terminator: "")
          failed = strict && audit.hasFindings
          return
        }
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

    /// The tracker, when the only file is a Markdown file holding task lines.
    private func trackerGiven() throws -> TrackerDocument? {
      guard files.count == 1, let file = files.first,
        ["md", "markdown"].contains((file as NSString).pathExtension.lowercased())
      else { return nil }
      let document = try TrackerFile.read(path: file)
      return document.tasks.isEmpty ? nil : document
    }
  }
}
