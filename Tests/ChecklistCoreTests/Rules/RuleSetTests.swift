import Foundation
import Testing

@testable import ChecklistCore

@Suite struct RuleSetTests {
  @Test func shippedRulesLoadAndLintClean() throws {
    let rules = try RuleSet.load(directory: shippedRules)
    #expect(rules.departments.count >= 33)
    #expect(rules.phraseRules.count > 50)
    #expect(RuleLinter().lint(rules).filter { $0.severity == .error }.map(\.description) == [])
  }

  @Test func everyShippedRuleExampleHolds() throws {
    let report = RuleExampleRunner(rules: shippedRuleSet).run(converter: try ScriptConverter())
    #expect(report.examplesRun > 300)
    #expect(report.failures.map(\.description) == [])
  }

  @Test func aBrokenExampleFailsWithItsRuleAndText() throws {
    var rules = RuleSet()
    try rules.add(
      text: """
        id: extra
        kind: phrases
        rules:
          - id: fever_clinic_test
            phrases: [发热门诊]
            department: 卫健委
            examples:
              triggering: [加强农贸市场管理。]
              non_triggering: [加强发热门诊管理。]
        """,
      path: "rules/extra.yaml"
    )
    let report = RuleExampleRunner(rules: rules).run()
    #expect(
      report.failures.map(\.description) == [
        "rules/extra.yaml:8:20: error: [fever_clinic_test] should trigger but does not: 加强农贸市场管理。",
        "rules/extra.yaml:9:24: error: [fever_clinic_test] should not trigger but does: 加强发热门诊管理。",
      ]
    )
  }

  @Test func malformedYAMLNamesFileLineAndColumn() throws {
    let folder = try temporaryFolder()
    try "id: bad\nkind: phrases\nrules: [a, b\n".write(
      to: folder.appendingPathComponent("bad.yaml"),
      atomically: true,
      encoding: .utf8
    )
    let error = #expect(throws: RuleFileError.self) { try RuleSet.load(directory: folder.path) }
    let text = error?.description ?? ""
    #expect(text.hasPrefix(folder.appendingPathComponent("bad.yaml").path + ":"))
    #expect(text.contains("error:"))
  }

  @Test func unknownDepartmentIsAnError() throws {
    var rules = RuleSet()
    try rules.add(
      text: "id: x\nkind: phrases\nrules:\n  - id: r\n    phrases: [甲]\n    department: 不存在局\n",
      path: "x.yaml"
    )
    let error = #expect(throws: RuleFileError.self) { try rules.check() }
    #expect(error?.description.contains("'不存在局', which is not in the registry") == true)
  }

  @Test func unknownKeyIsAnError() {
    var rules = RuleSet()
    let error = #expect(throws: RuleFileError.self) {
      try rules.add(text: "id: x\nkind: phrases\nrulez: []\n", path: "x.yaml")
    }
    #expect(error?.description.hasPrefix("x.yaml:3:1:") == true)
  }

  @Test func samePhraseForTwoDepartmentsNeedsAPriority() throws {
    var rules = RuleSet()
    try rules.add(
      text: """
        id: x
        kind: phrases
        rules:
          - {id: a, phrases: [农贸市场], department: 市场监管局}
          - {id: b, phrases: [农贸市场], department: 卫健委}
        """,
      path: "x.yaml"
    )
    let findings = RuleLinter().lint(rules).filter { $0.message.contains("same priority") }
    #expect(findings.map(\.ruleID) == ["b"])
  }

  @Test func matcherFindsEveryPhraseInOnePass() {
    let matcher = PhraseMatcher([("公安", 1), ("公安部门", 2), ("部门", 3)])
    let found = matcher.matches(in: "要求公安部门").map { ($0.start, $0.payload) }
    #expect(found.map(\.1).sorted() == [1, 2, 3])
    #expect(matcher.longestMatches(in: Array("要求公安部门".unicodeScalars)).map(\.payload) == [2])
  }

  @Test func folderErrorsNameTheFolderWithoutALine() throws {
    let error = #expect(throws: RuleFileError.self) {
      try RuleSet.load(directory: "/nonexistent/rules")
    }
    #expect(error?.description == "/nonexistent/rules: error: cannot read the rules folder")
    let empty = try temporaryFolder()
    let none = #expect(throws: RuleFileError.self) { try RuleSet.load(directory: empty.path) }
    #expect(none?.description == "\(empty.path): error: no rule files (*.yaml) here")
  }
}
