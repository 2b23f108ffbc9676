/// Applies phrase rules (发热门诊 → 卫健委) to a unit that names no department.
///
/// All phrases of all rules sit in one automaton. Of the rules that fire (a phrase occurs and
/// no `unless` phrase does), the highest `priority` wins, then the earliest phrase, then the
/// longest; the losers are kept so that `explain` can say why they lost.
struct PhraseRuleResolver: Sendable {
  /// A rule that fired on a unit.
  struct Hit: Sendable {
    /// The rule.
    var rule: PhraseRule
    /// The phrase that matched.
    var phrase: String
    /// Where it matched.
    var start: Int
  }

  private let rules: [PhraseRule]
  private let phrases: PhraseMatcher<Int>
  private let exceptions: PhraseMatcher<Int>

  init(rules: [PhraseRule]) {
    self.rules = rules
    phrases = PhraseMatcher(indexing: rules, by: \.phrases)
    exceptions = PhraseMatcher(indexing: rules, by: \.unless)
  }

  /// Every rule that fires on `text`, the winner first.
  ///
  /// - Parameters:
  ///   - text: The unit's body.
  ///   - counts: Whether a phrase at an offset counts (a phrase in a clause that names no
  ///     duty does not); every phrase counts when left out.
  /// - Returns: One hit per rule, at its earliest phrase that counts.
  func hits(in text: Scalars, where counts: (Int) -> Bool = { _ in true }) -> [Hit] {
    let blocked = Set(exceptions.matches(in: text).map(\.payload))
    var best: [Int: Hit] = [:]
    for match in phrases.matches(in: text)
    where !blocked.contains(match.payload) && counts(match.start) {
      let hit = Hit(
        rule: rules[match.payload],
        phrase: text.string(match.range),
        start: match.start
      )
      if let known = best[match.payload], known.start <= hit.start { continue }
      best[match.payload] = hit
    }
    return best.values.sorted {
      ($1.rule.priority, $0.start, $1.phrase.unicodeScalars.count)
        < ($0.rule.priority, $1.start, $0.phrase.unicodeScalars.count)
    }
  }

  /// The departments the winning rules give: every department whose best rule has the top
  /// priority, in the order their phrases occur (学校、养老机构 → 教育局, 民政局).
  func winners(in hits: [Hit]) -> [Hit] {
    guard let top = hits.first?.rule.priority else { return [] }
    var seen = Set<String>()
    return hits.filter { $0.rule.priority == top && seen.insert($0.rule.department).inserted }
      .sorted { $0.start < $1.start }
  }

  /// Where a rule's phrases occur in `text` when it fires there (for `rules test` and its
  /// `↓` markers); empty when it does not fire.
  func starts(of rule: PhraseRule, in text: Scalars) -> [Int] {
    let blocked = Set(exceptions.matches(in: text).map(\.payload))
    guard let index = rules.firstIndex(where: { $0.id == rule.id }), !blocked.contains(index)
    else { return [] }
    return Set(phrases.matches(in: text).filter { $0.payload == index }.map(\.start)).sorted()
  }
}
