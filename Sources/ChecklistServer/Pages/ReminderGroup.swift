/// One department's part of the office's 催办 list: what is overdue and what falls due soon.
struct ReminderGroup: Sendable {
  let groupDepartment: String
  let groupPerson: String?
  let overdue: [TaskCard]
  let dueSoon: [TaskCard]
  let overdueCount: Int
  let dueSoonCount: Int
}
