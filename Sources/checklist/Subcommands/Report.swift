import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist report TRACKER --html FILE`: a self-contained HTML progress page.
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a self-contained HTML progress report of a tracker.",
      discussion: "The page has inline CSS and an inline SVG bar per department, no scripts."
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Option(help: "The HTML file to write.")
    var html: String

    @Option(help: "The day to report on (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "Tasks due within this many days count as due soon.")
    var warnDays: Int = 3

    @Option(help: "The page's title.")
    var title: String = "任务进度"

    @Option(help: "A folder with report.html.mustache to use instead of the shipped templates.")
    var templates: String?

    func validate() throws {
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if warnDays < 0 { throw ValidationError("--warn-days must not be negative.") }
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let document = try TrackerCommandSupport.read(tracker)
        let status = TrackerStatus(document: document, asOf: day, warningDays: warnDays)
        let report = TrackerReport(status: status, file: tracker, title: title)
        let folder = try ResourceLocator.templatesDirectory(override: templates)
        let page = try TrackerReportRenderer(templatesDirectory: folder).render(report)
        try AtomicFile.write(Array(page.utf8), to: html, what: "the report")
      }
    }
  }
}
