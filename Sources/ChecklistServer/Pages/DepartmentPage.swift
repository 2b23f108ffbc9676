/// A department's page: only its own tasks (led or supported), each with the forms to report
/// on it.
struct DepartmentPage: Sendable {
  let header: PageHeader
  let department: String
  let contactPerson: String?
  let tasks: [TaskCard]
  let hasTasks: Bool
  let total: Int
  let done: Int
  let overdue: Int
  let dueSoon: Int
  let pendingCount: Int
  let today: String
}

extension DepartmentPage: TemplateModel {
  static let fields: [String: PartialKeyPath<DepartmentPage> & Sendable] = [
    "header": \DepartmentPage.header,
    "department": \DepartmentPage.department,
    "contactPerson": \DepartmentPage.contactPerson,
    "tasks": \DepartmentPage.tasks,
    "hasTasks": \DepartmentPage.hasTasks,
    "total": \DepartmentPage.total,
    "done": \DepartmentPage.done,
    "overdue": \DepartmentPage.overdue,
    "dueSoon": \DepartmentPage.dueSoon,
    "pendingCount": \DepartmentPage.pendingCount,
    "today": \DepartmentPage.today,
  ]
}
