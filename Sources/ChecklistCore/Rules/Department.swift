/// A department in the registry: its canonical name, the names speeches give it, and its head.
public struct Department: Sendable, Equatable {
  /// The canonical name from `departments.md`.
  public var name: String
  /// Other names speeches use for it, without level prefixes.
  public var aliases: [String]
  /// Short forms used only in lists (公安、交通、应急等部门) and before a system word (水利系统,
  /// 教育行政部门, 规划分局): 交通 alone is not a body, 交通、应急等部门 names two.
  public var shortNames: [String]
  /// The post that answers for the department when no roster names a person.
  public var head: String?
  /// Sentences in which it must and must not be found as the acting subject.
  public var examples: RuleExamples
  /// Where it is declared.
  public var location: SourceLocation

  /// The rule id used in explanations and examples: `department:<name>`.
  public var ruleID: String { "department:\(name)" }

  init(node: YAMLNode) throws(RuleFileError) {
    let fields = try YAMLFields(
      node,
      allowed: ["name", "aliases", "short_names", "head", "examples"],
      required: ["name"],
      what: "a department"
    )
    name = try fields.requiredString("name")
    aliases = try fields.strings("aliases").map(\.0)
    shortNames = try fields.strings("short_names").map(\.0)
    head = try fields.string("head")
    examples = try fields.examples()
    location = fields.location
  }
}
