/// A rule that reads a speech's title and opening to find its audience.
///
/// A propaganda-work meeting gives its otherwise ownerless directives to 宣传部; a meeting of the
/// organisation system to 组织部.
public struct ContextRule: Sendable, Equatable {
  /// The rule's id.
  public var id: String
  /// Phrases in the title or opening that mark the audience.
  public var phrases: [String]
  /// The department the audience is.
  public var department: String
  /// Titles and openings that must and must not trigger it.
  public var examples: RuleExamples
  /// Where it is declared.
  public var location: SourceLocation

  init(node: YAMLNode) throws(RuleFileError) {
    let fields = try YAMLFields(
      node,
      allowed: ["id", "phrases", "department", "examples"],
      required: ["id", "phrases", "department"],
      what: "a context rule"
    )
    id = try fields.requiredString("id")
    phrases = try fields.strings("phrases").map(\.0)
    department = try fields.requiredString("department")
    examples = try fields.examples()
    location = fields.location
  }
}
