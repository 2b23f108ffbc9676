extension PhraseMatcher where Payload == Int {
  /// A matcher whose payload is the index of the item each phrase came from: the shape every
  /// rule list needs (phrase rules, context rules, actions).
  ///
  /// - Parameters:
  ///   - items: The rules, in order.
  ///   - phrases: The phrases of one rule.
  init<Item>(indexing items: [Item], by phrases: (Item) -> [String]) {
    self.init(items.enumerated().flatMap { index, item in phrases(item).map { ($0, index) } })
  }
}
