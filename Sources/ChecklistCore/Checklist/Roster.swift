import Foundation

/// Named people answerable for departments, read from a YAML roster.
///
/// The roster is the file given with `--roster`:
///
/// ```yaml
/// 卫健委: {person: 张三, contact: "0571-1234567"}
/// 公安局: 李四
/// ```
public struct Roster: Sendable, Equatable {
  /// One department's entry.
  public struct Entry: Sendable, Equatable {
    /// The person's name.
    public var person: String
    /// How to reach them, if given.
    public var contact: String?
  }

  /// Entries by canonical department name.
  public private(set) var entries: [String: Entry] = [:]

  /// An empty roster.
  public init() {}

  /// Loads a roster file.
  ///
  /// - Parameters:
  ///   - path: The YAML file.
  ///   - departments: The registry's names; an entry for another name is an error.
  /// - Throws: ``RuleFileError`` with file, line and column.
  public init(path: String, departments: Set<String>) throws(RuleFileError) {
    let data: [UInt8]
    do {
      data = try RegularFile.read(path, limit: Limits.maximumRuleFileBytes)
    } catch {
      if case .tooLarge(let size, let limit) = error {
        throw .file(path, problem: "the roster has \(size) bytes, more than the limit of \(limit)")
      }
      throw .file(path, problem: "cannot read the roster: \(error)")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .file(path, problem: "cannot read the roster as UTF-8 text")
    }
    let root: YAMLNode?
    do {
      root = try YAMLParser(file: path).parse(text)
    } catch {
      throw RuleFileError(error)
    }
    guard let root else {
      throw .file(path, problem: "a roster must map department names to people")
    }
    do {
      entries = try Self.entries(of: root, departments: departments)
    } catch {
      throw error.attaching(source: text, of: path)
    }
  }

  /// The person answerable for a department, with the contact when there is one.
  ///
  /// - Parameter department: A canonical department name.
  /// - Returns: `张三 (0571-1234567)`, or `nil` when the roster has nobody for it.
  public func person(for department: String) -> String? {
    guard let entry = entries[department] else { return nil }
    return entry.contact.map { "\(entry.person) (\($0))" } ?? entry.person
  }
}

// MARK: - Reading

private extension Roster {
  static func entries(of root: YAMLNode, departments: Set<String>) throws(RuleFileError)
    -> [String: Entry]
  {
    guard case .mapping(let pairs, _) = root else {
      throw RuleFileError(
        location: root.location,
        problem: "a roster must map department names to people"
      )
    }
    var entries: [String: Entry] = [:]
    for pair in pairs {
      guard let name = pair.key.string, departments.contains(name) else {
        throw RuleFileError(
          location: pair.key.location,
          problem: "'\(pair.key.string ?? "")' is not a department in the registry"
        )
      }
      if let person = pair.value.string {
        entries[name] = Entry(person: person, contact: nil)
        continue
      }
      let fields = try YAMLFields(
        pair.value,
        allowed: ["person", "contact"],
        required: ["person"],
        what: "a roster entry"
      )
      entries[name] = Entry(
        person: try fields.requiredString("person"),
        contact: try fields.string("contact")
      )
    }
    return entries
  }
}
