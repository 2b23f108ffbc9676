import ChecklistCore

/// Makes the page models from the tracker as it is now.
struct PageBuilder: Sendable {
  let configuration: ServerConfiguration
  let document: TrackerDocument

  private var today: CalendarDate { configuration.today() }

  private var status: TrackerStatus {
    TrackerStatus(document: document, asOf: today, warningDays: configuration.warningDays)
  }

  /// The page of `department`: every task it leads or supports, in file order.
  func departmentPage(_ department: String, header: PageHeader, onlyTask id: String? = nil)
    -> DepartmentPage
  {
    let items = itemsByID(status)
    var cards: [TaskCard] = []
    for tracked in document.tasks where id == nil || tracked.task.id == id {
      guard let role = DepartmentRole.of(department, in: tracked) else { continue }
      cards.append(card(tracked, item: items[tracked.task.id], role: role))
    }
    let counted = cards.filter { $0.stateClass != "cancelled" }
    return DepartmentPage(
      header: header,
      department: department,
      contactPerson: configuration.people[department],
      tasks: cards,
      hasTasks: !cards.isEmpty,
      total: counted.count,
      done: counted.count { $0.stateClass == "done" },
      overdue: cards.count { $0.urgencyClass == "overdue" },
      dueSoon: cards.count { $0.urgencyClass == "soon" },
      pendingCount: cards.count { $0.hasPending },
      today: today.description
    )
  }

  /// The office's page, its task list filtered by `department` (any when empty) and `state`.
  func officePage(header: PageHeader, department: String, state: StateFilter) -> OfficePage {
    let status = status
    let items = itemsByID(status)
    let report = TrackerReport(
      status: status,
      file: configuration.trackerPath.split(separator: "/").last.map(String.init) ?? "",
      title: "任务进度"
    )
    var rows: [TaskCard] = []
    var pending: [TaskCard] = []
    for tracked in document.tasks {
      let item = items[tracked.task.id]
      let card = card(tracked, item: item, role: nil)
      if card.hasPending { pending.append(card) }
      if !department.isEmpty, DepartmentRole.of(department, in: tracked) == nil { continue }
      if state.matches(tracked.task, urgency: item?.urgency, hasPending: card.hasPending) {
        rows.append(card)
      }
    }
    let names = status.departments.map(\.name)
    let reminders = reminderGroups(status)
    return OfficePage(
      header: header,
      report: report,
      departmentOptions: [FilterOption(value: "", label: "全部部门", selected: department.isEmpty)]
        + names.map { FilterOption(value: $0, label: $0, selected: $0 == department) },
      stateOptions: StateFilter.allCases.map {
        FilterOption(value: $0.rawValue, label: $0.label, selected: $0 == state)
      },
      rows: rows,
      rowCount: rows.count,
      hasRows: !rows.isEmpty,
      reminders: reminders,
      hasReminders: !reminders.isEmpty,
      pending: pending,
      pendingCount: pending.count,
      hasPending: !pending.isEmpty,
      warningDays: configuration.warningDays
    )
  }

  /// The task with `id` as a card, for a message page.
  func card(id: String, role: DepartmentRole?) -> TaskCard? {
    guard let tracked = document.tasks.first(where: { $0.task.id == id }) else { return nil }
    return card(tracked, item: itemsByID(status)[id], role: role)
  }
}

// MARK: - Helpers

extension PageBuilder {
  fileprivate func itemsByID(_ status: TrackerStatus) -> [String: TrackerStatus.Item] {
    var items: [String: TrackerStatus.Item] = [:]
    for item in status.overall.items { items[item.tracked.task.id] = item }
    return items
  }

  fileprivate func card(_ tracked: TrackedTask, item: TrackerStatus.Item?, role: DepartmentRole?)
    -> TaskCard
  {
    TaskCard(
      TaskCard.Input(
        tracked: tracked,
        item: item,
        document: document,
        role: role,
        sources: configuration.sources,
        people: configuration.people
      )
    )
  }

  /// Per department, the overdue tasks (most overdue first) and those due soon (soonest first).
  fileprivate func reminderGroups(_ status: TrackerStatus) -> [ReminderGroup] {
    status.departments.compactMap { summary in
      let late = summary.items.filter { $0.urgency == .overdue }
        .sorted { ($0.daysLeft ?? 0) < ($1.daysLeft ?? 0) }
      let soon = summary.items.filter { $0.urgency == .dueSoon }
        .sorted { ($0.daysLeft ?? 0) < ($1.daysLeft ?? 0) }
      guard !late.isEmpty || !soon.isEmpty else { return nil }
      return ReminderGroup(
        groupDepartment: summary.name,
        groupPerson: configuration.people[summary.name],
        overdue: late.map { card($0.tracked, item: $0, role: nil) },
        dueSoon: soon.map { card($0.tracked, item: $0, role: nil) },
        overdueCount: late.count,
        dueSoonCount: soon.count
      )
    }
  }
}
