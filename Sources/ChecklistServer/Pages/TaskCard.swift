import ChecklistCore

/// One task as a page shows it: its text, source, deadline, state, notes, the report waiting
/// for the office, and the version its forms carry.
struct TaskCard: Sendable {
  let id: String
  let text: String
  let department: String
  let roleLabel: String
  let isLead: Bool
  let stateLabel: String
  let stateClass: String
  let due: String
  let hasDue: Bool
  let originalDue: String
  let wasPostponed: Bool
  let urgencyLabel: String?
  let urgencyClass: String
  let owner: String?
  let leadPerson: String?
  let source: String?
  let location: String
  let notes: [NoteView]
  let hasNotes: Bool
  let latest: [NoteView]
  let pending: [PendingView]
  let hasPending: Bool
  let version: String
  let isOpen: Bool
  let canReport: Bool

  /// What a page needs to know of a task.
  struct Input {
    var tracked: TrackedTask
    var item: TrackerStatus.Item?
    var document: TrackerDocument
    var role: DepartmentRole?
    var sources: SourceSentences
    var people: [String: String]
  }

  init(_ input: Input) {
    let task = input.tracked.task
    let index = input.tracked.location.line - 1
    id = task.id
    text = task.text
    department = input.tracked.leads.joined(separator: "、")
    roleLabel = input.role == .support ? "配合" : "牵头"
    isLead = input.role != .support
    (stateLabel, stateClass) = Self.state(task)
    due = task.effectiveDue?.description ?? "未定"
    hasDue = task.effectiveDue != nil
    originalDue = task.due?.description ?? ""
    wasPostponed = task.postponedTo != nil && task.due != nil
    (urgencyLabel, urgencyClass) = Self.urgency(input.item)
    owner = task.owner
    leadPerson = input.tracked.leads.first.flatMap { input.people[$0] }
    source = input.sources.sentence(for: task)
    location = Self.location(task.source)
    let notes = input.document.notes(ofTaskAt: index)
    self.notes = notes.map(NoteView.init)
    hasNotes = !notes.isEmpty
    latest = self.notes.last.map { [$0] } ?? []
    pending = input.document.pendingRequest(ofTaskAt: index).map { [PendingView($0)] } ?? []
    hasPending = !pending.isEmpty
    version = TaskVersion.of(input.document, taskAt: index)
    isOpen = task.state != .done && task.state != .cancelled
    canReport = isOpen && isLead
  }
}

// MARK: - Helpers

extension TaskCard {
  fileprivate static func state(_ task: TrackerTask) -> (String, String) {
    let stale = task.isStale ? "（已不在讲话中）" : ""
    switch task.state {
    case .open: return ("未开始" + stale, "open")
    case .inProgress: return ("进行中" + stale, "in-progress")
    case .done: return ("已完成" + stale, "done")
    case .postponed: return ("已延期" + stale, "postponed")
    case .cancelled: return ("已取消" + stale, "cancelled")
    }
  }

  fileprivate static func urgency(_ item: TrackerStatus.Item?) -> (String?, String) {
    guard let item else { return (nil, "") }
    switch item.urgency {
    case .overdue: return ("逾期 \(-(item.daysLeft ?? 0)) 天", "overdue")
    case .dueSoon:
      let days = item.daysLeft ?? 0
      return (days == 0 ? "今天到期" : "还剩 \(days) 天", "soon")
    case .onTrack: return (nil, "track")
    case .done: return (nil, "done")
    case .cancelled, .stale: return (nil, "")
    }
  }

  /// `speeches/000.txt:12` as `000.txt 第12行`: the file's name only, not the office's folders.
  fileprivate static func location(_ source: String?) -> String {
    guard let source, let colon = source.lastIndex(of: ":"),
      let line = Int(source[source.index(after: colon)...])
    else { return source ?? "" }
    let file = source[..<colon].split(separator: "/").last.map(String.init) ?? ""
    return "\(file) 第\(line)行"
  }
}

extension TaskCard: TemplateModel {
  static let fields: [String: PartialKeyPath<TaskCard> & Sendable] = [
    "id": \TaskCard.id,
    "text": \TaskCard.text,
    "department": \TaskCard.department,
    "roleLabel": \TaskCard.roleLabel,
    "isLead": \TaskCard.isLead,
    "stateLabel": \TaskCard.stateLabel,
    "stateClass": \TaskCard.stateClass,
    "due": \TaskCard.due,
    "hasDue": \TaskCard.hasDue,
    "originalDue": \TaskCard.originalDue,
    "wasPostponed": \TaskCard.wasPostponed,
    "urgencyLabel": \TaskCard.urgencyLabel,
    "urgencyClass": \TaskCard.urgencyClass,
    "owner": \TaskCard.owner,
    "leadPerson": \TaskCard.leadPerson,
    "source": \TaskCard.source,
    "location": \TaskCard.location,
    "notes": \TaskCard.notes,
    "hasNotes": \TaskCard.hasNotes,
    "latest": \TaskCard.latest,
    "pending": \TaskCard.pending,
    "hasPending": \TaskCard.hasPending,
    "version": \TaskCard.version,
    "isOpen": \TaskCard.isOpen,
    "canReport": \TaskCard.canReport,
  ]
}
