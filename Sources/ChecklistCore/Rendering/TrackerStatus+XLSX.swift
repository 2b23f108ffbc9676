import Foundation

extension TrackerStatus {
  /// The columns of the 督办台账 (supervision ledger).
  public static let ledgerColumns: [XLSXTable.Column] = [
    .init("序号", width: 6),
    .init("工作任务", width: 50),
    .init("牵头单位", width: 16),
    .init("配合单位", width: 16),
    .init("完成时限", width: 12),
    .init("状态", width: 12),
    .init("延期至", width: 12),
    .init("延期原因", width: 20),
    .init("责任人", width: 14),
    .init("来源", width: 20),
    .init("备注", width: 16),
  ]

  /// The tracker as a 督办台账 sheet: one row per task, department by department, with its
  /// state, the day it was postponed to and why, filled red when overdue, yellow when due
  /// soon and green when done.
  ///
  /// - Parameter file: The tracker's path, for the title.
  /// - Returns: The sheet.
  public func ledger(file: String) -> XLSXTable {
    var rows: [XLSXTable.Row] = []
    for department in departments {
      for item in department.items {
        rows.append(Self.row(item, number: rows.count + 1, department: department.name))
      }
    }
    let name = (file as NSString).lastPathComponent
    return XLSXTable(
      name: "督办台账",
      title: "督办台账（\(name)，截至\(asOf.year)年\(asOf.month)月\(asOf.day)日）",
      columns: Self.ledgerColumns,
      rows: rows
    )
  }
}

// MARK: - Helpers

extension TrackerStatus {
  fileprivate static func row(_ item: Item, number: Int, department: String) -> XLSXTable.Row {
    let task = item.tracked.task
    let fill: XLSXTable.Fill =
      switch item.urgency {
      case .overdue: .overdue
      case .dueSoon: .dueSoon
      case .done: .done
      case .onTrack, .cancelled, .stale: .none
      }
    var notes: [String] = []
    if task.isStale { notes.append("已不在讲话中") }
    if let completed = task.completed { notes.append("完成于\(completed)") }
    if let every = task.every { notes.append("周期 \(every)") }
    let source = task.source.map { source -> String in
      // src:path:line → the file's name and line, without its folder.
      guard let colon = source.lastIndex(of: ":"),
        let line = Int(source[source.index(after: colon)...])
      else { return (source as NSString).lastPathComponent }
      return DocumentReader.reference(file: String(source[..<colon]), line: line)
    }
    return XLSXTable.Row(
      [
        .number(number),
        .text(task.text),
        .text(department),
        task.supports.isEmpty ? .empty : .text(task.supports.joined(separator: "、")),
        task.due.map { .date($0) } ?? .empty,
        .text(stateLabel(item)),
        task.postponedTo.map { .date($0) } ?? .empty,
        task.reason.map { .text($0) } ?? .empty,
        task.owner.map { .text($0) } ?? .empty,
        source.map { .text($0) } ?? .empty,
        notes.isEmpty ? .empty : .text(notes.joined(separator: "；")),
      ],
      fill: fill
    )
  }

  fileprivate static func stateLabel(_ item: Item) -> String {
    switch item.urgency {
    case .overdue: return "已逾期\(-(item.daysLeft ?? 0))天"
    case .dueSoon: return "即将到期"
    case .done: return "已完成"
    case .cancelled: return "已取消"
    case .stale: return "已不在讲话中"
    case .onTrack:
      switch item.tracked.task.state {
      case .inProgress: return "进行中"
      case .postponed: return "已延期"
      default: return "未完成"
      }
    }
  }
}
