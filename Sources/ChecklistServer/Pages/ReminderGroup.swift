/// One department's part of the office's 催办 list: what is overdue and what falls due soon.
struct ReminderGroup: Sendable {
  let groupDepartment: String
  let groupPerson: String?
  let overdue: [TaskCard]
  let dueSoon: [TaskCard]
  let overdueCount: Int
  let dueSoonCount: Int
}

extension ReminderGroup: TemplateModel {
  static let fields: [String: PartialKeyPath<ReminderGroup> & Sendable] = [
    "groupDepartment": \ReminderGroup.groupDepartment,
    "groupPerson": \ReminderGroup.groupPerson,
    "overdue": \ReminderGroup.overdue,
    "dueSoon": \ReminderGroup.dueSoon,
    "overdueCount": \ReminderGroup.overdueCount,
    "dueSoonCount": \ReminderGroup.dueSoonCount,
  ]
}
