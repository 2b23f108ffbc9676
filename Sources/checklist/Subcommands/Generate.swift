import ArgumentParser
import ChecklistCore
import Foundation

extension Checklist {
  /// `checklist generate`: one checklist per department, or the decomposition table.
  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Write one Markdown checklist per department plus an index, or a CSV or Excel table.",
      discussion: """
        Without --out the checklists are printed. With --out DIR, Markdown goes to \
        DIR/index.md and DIR/<部门>.md; CSV goes to DIR/任务分解表.csv (UTF-8 with BOM, CRLF, for \
        Excel); xlsx goes to DIR/任务分解表.xlsx (a title row, the whole table, then one sheet \
        per department; A4 landscape). xlsx needs --out.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case markdown, csv, xlsx
    }

    @OptionGroup var options: ExtractionOptions

    @Option(
      help: "Output format: markdown (one file per department), csv or xlsx (one table)."
    )
    var format: Format = .markdown

    @Option(help: "A folder to write the files into; printed when left out.")
    var out: String?

    @Option(help: "A folder of Mustache templates to use instead of the shipped ones.")
    var templates: String?

    @OptionGroup var output: OutputOptions

    @Argument(help: "Speech files.")
    var files: [String]

    func validate() throws {
      if format == .xlsx, out == nil {
        throw ValidationError("--format xlsx writes a file: give --out DIR.")
      }
    }

    func run() throws {
      try reportingErrors {
        let pipeline = try options.makePipeline()
        let renderer = ChecklistRenderer(
          templates: try TemplateRenderer(
            directory: try ResourceLocator.templatesDirectory(override: templates)
          )
        )
        var directives: [Directive] = []
        var headings: [SpeechHeading] = []
        try pipeline.forEachFile(paths: files) { result in
          directives += result.directives
          headings.append(SpeechHeading(result))
        }
        printDeadlineWarnings(directives)
        let book = ChecklistBook(directives: directives, rules: pipeline.rules)
        if format == .xlsx, let out {
          let path = (out as NSString).appendingPathComponent("任务分解表.xlsx")
          let bytes = try XLSXWriter().data(
            book.xlsxTables(heading: .combined(headings)),
            for: path
          )
          try AtomicFile.write(
            [.init(name: "任务分解表.xlsx", bytes: bytes, format: .xlsx)],
            into: out,
            what: "the workbook",
            policy: output.policy(inputs: files + [options.roster].compactMap { $0 })
          )
          printError("wrote \(path) (\(book.directiveCount) tasks)")
          return
        }
        let outputs: [ChecklistRenderer.Output] =
          switch format {
          case .markdown, .xlsx: try renderer.markdown(book)
          case .csv: [.init(fileName: "任务分解表.csv", text: try renderer.csv(book))]
          }
        guard let out else {
          for output in outputs { print(output.text) }
          return
        }
        let written: GeneratedFormat = format == .csv ? .csv : .markdown
        try AtomicFile.write(
          outputs.map { .init(name: $0.fileName, bytes: Array($0.text.utf8), format: written) },
          into: out,
          what: "the checklist",
          policy: output.policy(inputs: files + [options.roster].compactMap { $0 })
        )
        printError("wrote \(outputs.count) file(s) to \(out) (\(book.directiveCount) tasks)")
      }
    }
  }
}
