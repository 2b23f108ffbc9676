import Foundation
import Testing

@testable import ChecklistCore

/// The shipped `rules/time.yaml`, loaded once per use.
func shippedTimeVocabulary() throws -> TimeVocabulary {
  let path = packageRoot.appendingPathComponent("rules/time.yaml").path
  let text = try String(contentsOfFile: path, encoding: .utf8)
  var rules = RuleSet()
  try rules.add(text: text, path: path)
  return rules.timeVocabulary
}

/// A parser over the shipped vocabulary.
func shippedTimeParser() throws -> TimeExpressionParser {
  TimeExpressionParser(vocabulary: try shippedTimeVocabulary())
}

/// The loaded rules from a YAML text, for error tests.
func timeVocabulary(yaml: String) throws -> TimeVocabulary {
  var rules = RuleSet()
  try rules.add(text: yaml, path: "rules/time.yaml")
  return rules.timeVocabulary
}
