import ArgumentParser
import ChecklistCore

extension Checklist {
  /// `checklist rules`: check the rule files.
  struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Test and lint the rule files, or copy them to edit.",
      subcommands: [Test.self, Lint.self, Init.self]
    )

    /// `checklist rules test`: run every rule's embedded examples.
    struct Test: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Run the triggering and non-triggering examples every rule carries."
      )

      @OptionGroup var rules: RulesOptions

      func run() throws {
        try reportingErrors {
          let folder = try rules.directory()
          let set = try RuleSet.load(directory: folder)
          let report = RuleExampleRunner(rules: set).run(converter: try ScriptConverter())
          for failure in report.failures { print(failure) }
          print("\(report.examplesRun) examples, \(report.failures.count) failed (\(folder))")
          if !report.failures.isEmpty { throw ExitCode.failure }
        }
      }
    }

    /// `checklist rules lint`: report rule-set problems loading allows.
    struct Lint: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract:
          "Report YAML errors, unknown departments, conflicting phrases and rules without examples."
      )

      @OptionGroup var rules: RulesOptions

      func run() throws {
        try reportingErrors {
          let folder = try rules.directory()
          let findings = RuleLinter().lint(try RuleSet.load(directory: folder))
          for finding in findings { print(finding) }
          print("\(findings.count) finding(s) (\(folder))")
          if findings.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        }
      }
    }
  }
}
