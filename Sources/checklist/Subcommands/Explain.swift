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
          let directives = result.directives.filter { directive in
            if let line { return directive.line == line }
            return directive.id.hasPrefix(id ?? "")
          }
          if let line {
            if let dropped = result.dropped.first(where: { $0.line == line }) {
              print("\(file):\(line): dropped as site debris by rule \(dropped.rule)")
            }
            for unit in result.skipped where unit.line == line {
              print("\(file):\(line): not a directive: \(unit.reason)\n  \(unit.text)")
            }
          }
          guard !directives.isEmpty || line != nil else {
            throw ValidationError("No task in \(file) has an id starting with '\(id ?? "")'.")
          }
          for directive in directives {
            let who = directive.departments.map {
              "\($0.name)（\($0.role.rawValue), \($0.basis.rawValue)\($0.rule.map { ", \($0)" } ?? "")）"
            }
            print("\(directive.file):\(directive.line) [\(directive.id)] \(directive.text)")
            print(
              "  departments: \(who.isEmpty ? "none (no specific owner)" : who.joined(separator: "、"))"
            )
            for reason in directive.explanation { print("  - \(reason)") }
          }
        }
      }
    }
  }
}
