/// The keys of one YAML mapping in a rule file, read with checks that name the offending node.
///
/// Every key must be one the reader expects; a missing required key, a key of the wrong kind
/// or an unknown key (usually a typo) is a ``RuleFileError`` at the right line and column.
struct YAMLFields {
  let location: SourceLocation
  private var values: [String: YAMLNode] = [:]

  /// Reads `node` as a mapping whose keys are all in `allowed` and include all of `required`.
  init(_ node: YAMLNode, allowed: Set<String>, required: Set<String> = [], what: String)
    throws(RuleFileError)
  {
    guard case .mapping(let pairs, let location) = node else {
      throw RuleFileError(
        location: node.location,
        problem: "\(what) must be a mapping, not \(node.kindName)"
      )
    }
    self.location = location
    for pair in pairs {
      let key = pair.key.string ?? ""
      guard allowed.contains(key) else {
        let known = allowed.sorted().joined(separator: ", ")
        throw RuleFileError(
          location: pair.key.location,
          problem: "unknown key '\(key)' in \(what) (known keys: \(known))"
        )
      }
      values[key] = pair.value
    }
    for key in required.sorted() where values[key] == nil {
      throw RuleFileError(location: location, problem: "\(what) is missing '\(key)'")
    }
  }

  /// The raw node under `key`.
  func node(_ key: String) -> YAMLNode? { values[key] }

  /// A scalar string.
  func string(_ key: String) throws(RuleFileError) -> String? {
    guard let node = values[key] else { return nil }
    guard let text = node.string else {
      throw RuleFileError(
        location: node.location,
        problem: "'\(key)' must be a scalar, not \(node.kindName)"
      )
    }
    return text
  }

  /// A required scalar string that is not empty.
  func requiredString(_ key: String) throws(RuleFileError) -> String {
    guard let text = try string(key), !text.isEmpty else {
      throw RuleFileError(location: values[key]?.location ?? location, problem: "'\(key)' is empty")
    }
    return text
  }

  /// An integer.
  func int(_ key: String) throws(RuleFileError) -> Int? {
    guard let text = try string(key) else { return nil }
    guard let value = Int(text) else {
      throw RuleFileError(
        location: values[key]?.location ?? location,
        problem: "'\(key)' must be a whole number, not '\(text)'"
      )
    }
    return value
  }

  /// A boolean.
  func bool(_ key: String) throws(RuleFileError) -> Bool? {
    guard let text = try string(key) else { return nil }
    switch text {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      throw RuleFileError(
        location: values[key]?.location ?? location,
        problem: "'\(key)' must be true or false, not '\(text)'"
      )
    }
  }

  /// A list of non-empty strings with their locations; a single scalar counts as a list of one.
  func strings(
    _ key: String,
    maximumLength: Int = Limits.maximumPhraseLength
  ) throws(RuleFileError) -> [(String, SourceLocation)] {
    guard let node = values[key] else { return [] }
    let items: [YAMLNode]
    switch node {
    case .scalar: items = [node]
    case .sequence(let nodes, _): items = nodes
    case .mapping:
      throw RuleFileError(
        location: node.location,
        problem: "'\(key)' must be a list of phrases, not a mapping"
      )
    }
    var result: [(String, SourceLocation)] = []
    for item in items {
      guard let text = item.string else {
        throw RuleFileError(
          location: item.location,
          problem: "items of '\(key)' must be scalars, not \(item.kindName)"
        )
      }
      guard !text.isEmpty else {
        throw RuleFileError(location: item.location, problem: "empty phrase in '\(key)'")
      }
      guard text.unicodeScalars.count <= maximumLength else {
        throw RuleFileError(
          location: item.location,
          problem:
            "a phrase in '\(key)' is \(text.unicodeScalars.count) characters long, more than the limit of \(maximumLength)"
        )
      }
      result.append((text, item.location))
    }
    return result
  }

  /// A list of mappings.
  func mappings(_ key: String) throws(RuleFileError) -> [YAMLNode] {
    guard let node = values[key] else { return [] }
    guard case .sequence(let nodes, _) = node else {
      throw RuleFileError(
        location: node.location,
        problem: "'\(key)' must be a list, not \(node.kindName)"
      )
    }
    return nodes
  }

  /// The `examples:` block: `triggering` and `non_triggering` lists.
  func examples() throws(RuleFileError) -> RuleExamples {
    guard let node = values["examples"] else { return RuleExamples() }
    let fields = try YAMLFields(
      node,
      allowed: ["triggering", "non_triggering"],
      what: "examples"
    )
    return RuleExamples(
      triggering: try fields.strings("triggering", maximumLength: Limits.maximumExampleLength).map {
        RuleExample(text: $0.0, location: $0.1)
      },
      nonTriggering: try fields.strings(
        "non_triggering",
        maximumLength: Limits.maximumExampleLength
      ).map {
        RuleExample(text: $0.0, location: $0.1)
      }
    )
  }
}
