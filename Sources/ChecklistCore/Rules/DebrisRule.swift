/// A rule that recognises site furniture (spam, navigation, footers, share buttons) by its phrases.
///
/// A line containing one of the phrases is dropped when it is no longer than `maxLength`
/// characters (so that a real paragraph that happens to quote a phrase survives).
public struct DebrisRule: Sendable, Equatable {
  /// The rule's id.
  public var id: String
  /// Phrases that mark a line as debris.
  public var phrases: [String]
  /// How many phrases a line must hold to be dropped.
  public var minimumHits: Int
  /// The longest line, in characters, the rule drops.
  public var maxLength: Int
  /// Lines that must and must not be dropped.
  public var examples: RuleExamples
  /// Where it is declared.
  public var location: SourceLocation

  init(node: YAMLNode) throws(RuleFileError) {
    let fields = try YAMLFields(
      node,
      allowed: ["id", "phrases", "minimum_hits", "max_length", "examples"],
      required: ["id", "phrases"],
      what: "a debris rule"
    )
    id = try fields.requiredString("id")
    phrases = try fields.strings("phrases").map(\.0)
    minimumHits = try fields.int("minimum_hits") ?? 1
    maxLength = try fields.int("max_length") ?? 200
    examples = try fields.examples()
    location = fields.location
  }
}
