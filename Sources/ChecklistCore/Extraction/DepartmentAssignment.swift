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

  /// The canonical department name.
  public var name: String
  /// Lead or support.
  public var role: Role
  /// How it was found.
  public var basis: Basis
  /// The id of the rule that decided it, where one did.
  public var rule: String?

  /// Creates an assignment.
  ///
  /// - Parameters:
  ///   - name: The canonical department name.
  ///   - role: Lead or support.
  ///   - basis: How it was found.
  ///   - rule: The deciding rule's id.
  public init(name: String, role: Role, basis: Basis, rule: String? = nil) {
    self.name = name
    self.role = role
    self.basis = basis
    self.rule = rule
  }

  private enum CodingKeys: String, CodingKey {
    case name, role, basis, rule
  }

  /// Encodes all four fields, writing `null` for a missing rule.
  ///
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(role, forKey: .role)
    try container.encode(basis, forKey: .basis)
    try container.encode(rule, forKey: .rule)
  }
}
