import ArgumentParser
import ChecklistCore
import Foundation

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
        section("无具体责任单位 (no specific owner)", report.withoutOwner)
        section("无完成时限 (no deadline)", report.withoutDeadline)
        section("泛指主语 (subject names everybody)", report.diffuseSubjects)
        print("\n## 覆盖率 (coverage)")
        print("directives: \(report.directiveCount)")
        print(String(format: "with a specific owner: %.1f%%", report.ownerCoverage * 100))
        print(String(format: "with a deadline: %.1f%%", report.deadlineCoverage * 100))
        print("\n## 未触发的规则 (rules that never fired): \(report.unusedRules.count)")
        if !report.unusedRules.isEmpty { print(report.unusedRules.joined(separator: ", ")) }
        failed = strict && report.hasFindings
      }
      if failed { throw ExitCode.failure }
    }

    private func section(_ title: String, _ entries: [AuditReport.Entry]) {
      print("## \(title): \(entries.count)")
      for entry in entries {
        let subject = entry.subject.map { "〔\($0)〕" } ?? ""
        print("\(entry.source) [\(entry.id)] \(subject)\(entry.text)")
      }
      print("")
    }
  }
}
