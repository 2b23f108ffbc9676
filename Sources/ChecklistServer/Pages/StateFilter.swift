import ChecklistCore

/// The states the office's task list can be filtered by.
enum StateFilter: String, Sendable, CaseIterable {
  case all
  case open
  case inProgress = "in-progress"
  case pending
  case postponed
  case done
  case cancelled
  case overdue
  case dueSoon = "due-soon"

  var label: String {
    switch self {
    case .all: return "全部状态"
    case .open: return "未开始"
    case .inProgress: return "进行中"
    case .pending: return "待确认"
    case .postponed: return "已延期"
    case .done: return "已完成"
    case .cancelled: return "已取消"
    case .overdue: return "已逾期"
    case .dueSoon: return "即将到期"
    }
  }

  /// Whether a task, with its urgency and open report, passes the filter.
  func matches(_ task: TrackerTask, urgency: TrackerStatus.Urgency?, hasPending: Bool) -> Bool {
    switch self {
    case .all: return true
    case .open: return task.state == .open
    case .inProgress: return task.state == .inProgress
    case .pending: return hasPending
    case .postponed: return task.state == .postponed
    case .done: return task.state == .done
    case .cancelled: return task.state == .cancelled
    case .overdue: return urgency == .overdue
    case .dueSoon: return urgency == .dueSoon
    }
  }
}
