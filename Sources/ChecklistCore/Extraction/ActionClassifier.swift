/// Names a directive's action type: the action whose verb occurs earliest (the longer verb on a
/// tie), since the main verb of a Chinese directive follows its subject and modal marker.
struct ActionClassifier: Sendable {
  private let actions: [ActionRule]
  private let verbs: PhraseMatcher<Int>

  init(actions: [ActionRule]) {
    self.actions = actions
    verbs = PhraseMatcher(indexing: actions, by: \.verbs)
  }

  /// The action and the verb that decided it, if any verb occurs.
  func action(in text: Scalars) -> (id: String, verb: String)? {
    guard
      let match = verbs.matches(in: text).min(by: {
        ($0.start, -$0.length) < ($1.start, -$1.length)
      })
    else { return nil }
    return (actions[match.payload].id, text.string(match.range))
  }
}
