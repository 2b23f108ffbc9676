import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist report TRACKER --html FILE`: a self-contained HTML progress page;
  /// `--xlsx FILE`: the 督办台账 as a workbook.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a tracker's progress as an HTML page, or its 督办台账 as an Excel workbook.",
      discussion: """
        The page has inline CSS and an inline SVG bar per department, no scripts. The workbook \
        has one row per task with its state, 延期 and reason, filled red when overdue, yellow \
        when due soon and green when done; it prints as A4 landscape.
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Option(help: "The HTML file to write.")
    var html: String?

    @Option(help: "The .xlsx file to write (the 督办台账).")
    var xlsx: String?

    @Option(help: "The day to report on (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "Tasks due within this many days count as due soon.")
    var warnDays: Int = 3

    @Option(help: "The page's title.")
    var title: String = "任务进度"

    @Option(help: "A folder with report.html.mustache to use instead of the shipped templates.")
    var templates: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if warnDays < 0 { throw ValidationError("--warn-days must not be negative.") }
      if html == nil, xlsx == nil {
        throw ValidationError("Give --html FILE, --xlsx FILE or both.")
      }
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let document = try TrackerCommandSupport.read(tracker)
        let status = TrackerStatus(document: document, asOf: day, warningDays: warnDays)
        if let xlsx {
          try XLSXWriter().write(
            [status.ledger(file: tracker)],
            to: xlsx,
            policy: output.policy(inputs: [tracker])
          )
        }
        guard let html else { return }
        let report = TrackerReport(status: status, file: tracker, title: title)
        let folder = try ResourceLocator.templatesDirectory(override: templates)
        let renderer = TrackerReportRenderer(templatesDirectory: folder)
        try AtomicFile.write(
          Array(try renderer.render(report).utf8),
          to: html,
          what: "the report",
          format: .html,
          policy: output.policy(inputs: [tracker, renderer.templatePath])
        )
      }
    }
  }
}
