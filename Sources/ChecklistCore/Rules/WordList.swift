/// A named list of words with examples, such as directive markers or diffuse subjects.
public struct WordList: Sendable, Equatable {
  /// The list's id, such as `modal_markers`.
  public var id: String
  /// The words.
  public var words: [String]
  /// Sentences that must and must not trigger it.
  public var examples: RuleExamples
  /// Where it is declared.
  public var location: SourceLocation

  /// An empty list, for rule sets that do not declare it.
  ///
  /// - Parameter id: The list's id.
  public init(empty id: String) {
    self.id = id
    words = []
    examples = RuleExamples()
    location = SourceLocation(file: "", line: 0)
  }

  init(node: YAMLNode, id: String) throws(RuleFileError) {
    let fields = try YAMLFields(
      node,
      allowed: ["words", "examples"],
      required: ["words"],
      what: id
    )
    self.id = id
    words = try fields.strings("words").map(\.0)
    examples = try fields.examples()
    location = fields.location
  }
}
