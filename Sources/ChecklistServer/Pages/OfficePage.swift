import ChecklistCore

/// The office's page: the live report (cards, bars, overdue table), the tasks filtered by
/// department and state, the 催办 list, and the reports waiting for a decision.
struct OfficePage: Sendable {
  let header: PageHeader
  let report: TrackerReport
  let departmentOptions: [FilterOption]
  let stateOptions: [FilterOption]
  let rows: [TaskCard]
  let rowCount: Int
  let hasRows: Bool
  let reminders: [ReminderGroup]
  let hasReminders: Bool
  let pending: [TaskCard]
  let pendingCount: Int
  let hasPending: Bool
  let warningDays: Int
}

extension OfficePage: TemplateModel {
  static let fields: [String: PartialKeyPath<OfficePage> & Sendable] = [
    "header": \OfficePage.header,
    "report": \OfficePage.report,
    "departmentOptions": \OfficePage.departmentOptions,
    "stateOptions": \OfficePage.stateOptions,
    "rows": \OfficePage.rows,
    "rowCount": \OfficePage.rowCount,
    "hasRows": \OfficePage.hasRows,
    "reminders": \OfficePage.reminders,
    "hasReminders": \OfficePage.hasReminders,
    "pending": \OfficePage.pending,
    "pendingCount": \OfficePage.pendingCount,
    "hasPending": \OfficePage.hasPending,
    "warningDays": \OfficePage.warningDays,
  ]
}
