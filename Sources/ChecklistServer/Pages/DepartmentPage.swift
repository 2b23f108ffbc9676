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
