/// Checks a loaded rule set for what loading allows but a maintainer should fix: a phrase that
/// sends one sentence to two departments at the same priority, and rules without examples.
public struct RuleLinter: Sendable {
  /// Creates a linter.
  public init() {}

  /// Every finding, in file order.
  ///
  /// - Parameter rules: The loaded rule set.
  /// - Returns: The findings; empty for a clean rule set.
  public func lint(_ rules: RuleSet) -> [Finding] {
    var findings: [Finding] = []
    var owners: [String: PhraseRule] = [:]
    for rule in rules.phraseRules {
      for phrase in rule.phrases {
        if let other = owners[phrase], other.department != rule.department,
          other.priority == rule.priority
        {
          findings.append(
            Finding(
              ruleID: rule.id,
              severity: .error,
              location: rule.location,
              message:
                "the phrase '\(phrase)' maps to \(rule.department) here and to \(other.department) in '\(other.id)' (\(other.location)) at the same priority \(rule.priority); declare a priority"
            )
          )
        }
        if owners[phrase] == nil { owners[phrase] = rule }
      }
    }
    let examined: [(String, RuleExamples, SourceLocation)] =
      rules.departments.map { ($0.ruleID, $0.examples, $0.location) }
      + rules.phraseRules.map { ($0.id, $0.examples, $0.location) }
      + rules.contextRules.map { ($0.id, $0.examples, $0.location) }
      + rules.debrisRules.map { ($0.id, $0.examples, $0.location) }
      + rules.actions.map { ($0.id, $0.examples, $0.location) }
      + rules.wordLists.values.sorted { $0.id < $1.id }.map { ($0.id, $0.examples, $0.location) }
    for (id, examples, location) in examined {
      if examples.triggering.isEmpty {
        findings.append(
          Finding(
            ruleID: id,
            severity: .error,
            location: location,
            message: "no triggering example exercises this rule"
          )
        )
      }
      if examples.nonTriggering.isEmpty {
        findings.append(
          Finding(
            ruleID: id,
            severity: .error,
            location: location,
            message: "no non-triggering example shows where it must not fire"
          )
        )
      }
    }
    return findings.sorted { $0.location < $1.location }
  }
}
