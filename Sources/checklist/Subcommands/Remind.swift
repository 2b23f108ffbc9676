import ArgumentParser
import ChecklistCore
import Foundation

extension Checklist {
  /// `checklist remind TRACKER --as-of DATE --out DIR`: one 催办通知 per department.
  struct Remind: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a 催办通知 (reminder notice) per department: overdue and due-soon tasks.",
      discussion: """
        For each department that leads overdue tasks, tasks due within --warn-days days, or \
        supports (配合) such tasks: DIR/<部门>催办通知.md and .docx, with each task's source, \
        deadline and days late; and DIR/index.md listing the notices. Templates: \
        remind.md.mustache, remind.docx.xml.mustache and remind-index.md.mustache.
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Option(help: "The day of the notices (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "Only this department.")
    var department: String?

    @Option(help: "Tasks due within this many days are chased as due soon.")
    var warnDays: Int = 7

    @Option(help: "The folder to write the notices into.")
    var out: String

    @Option(help: "A folder with the remind templates to use instead of the shipped ones.")
    var templates: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if warnDays < 0 { throw ValidationError("--warn-days must not be negative.") }
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let document = try TrackerCommandSupport.read(tracker)
        try TrackerCommandSupport.validate(department: department, in: document, tracker: tracker)
        let status = TrackerStatus(
          document: document,
          asOf: day,
          warningDays: warnDays,
          department: department
        )
        let notices = ReminderNotice.notices(for: status, tracker: tracker)
        let renderer = ReminderRenderer(
          templates: try TemplateRenderer(
            directory: try ResourceLocator.templatesDirectory(override: templates)
          )
        )
        let files = try renderer.files(
          for: notices,
          index: ReminderIndex(notices: notices, status: status, tracker: tracker)
        )
        try AtomicFile.write(
          files.map {
            .init(
              name: $0.name,
              bytes: $0.bytes,
              format: $0.name.hasSuffix(".docx") ? .docx : .markdown
            )
          },
          into: out,
          what: "the notice",
          policy: output.policy(inputs: [tracker])
        )
        print("\(out): \(notices.count) notice(s) for \(day), and index.md")
      }
    }
  }
}
