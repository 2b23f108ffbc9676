/// The sentences a rule carries to prove itself: some must trigger it, some must not.
public struct RuleExamples: Sendable, Equatable {
  /// Sentences the rule must fire on.
  public var triggering: [RuleExample]
  /// Sentences the rule must not fire on.
  public var nonTriggering: [RuleExample]

  /// Creates a set of examples.
  ///
  /// - Parameters:
  ///   - triggering: Sentences the rule must fire on.
  ///   - nonTriggering: Sentences the rule must not fire on.
  public init(triggering: [RuleExample] = [], nonTriggering: [RuleExample] = []) {
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }

  /// Whether there is no example at all.
  public var isEmpty: Bool { triggering.isEmpty && nonTriggering.isEmpty }
}

/// One example sentence and where it is written.
public struct RuleExample: Sendable, Equatable {
  /// The sentence.
  public var text: String
  /// Where it stands in the rule file.
  public var location: SourceLocation

  /// Creates an example.
  ///
  /// - Parameters:
  ///   - text: The sentence.
  ///   - location: Where it stands in the rule file.
  public init(text: String, location: SourceLocation) {
    self.text = text
    self.location = location
  }
}
