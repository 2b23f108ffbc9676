/// The run of names at the head of a clause (区卫健委、区市场监管局, 公安、交通、应急等部门,
/// 要求各村（社区）), before the verb that makes them act.
///
/// A run holds registry names, short names, bodies recognised by the shape of their name and
/// words that name everybody, with the level prefixes, joiners and list closers between them.
/// Short names (交通, 应急) stand for departments only in a list closed by a closer (等部门) or
/// ended by a full name (卫健、交通部门): alone they are ordinary words.
struct SubjectRun: Sendable {
  /// One name of the run.
  enum Name: Sendable {
    /// A registry department: its canonical name, the text as written, where it starts, and how
    /// it was recognised.
    case department(String, text: String, start: Int, via: DepartmentAssignment.Via)
    /// A body outside the registry, under its own name minus the level prefix.
    case organisation(String, start: Int)
    /// A word that names everybody (各地各部门).
    case diffuse(String, start: Int)

    /// Where the name starts in the unit's body.
    var start: Int {
      switch self {
      case .department(_, _, let start, _), .organisation(_, let start), .diffuse(_, let start):
        start
      }
    }

    /// Whether the name is a short name that needs a closed list.
    var isShort: Bool {
      if case .department(_, _, _, .shortNames) = self { return true }
      return false
    }

    /// Whether the name is a department or body rather than everybody.
    var isSpecific: Bool {
      if case .diffuse = self { return false }
      return true
    }
  }

  /// The names in order.
  var names: [Name] = []
  /// The offset just past the run.
  var end: Int
  /// Whether a list closer (等部门) ended the names.
  var closed = false
  /// Whether the run opened with an agent marker (由X…).
  var agent = false
  /// Whether the run is the addressee of a requirement (要求X…).
  var addressed = false
  /// List items that are no department the registry or a name's shape knows (水文 in
  /// 气象、水文、农业等部门): kept out of the run but not ending it.
  var unknownItems: [String] = []
  /// Whether the verb after the run only supports (配合, 协助) another lead.
  var verbIsSupport = false

  /// Whether the run names a department or body.
  var isSpecific: Bool { names.contains(where: \.isSpecific) }

  /// Drops short names that no closer or full name validates (教育、引导群众…).
  mutating func validateShortNames() {
    guard names.contains(where: \.isShort) else { return }
    let endsInFullName = names.last.map { $0.isSpecific && !$0.isShort } ?? false
    if !(closed || endsInFullName) { names.removeAll(where: \.isShort) }
  }
}
