/// Decides which lines are site furniture (spam headers, navigation, footers, share buttons)
/// by the debris rules, so that patterns live in `rules/` and not in code.
public struct DebrisFilter: Sendable {
  private let rules: [DebrisRule]
  /// Each phrase is registered with its rule's index and its own index in that rule.
  private let matcher: PhraseMatcher<(rule: Int, phrase: Int)>

  /// Creates a filter from the debris rules of a rule set.
  ///
  /// - Parameter rules: The debris rules.
  public init(rules: [DebrisRule]) {
    self.rules = rules
    var phrases: [(String, (rule: Int, phrase: Int))] = []
    for (ruleIndex, rule) in rules.enumerated() {
      for (phraseIndex, phrase) in rule.phrases.enumerated() {
        phrases.append((phrase, (ruleIndex, phraseIndex)))
      }
    }
    matcher = PhraseMatcher(phrases)
  }

  /// The rule that makes `line` debris, if any.
  ///
  /// A rule fires when at least `minimum_hits` of its distinct phrases occur in a line no longer
  /// than its `max_length`.
  ///
  /// - Parameter line: One normalised line.
  /// - Returns: The id of the first rule that fires, or `nil` when the line is speech.
  public func debrisRule(for line: String) -> String? {
    guard !rules.isEmpty else { return nil }
    let scalars = Array(line.unicodeScalars)
    var distinctPhrases: [Int: Set<Int>] = [:]
    for match in matcher.matches(in: scalars) {
      distinctPhrases[match.payload.rule, default: []].insert(match.payload.phrase)
    }
    for (index, rule) in rules.enumerated() {
      guard let hits = distinctPhrases[index], scalars.count <= rule.maxLength else { continue }
      if hits.count >= rule.minimumHits { return rule.id }
    }
    return nil
  }
}
