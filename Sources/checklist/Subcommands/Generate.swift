import ArgumentParser
import ChecklistCore
import Foundation

extension Checklist {
  /// `checklist generate`: one checklist per department, or the decomposition table.
  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write one Markdown checklist per department plus an index, or a CSV table.",
      discussion: """
        Without --out the checklists are printed. With --out DIR, Markdown goes to \
        DIR/index.md and DIR/<部门>.md; CSV goes to DIR/任务分解表.csv (UTF-8 with BOM, for Excel).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case markdown, csv
    }

    @OptionGroup var options: ExtractionOptions

    @Option(help: "Output format: markdown (one file per department) or csv (one table).")
    var format: Format = .markdown

    @Option(help: "A folder to write the files into; printed when left out.")
    var out: String?

    @Option(help: "A folder of Mustache templates to use instead of the shipped ones.")
    var templates: String?

    @Argument(help: "Speech files.")
    var files: [String]

    func run() throws {
      try reportingErrors {
        let pipeline = try options.makePipeline()
        let renderer = ChecklistRenderer(
          templates: try TemplateRenderer(
            directory: try ResourceLocator.templatesDirectory(override: templates)
          )
        )
        let directives = try pipeline.extract(paths: files)
        printDeadlineWarnings(directives)
        let book = ChecklistBook(directives: directives, rules: pipeline.rules)
        let outputs: [ChecklistRenderer.Output] =
          switch format {
          case .markdown: try renderer.markdown(book)
          case .csv: [.init(fileName: "任务分解表.csv", text: try renderer.csv(book))]
          }
        guard let out else {
          for output in outputs { print(output.text) }
          return
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for output in outputs {
          try AtomicFile.write(
            Array(output.text.utf8),
            to: (out as NSString).appendingPathComponent(output.fileName),
            what: "the checklist"
          )
        }
        printError("wrote \(outputs.count) file(s) to \(out) (\(book.directiveCount) tasks)")
      }
    }
  }
}
