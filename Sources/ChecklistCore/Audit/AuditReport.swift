/// What `checklist audit` lists: directives nobody specific owns, directives without a deadline,
/// subjects that name everybody, coverage figures, and rules that never fired.
public struct AuditReport: Sendable {
  /// One listed directive.
  public struct Entry: Sendable, Equatable {
    /// `file:line`.
    public var source: String
    /// The task id.
    public var id: String
    /// The directive's text.
    public var text: String
    /// For diffuse subjects, the word (各地各部门).
    public var subject: String?
  }

  /// Directives with no department and no owner.
  public private(set) var withoutOwner: [Entry] = []
  /// Directives with no deadline.
  public private(set) var withoutDeadline: [Entry] = []
  /// Directives whose subject names everybody.
  public private(set) var diffuseSubjects: [Entry] = []
  /// Phrase and context rules that decided nothing in this input.
  public private(set) var unusedRules: [String] = []
  /// How many directives were audited.
  public private(set) var directiveCount = 0

  /// Audits directives against the rules that produced them.
  ///
  /// - Parameters:
  ///   - directives: The directives.
  ///   - rules: The rule set.
  public init(directives: [Directive], rules: RuleSet) {
    directiveCount = directives.count
    var fired = Set<String>()
    for directive in directives {
      let entry = Entry(
        source: "\(directive.file):\(directive.line)",
        id: directive.id,
        text: directive.text,
        subject: directive.diffuseSubject
      )
      if directive.hasNoSpecificOwner { withoutOwner.append(entry) }
      if directive.deadline == nil { withoutDeadline.append(entry) }
      if directive.diffuseSubject != nil { diffuseSubjects.append(entry) }
      fired.formUnion(directive.departments.compactMap(\.rule))
    }
    unusedRules = (rules.phraseRules.map(\.id) + rules.contextRules.map(\.id))
      .filter { !fired.contains($0) }
  }

  /// The share of directives with a specific owner, 0…1 (1 when there are none).
  public var ownerCoverage: Double {
    directiveCount == 0 ? 1 : Double(directiveCount - withoutOwner.count) / Double(directiveCount)
  }

  /// The share of directives with a deadline, 0…1 (1 when there are none).
  public var deadlineCoverage: Double {
    directiveCount == 0
      ? 1 : Double(directiveCount - withoutDeadline.count) / Double(directiveCount)
  }

  /// Whether anything is listed (for `--strict`).
  public var hasFindings: Bool {
    !withoutOwner.isEmpty || !withoutDeadline.isEmpty || !diffuseSubjects.isEmpty
  }
}
