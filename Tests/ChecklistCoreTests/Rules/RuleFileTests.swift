import Foundation
import Testing

@testable import ChecklistCore

/// Each shipped rule file is its own test: it parses on its own, its `id` is its name, and the
/// examples written in it hold (SwiftLint's generated tests, for our rule files).
@Suite struct RuleFileTests {
  /// The shipped rule files, by name.
  static func ruleFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: shippedRules)
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
  }

  @Test(arguments: try ruleFiles())
  func holdsItsExamples(file: String) throws {
    let path = (shippedRules as NSString).appendingPathComponent(file)
    var alone = RuleSet()
    try alone.add(path: path)
    let loaded = try #require(alone.files.first)
    #expect(loaded.id == (file as NSString).deletingPathExtension)
    let report = RuleExampleRunner(rules: shippedRuleSet)
      .run(converter: try ScriptConverter(), file: path)
    #expect(report.examplesRun > 0, "\(file) carries no example")
    #expect(report.failures.map(\.description) == [])
  }

  @Test func aMarkerSaysWhereTheRuleFires() throws {
    var rules = RuleSet()
    try rules.add(
      text: """
        id: marked
        kind: phrases
        rules:
          - id: fever_clinic_marked
            phrases: [发热门诊]
            department: 卫健委
            examples:
              triggering: [加强↓发热门诊管理，落实↓发热门诊值守。, ↓加强发热门诊管理。]
              non_triggering: [加强农贸市场监管。]
        """,
      path: "marked.yaml"
    )
    let report = RuleExampleRunner(rules: rules).run()
    #expect(
      report.failures.map(\.message) == [
        "should trigger at [0] but triggers at [2]: ↓加强发热门诊管理。"
      ]
    )
  }
}
