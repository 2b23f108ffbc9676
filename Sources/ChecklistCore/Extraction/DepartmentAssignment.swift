/// One department that must act on a directive, and why the tool says so.
public struct DepartmentAssignment: Sendable, Hashable, Codable {
  /// Whether the department leads the work or supports the lead.
  public enum Role: String, Sendable, Hashable, Codable {
    /// The first department that must act.
    case lead
    /// A department the lead works with (配合, 会同, 协同, 联合).
    case support
  }

  /// How the department was found.
  public enum Basis: String, Sendable, Hashable, Codable {
    /// Named in the sentence as the one who must act.
    case explicit
    /// The subject set up earlier in the passage.
    case carried
    /// A phrase rule matched the sentence.
    case rule
    /// The speech's audience (a meeting of one system).
    case context
  }

  /// The mechanism that found the department, finer than ``Basis``, so that a user knows which
  /// rule file or which part of the sentence to look at.
  public enum Via: String, Sendable, Hashable, Codable {
    /// Named at the head of a clause as the one who acts (公安部门要…).
    case subject
    /// Named by its short name in a list closed by 等部门 (公安、交通、应急等部门要…).
    case shortNames = "short_names"
    /// The one a requirement is addressed to (要求各村（社区）要…).
    case addressee
    /// Named as the agent of the work (由财政部门据实结算).
    case agent
    /// A body outside the registry, recognised by the shape of its name (县水文站要…).
    case organisation
    /// A team the meeting forms or sends (组成7个督导组).
    case team
    /// Named after a support verb or with 配合 (会同公安、市场监管等部门).
    case partner
    /// A plan's responsibility note for the item (牵头单位：…；责任单位：…).
    case annotation
    /// The subject the passage set up before the unit.
    case carried
    /// A duty phrase rule.
    case rule
    /// The speech's audience: a system's or a bureau's own meeting.
    case audience
  }

  /// The canonical department name.
  public var name: String
  /// Lead or support.
  public var role: Role
  /// How it was found.
  public var basis: Basis
  /// The id of the rule that decided it, where one did.
  public var rule: String?
  /// The mechanism that found it.
  public var via: Via

  /// Creates an assignment.
  ///
  /// - Parameters:
  ///   - name: The canonical department name.
  ///   - role: Lead or support.
  ///   - basis: How it was found.
  ///   - rule: The deciding rule's id.
  ///   - via: The mechanism that found it; by default the one its basis implies.
  public init(name: String, role: Role, basis: Basis, rule: String? = nil, via: Via? = nil) {
    self.name = name
    self.role = role
    self.basis = basis
    self.rule = rule
    self.via =
      via
      ?? {
        switch basis {
        case .explicit: .subject
        case .carried: .carried
        case .rule: .rule
        case .context: .audience
        }
      }()
  }

  private enum CodingKeys: String, CodingKey {
    case name, role, basis, rule, via
  }

  /// Decodes a record written by ``encode(to:)``; `via` defaults to what the basis implies.
  ///
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` on a malformed record.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      name: try container.decode(String.self, forKey: .name),
      role: try container.decode(Role.self, forKey: .role),
      basis: try container.decode(Basis.self, forKey: .basis),
      rule: try container.decodeIfPresent(String.self, forKey: .rule),
      via: try container.decodeIfPresent(Via.self, forKey: .via)
    )
  }

  /// Encodes all five fields, writing `null` for a missing rule.
  ///
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(role, forKey: .role)
    try container.encode(basis, forKey: .basis)
    try container.encode(rule, forKey: .rule)
    try container.encode(via, forKey: .via)
  }
}
