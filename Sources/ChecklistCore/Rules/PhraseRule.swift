/// A rule that gives an unnamed directive to the department whose duty its phrases describe.
///
/// `发热门诊 → 卫健委`: where a directive names no department and none is carried, a phrase rule
/// that matches decides. Where rules for different departments match the same directive, all
/// of them are kept unless one declares a higher `priority`, which then wins outright.
public struct PhraseRule: Sendable, Equatable {
  /// The rule's id, unique across all rule files.
  public var id: String
  /// The phrases that trigger it.
  public var phrases: [String]
  /// Phrases that, when present in the same directive, stop it from firing.
  public var unless: [String]
  /// The canonical department it assigns.
  public var department: String
  /// The action type it implies, if any.
  public var action: String?
  /// Higher wins over lower when rules for different departments match one directive.
  public var priority: Int
  /// Sentences that must and must not trigger it.
  public var examples: RuleExamples
  /// Whether the rule is a weak signal (priority below 0: 宣传, 问责, 属地) that applies only
  /// where no duty, subject or audience decides.
  public var isWeak: Bool { priority < 0 }
  /// Where it is declared.
  public var location: SourceLocation

  init(node: YAMLNode) throws(RuleFileError) {
    let fields = try YAMLFields(
      node,
      allowed: ["id", "phrases", "unless", "department", "action", "priority", "examples"],
      required: ["id", "phrases", "department"],
      what: "a phrase rule"
    )
    id = try fields.requiredString("id")
    phrases = try fields.strings("phrases").map(\.0)
    unless = try fields.strings("unless").map(\.0)
    department = try fields.requiredString("department")
    action = try fields.string("action")
    priority = try fields.int("priority") ?? 0
    examples = try fields.examples()
    location = fields.location
    guard !phrases.isEmpty else {
      throw RuleFileError(location: location, problem: "phrase rule '\(id)' has no phrases")
    }
  }
}
