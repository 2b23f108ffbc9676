import Foundation

/// Everything the generator knows about the field, loaded from the YAML files in `rules/`.
///
/// Each file declares its `kind`; a folder may hold several files of one kind (their entries are
/// added together). Loading checks every file and reports the first problem with its file, line
/// and column.
public struct RuleSet: Sendable {
  /// The longest phrase a rule may hold, in characters: ``Limits/maximumPhraseLength``.
  public static let maximumPhraseLength = Limits.maximumPhraseLength

  /// One loaded file.
  public struct File: Sendable, Equatable {
    /// The file's `id`.
    public var id: String
    /// The file's `kind`.
    public var kind: String
    /// Its path.
    public var path: String
  }

  /// The files loaded, in name order.
  public internal(set) var files: [File] = []
  /// The department registry.
  public internal(set) var departments: [Department] = []
  /// Level prefixes stripped from department names (市, 区, 县, 省, 市委 …).
  public internal(set) var levelPrefixes = WordList(empty: "level_prefixes")
  /// Phrase rules, in file order.
  public internal(set) var phraseRules: [PhraseRule] = []
  /// Context (audience) rules.
  public internal(set) var contextRules: [ContextRule] = []
  /// Debris rules.
  public internal(set) var debrisRules: [DebrisRule] = []
  /// Action types, in priority order.
  public internal(set) var actions: [ActionRule] = []
  /// Named word lists (`modal`, `not_modal`, `imperative`, `report`, `diffuse`, …).
  public internal(set) var wordLists: [WordListID: WordList] = [:]
  /// The time vocabulary of every `kind: time` file, their entries added together; empty (only
  /// numbers, dates and durations are found) when there is none.
  public internal(set) var timeVocabulary = TimeVocabulary()

  /// The word list `id`, or an empty one in a rule set built file by file (a loaded folder
  /// holds every list: ``load(directory:)`` refuses one that lacks any).
  ///
  /// - Parameter id: The list's id.
  /// - Returns: The list.
  public func words(_ id: WordListID) -> WordList {
    wordLists[id] ?? WordList(empty: id.rawValue)
  }

  /// Creates an empty rule set.
  public init() {}

  /// Loads every `*.yaml` and `*.yml` file of `directory`.
  ///
  /// - Parameter directory: The rules folder.
  /// - Returns: The checked rule set.
  /// - Throws: ``RuleFileError`` naming the file, line and column of the first problem.
  public static func load(directory: String) throws(RuleFileError) -> RuleSet {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    } catch {
      throw .file(directory, problem: "cannot read the rules folder")
    }
    guard !names.isEmpty else {
      throw .file(directory, problem: "no rule files (*.yaml) here")
    }
    var set = RuleSet()
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      try set.add(path: path)
    }
    do {
      try set.check()
    } catch {
      // The error names files loaded before; show their lines.
      var shown = error
      for file in Set([error.file] + (error.contextLocation.map { [$0.file] } ?? [])) {
        if let text = try? String(contentsOfFile: file, encoding: .utf8) {
          shown = shown.attaching(source: text, of: file)
        }
      }
      throw shown
    }
    try set.checkWordLists(directory: directory)
    return set
  }

  /// Loads one file's text into the set.
  ///
  /// - Parameters:
  ///   - text: The YAML text.
  ///   - path: The file's path, for locations.
  /// - Throws: ``RuleFileError`` on a syntax or schema problem.
  public mutating func add(text: String, path: String) throws(RuleFileError) {
    let root: YAMLNode?
    do {
      root = try YAMLParser(file: path).parse(text)
    } catch {
      throw RuleFileError(error)
    }
    guard let root else {
      throw .file(path, problem: "the rule file is empty")
    }
    do {
      try add(root: root, path: path)
    } catch {
      throw error.attaching(source: text, of: path)
    }
  }
}

// MARK: - Loading

extension RuleSet {
  mutating func add(path: String) throws(RuleFileError) {
    let data: [UInt8]
    do {
      data = try RegularFile.read(path, limit: Limits.maximumRuleFileBytes)
    } catch {
      if case .tooLarge(let size, let limit) = error {
        throw .file(
          path,
          problem: "the rule file has \(size) bytes, more than the limit of \(limit)"
        )
      }
      throw .file(path, problem: "cannot read the rule file: \(error)")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .file(path, problem: "a rule file must be UTF-8")
    }
    try add(text: text, path: path)
  }

  private static let commonKeys: Set<String> = ["id", "kind", "name", "description"]

