/// Gives a speech made to one system (a propaganda-work meeting) its audience's department,
/// read from the speech's title and opening by the context rules.
struct ContextResolver: Sendable {
  /// The context that applies to a speech.
  struct Context: Sendable {
    /// The department.
    var department: String
    /// The rule that decided it.
    var rule: String
    /// The phrase that matched.
    var phrase: String
  }

  private let rules: [ContextRule]
  private let matcher: PhraseMatcher<Int>

  init(rules: [ContextRule]) {
    self.rules = rules
    matcher = PhraseMatcher(indexing: rules, by: \.phrases)
  }

  /// Where the rules' phrases start in `opening` (for `rules test`), or `nil` when none occurs.
  func starts(in opening: String) -> [Int]? {
    let starts = Set(matcher.matches(in: Array(opening.unicodeScalars)).map(\.start)).sorted()
    return starts.isEmpty ? nil : starts
  }

  /// The first context rule whose phrase occurs in `opening`, if any.
  func context(for opening: String) -> Context? {
    let scalars = Array(opening.unicodeScalars)
    guard let match = matcher.matches(in: scalars).min(by: { $0.start < $1.start }) else {
      return nil
    }
    let rule = rules[match.payload]
    return Context(department: rule.department, rule: rule.id, phrase: scalars.string(match.range))
  }
}
