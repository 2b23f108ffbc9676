/// An action type (督查检查, 宣传引导, …) and the verbs that mark it.
public struct ActionRule: Sendable, Equatable {
  /// The action type id written into the directive list.
  public var id: String
  /// A readable name.
  public var name: String
  /// Verbs that mark the action; the first rule in file order with a matching verb wins.
  public var verbs: [String]
  /// Sentences that must and must not be classified as this action.
  public var examples: RuleExamples
  /// Where it is declared.
  public var location: SourceLocation

  init(node: YAMLNode) throws(RuleFileError) {
    let fields = try YAMLFields(
      node,
      allowed: ["id", "name", "verbs", "examples"],
      required: ["id", "verbs"],
      what: "an action"
    )
    id = try fields.requiredString("id")
    name = try fields.string("name") ?? id
    verbs = try fields.strings("verbs").map(\.0)
    examples = try fields.examples()
    location = fields.location
  }
}
