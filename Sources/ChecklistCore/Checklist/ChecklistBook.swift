/// The per-department view of a directive list: one checklist per department (as lead or
/// support), plus one for directives with no specific owner, each sorted by due date.
///
/// This is the model the Markdown and CSV templates render; it holds display-ready values so
/// templates only lay them out.
public struct ChecklistBook: Sendable {
  /// One row of a checklist or of the decomposition table.
  public struct Task: Sendable {
    /// The row number in its checklist (or in the whole table).
    public var number: Int
    /// The stable id.
    public var id: String
    /// The directive's text.
    public var text: String
    /// The lead department(s), joined with 、; `nil` when nobody specific leads.
    public var lead: String?
    /// The supporting departments, joined with 、.
    public var supports: String?
    /// The deadline as written, with its resolved date: `14天（2021-02-10）`.
    public var deadline: String?
    /// The deadline phrase alone, as written (`14天`).
    public var deadlinePhrase: String?
    /// The day the deadline resolves to, when it does.
    public var due: CalendarDate?
    /// The answerable person or post; the department head's title when none is named.
    public var owner: String?
    /// `file:line`.
    public var source: String
    /// Where it stands, for a reader: the file's name without its folder, and the line
    /// (``DocumentReader/reference(file:line:)``: `speech.txt:12`, `讲话.docx 第12段`).
    public var reference: String
    /// How the department was found: 点名 (with how it was named), 责任分工, 承接上文, 规则 id,
    /// 会议对象.
    public var basis: String?
    /// The role of the checklist's department in this task: 牵头 or 配合.
    public var role: String
  }

  /// One department's checklist.
  public struct Section: Sendable {
    /// The department's name, or 无具体责任单位.
    public var department: String
    /// A file-name-safe stem for the section's file.
    public var fileStem: String
    /// Its tasks.
    public var tasks: [Task]
    /// How many tasks it has.
    public var taskCount: Int
    /// How many it leads.
    public var leadCount: Int
  }

  /// The department sections in registry order, then others by name, the unowned last.
  public private(set) var sections: [Section] = []
  /// Every directive once, in due-date order, for the decomposition table.
  public private(set) var table: [Task] = []
  /// How many directives the book holds.
  public private(set) var directiveCount = 0

  /// Builds the book.
  ///
  /// - Parameters:
  ///   - directives: The directives.
  ///   - rules: The rule set, for department order and head titles.
  public init(directives: [Directive], rules: RuleSet) {
    directiveCount = directives.count
    let heads = Dictionary(
      rules.departments.map { ($0.name, $0.head ?? "\($0.name)主要负责同志") },
      uniquingKeysWith: { first, _ in first }
    )
    let order = Dictionary(
      rules.departments.enumerated().map { ($0.element.name, $0.offset) },
      uniquingKeysWith: { first, _ in first }
    )
    let sorted = directives.enumerated().sorted { Self.precedes($0, $1) }.map(\.element)
    var byDepartment: [String: [Task]] = [:]
    for (index, directive) in sorted.enumerated() {
      let task = Self.task(directive, number: index + 1, heads: heads, role: "牵头")
      table.append(task)
      if directive.departments.isEmpty {
        byDepartment[Wording.noSpecificOwner, default: []].append(task)
      }
      for assignment in directive.departments {
        var row = task
        row.role = assignment.role == .lead ? "牵头" : "配合"
        byDepartment[assignment.name, default: []].append(row)
      }
    }
    let names = byDepartment.keys.sorted {
      let left = $0 == Wording.noSpecificOwner ? Int.max : order[$0] ?? Int.max - 1
      let right = $1 == Wording.noSpecificOwner ? Int.max : order[$1] ?? Int.max - 1
      return (left, $0) < (right, $1)
    }
    sections = names.map { name in
      let tasks = (byDepartment[name] ?? []).enumerated().map { index, task in
        var numbered = task
        numbered.number = index + 1
        return numbered
      }
      return Section(
        department: name,
        fileStem: Self.fileStem(name),
        tasks: tasks,
        taskCount: tasks.count,
        leadCount: tasks.filter { $0.role == "牵头" }.count
      )
    }
  }

  /// Due dates first (earliest first), undated after, reading order within each.
  private static func precedes(
    _ left: (offset: Int, element: Directive),
    _ right: (offset: Int, element: Directive)
  ) -> Bool {
    switch (left.element.deadline?.due, right.element.deadline?.due) {
    case let (l?, r?) where l != r: l < r
    case (.some, nil): true
    case (nil, .some): false
    default: left.offset < right.offset
    }
  }

  private static func task(
    _ directive: Directive,
    number: Int,
    heads: [String: String],
    role: String
  ) -> Task {
    let leads = directive.departments.filter { $0.role == .lead }.map(\.name)
    let deadline = directive.deadline.map { deadline in
      deadline.due.map { "\(deadline.text)（\($0)）" } ?? deadline.text
    }
    let headTitle = leads.first.flatMap { heads[$0] ?? "\($0)主要负责同志" }
    return Task(
      number: number,
      id: directive.id,
      text: directive.text,
      lead: Self.joined(leads),
      supports: Self.joined(directive.supports),
      deadline: deadline,
      deadlinePhrase: directive.deadline?.text,
      due: directive.deadline?.due,
      owner: directive.owner ?? headTitle,
      source: "\(directive.file):\(directive.line)",
      reference: DocumentReader.reference(file: directive.file, line: directive.line),
      basis: directive.departments.first.map(Self.basisLabel),
      role: role
    )
  }

  /// Names joined with 、, or `nil` when there are none (so templates can test for them).
  private static func joined(_ names: [String]) -> String? {
    names.isEmpty ? nil : names.joined(separator: "、")
  }

  /// How the department was found, as a clerk reads it: named (and how), carried, a rule, the
  /// audience.
  private static func basisLabel(_ assignment: DepartmentAssignment) -> String {
    switch assignment.basis {
    case .explicit:
      switch assignment.via {
      case .shortNames: "点名（简称列举）"
      case .addressee: "点名（要求对象）"
      case .agent: "点名（由其承办）"
      case .organisation: "点名（机构名称）"
      case .team: "点名（派出的工作组）"
      case .partner: "点名（会同配合）"
      case .annotation: "责任分工"
      case .subject, .carried, .rule, .audience: "点名"
      }
    case .carried: "承接上文"
    case .rule: "规则 \(assignment.rule ?? "")"
    case .context: "会议对象 \(assignment.rule ?? "")"
    }
  }

  /// A name with path separators and other unsafe characters replaced.
  static func fileStem(_ name: String) -> String {
    String(name.map { "/\\:*?\"<>|".contains($0) ? "_" : $0 })
  }
}