  private mutating func add(root: YAMLNode, path: String) throws(RuleFileError) {
    guard case .mapping(let pairs, _) = root else {
      throw RuleFileError(location: root.location, problem: "a rule file must be a mapping")
    }
    let kindNode = pairs.first { $0.key.string == "kind" }?.value
    guard let kind = kindNode?.string else {
      throw RuleFileError(location: root.location, problem: "the rule file is missing 'kind'")
    }
    let kindKeys: [String: Set<String>] = [
      "departments": ["departments", "level_prefixes"],
      "phrases": ["rules"],
      "contexts": ["rules"],
      "debris": ["rules"],
      "actions": ["actions"],
      "words": ["lists"],
      "time": ["vocabulary"],
      "holidays": ["years", "examples"],
    ]
    guard let keys = kindKeys[kind] else {
      let known = kindKeys.keys.sorted().joined(separator: ", ")
      throw RuleFileError(
        location: kindNode?.location ?? root.location,
        problem: "unknown kind '\(kind)' (known kinds: \(known))"
      )
    }
    let fields = try YAMLFields(
      root,
      allowed: Self.commonKeys.union(keys),
      required: ["id", "kind"],
      what: "a rule file"
    )
    let id = try fields.requiredString("id")
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    guard id == stem else {
      throw RuleFileError(
        location: fields.node("id")?.location ?? fields.location,
        problem: "the id '\(id)' must match the file name '\(stem)'"
      )
    }
    files.append(File(id: id, kind: kind, path: path))
    switch kind {
    case "departments":
      for node in try fields.mappings("departments") {
        departments.append(try Department(node: node))
      }
      if let node = fields.node("level_prefixes") {
        levelPrefixes = try WordList(node: node, id: "level_prefixes")
      }
    case "phrases":
      for node in try fields.mappings("rules") { phraseRules.append(try PhraseRule(node: node)) }
    case "contexts":
      for node in try fields.mappings("rules") { contextRules.append(try ContextRule(node: node)) }
    case "debris":
      for node in try fields.mappings("rules") { debrisRules.append(try DebrisRule(node: node)) }
    case "actions":
      for node in try fields.mappings("actions") { actions.append(try ActionRule(node: node)) }
    case "words":
      guard case .mapping(let lists, _)? = fields.node("lists") else {
        throw RuleFileError(location: fields.location, problem: "'lists' must be a mapping")
      }
      for pair in lists {
        let name = pair.key.string ?? ""
        guard let listID = WordListID(rawValue: name) else {
          let known = WordListID.allCases.map(\.rawValue).sorted().joined(separator: ", ")
          throw RuleFileError(
            location: pair.key.location,
            problem: "unknown word list '\(name)' (known lists: \(known))"
          )
        }
        guard wordLists[listID] == nil else {
          throw RuleFileError(
            location: pair.key.location,
            problem: "the word list '\(name)' is declared twice"
          )
        }
        wordLists[listID] = try WordList(node: pair.value, id: name)
      }
    case "time":
      if let node = fields.node("vocabulary") { try timeVocabulary.add(node) }
    case "holidays":
      try timeVocabulary.workingDays.add(fields)
    default:
      break
    }
  }

  /// Refuses a rule folder that lacks one of the word lists the generator reads.
  func checkWordLists(directory: String) throws(RuleFileError) {
    guard let missing = WordListID.allCases.first(where: { wordLists[$0] == nil }) else { return }
    throw .file(
      directory,
      problem:
        "the word list '\(missing.rawValue)' is missing: declare it under 'lists' in a "
        + "'kind: words' file"
    )
  }

  /// Checks what no single file can: unique ids, known departments, limits.
  mutating func check() throws(RuleFileError) {
    try timeVocabulary.checkComplete()
    guard phraseRules.count <= Limits.maximumRules else {
      throw RuleFileError(
        location: phraseRules[Limits.maximumRules].location,
        problem:
          "rule number \(Limits.maximumRules + 1) is past the limit of \(Limits.maximumRules) "
          + "phrase rules in one rule set"
      )
    }
    var names: [String: SourceLocation] = [:]
    for department in departments {
      if let first = names[department.name] {
        throw RuleFileError(
          location: department.location,
          problem: "department '\(department.name)' is declared twice (first at \(first))",
          context: ErrorContext("the first '\(department.name)'", at: first)
        )
      }
      names[department.name] = department.location
    }
    var ids: [String: SourceLocation] = [:]
    let allIDs =
      phraseRules.map { ($0.id, $0.location) } + contextRules.map { ($0.id, $0.location) }
      + debrisRules.map { ($0.id, $0.location) } + actions.map { ($0.id, $0.location) }
    for (id, location) in allIDs {
      if let first = ids[id] {
        throw RuleFileError(
          location: location,
          problem: "the rule id '\(id)' is used twice (first at \(first))",
          context: ErrorContext("the first '\(id)'", at: first)
        )
      }
      ids[id] = location
    }
    let actionIDs = Set(actions.map(\.id))
    for rule in phraseRules {
      guard names[rule.department] != nil else {
        throw RuleFileError(
          location: rule.location,
          problem:
            "rule '\(rule.id)' names department '\(rule.department)', which is not in the registry"
        )
      }
      if let action = rule.action, !actionIDs.contains(action) {
        throw RuleFileError(
          location: rule.location,
          problem: "rule '\(rule.id)' names action '\(action)', which no actions file declares"
        )
      }
    }
    for rule in contextRules where names[rule.department] == nil {
      throw RuleFileError(
        location: rule.location,
        problem:
          "context rule '\(rule.id)' names department '\(rule.department)', which is not in the registry"
      )
    }
  }
}
