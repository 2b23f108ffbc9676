import ArgumentParser
import ChecklistCore
import Foundation

extension Checklist {
  /// `checklist digest TRACKER --since DATE`: the week's 通报 for the leadership.
  struct Digest: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the period's 通报: done, postponed with reasons, newly and still overdue.",
      discussion: """
        The period runs from the day after --since to --as-of. Each department's completion \
        rate is given now and at --since. Done tasks count by their done: day, postponements by \
        the postponed: day that 'checklist postpone' writes. Template: digest.md.mustache.
        """
    )

    @Argument(help: "The tracker file.")
    var tracker: String

    @Option(help: "The last bulletin's day (YYYY-MM-DD): the period starts the day after.")
    var since: String

    @Option(help: "The period's last day (YYYY-MM-DD); today by default.")
    var asOf: String?

    @Option(help: "The Markdown file to write; standard output when omitted.")
    var out: String?

    @Option(help: "A folder with digest.md.mustache to use instead of the shipped templates.")
    var templates: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
      try TrackerCommandSupport.validateDate(since, option: "--since")
      try TrackerCommandSupport.validateDate(asOf, option: "--as-of")
      if let start = CalendarDate(iso: since), start > TrackerCommandSupport.date(asOf) {
        throw ValidationError("--since must not be after --as-of.")
      }
    }

    func run() throws {
      let day = TrackerCommandSupport.date(asOf)
      try reportingErrors {
        let document = try TrackerCommandSupport.read(tracker)
        let digest = TrackerDigest(
          document: document,
          since: TrackerCommandSupport.date(since),
          asOf: day,
          tracker: tracker
        )
        let text = try TemplateRenderer(
          directory: try ResourceLocator.templatesDirectory(override: templates)
        ).render(digest, template: "digest.md")
        guard let out else {
          print(text, terminator: "")
          return
        }
        try AtomicFile.write(
          Array(GeneratedFormat.markdown.marked(text).utf8),
          to: out,
          what: "the bulletin",
          format: .markdown,
          policy: output.policy(inputs: [tracker])
        )
      }
    }
  }
}
