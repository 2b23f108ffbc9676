/// A unit of a speech that asks somebody to do something, with everything decided about it.
///
/// This is the record `OUTPUT.md` specifies; every checklist, table, tracker and report is a
/// view of a list of these.
public struct Directive: Sendable, Hashable, Codable, Identifiable {
  /// A stable id: the same text under the same rules gives the same id on every run.
  public var id: String
  /// The input file's name as given on the command line.
  public var file: String
  /// The 1-based index of the speech inside the file.
  public var document: Int
  /// The 1-based line of the input file where the directive starts.
  public var line: Int
  /// The task as the department receives it: the normalised sentence without the speaker's
  /// lead-in (彭清华指出，).
  public var text: String
  /// The whole normalised sentence the task comes from.
  public var source: String
  /// Who must act, lead first; empty when nobody specific was found.
  public var departments: [DepartmentAssignment]
  /// The answerable person or post, if named.
  public var owner: String?
  /// The action type id from the rule files.
  public var action: String?
  /// The time limit or cadence, if any.
  public var deadline: Deadline?
  /// Why each decision was taken, for `checklist explain`.
  public var reasons: [Reason]
  /// The reasons in words, one line per decision.
  public var explanation: [String] { reasons.map(\.description) }
  /// The subject that names everybody (各地各部门), when that is the directive's subject.
  public var diffuseSubject: String?

  /// Creates a directive.
  ///
  /// - Parameters:
  ///   - id: The stable id.
  ///   - file: The input file's name.
  ///   - document: The speech's index in the file.
  ///   - line: The starting line.
  ///   - text: The task text.
  ///   - source: The whole sentence; the task text when left out.
  ///   - departments: Who must act, lead first.
  ///   - owner: The answerable person or post.
  ///   - action: The action type id.
  ///   - deadline: The time limit or cadence.
  ///   - reasons: Why each decision was taken.
  public init(
    id: String,
    file: String,
    document: Int,
    line: Int,
    text: String,
    source: String? = nil,
    departments: [DepartmentAssignment] = [],
    owner: String? = nil,
    action: String? = nil,
    deadline: Deadline? = nil,
    reasons: [Reason] = []
  ) {
    self.id = id
    self.file = file
    self.document = document
    self.line = line
    self.text = text
    self.source = source ?? text
    self.departments = departments
    self.owner = owner
    self.action = action
    self.deadline = deadline
    self.reasons = reasons
    diffuseSubject = nil
  }

  /// Whether nobody specific answers for the directive: no department and no owner.
  public var hasNoSpecificOwner: Bool {
    departments.isEmpty && owner == nil
  }

  /// The lead department's name, if any.
  public var lead: String? {
    departments.first { $0.role == .lead }?.name ?? departments.first?.name
  }

  /// The supporting departments' names.
  public var supports: [String] {
    departments.filter { $0.role == .support }.map(\.name)
  }

  private enum CodingKeys: String, CodingKey {
    case id, file, document, line, text, source, departments, owner, action, deadline
  }

  /// Encodes the contract's fields, writing `null` for missing optional ones.
  ///
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(file, forKey: .file)
    try container.encode(document, forKey: .document)
    try container.encode(line, forKey: .line)
    try container.encode(text, forKey: .text)
    try container.encode(source, forKey: .source)
    try container.encode(departments, forKey: .departments)
    try container.encode(owner, forKey: .owner)
    try container.encode(action, forKey: .action)
    try container.encode(deadline, forKey: .deadline)
  }

  /// Decodes a record written by ``encode(to:)``.
  ///
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` on a malformed record.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    file = try container.decode(String.self, forKey: .file)
    document = try container.decode(Int.self, forKey: .document)
    line = try container.decode(Int.self, forKey: .line)
    text = try container.decode(String.self, forKey: .text)
    source = try container.decodeIfPresent(String.self, forKey: .source) ?? text
    departments = try container.decode([DepartmentAssignment].self, forKey: .departments)
    owner = try container.decodeIfPresent(String.self, forKey: .owner)
    action = try container.decodeIfPresent(String.self, forKey: .action)
    deadline = try container.decodeIfPresent(Deadline.self, forKey: .deadline)
    reasons = []
    diffuseSubject = nil
  }
}
