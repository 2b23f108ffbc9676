extension ChecklistBook {
  /// The columns of the decomposition table, in the .xlsx and the CSV alike.
  public static let tableColumns: [XLSXTable.Column] = [
    .init("序号", width: 6),
    .init("工作任务", width: 56),
    .init("牵头单位", width: 16),
    .init("配合单位", width: 18),
    .init("完成时限", width: 12),
    .init("时限要求", width: 16),
    .init("责任人", width: 16),
    .init("来源", width: 22),
    .init("备注", width: 12),
  ]

  /// The decomposition table as workbook sheets: every task on the first sheet (`任务分解表`),
  /// then one sheet per department with its tasks (as lead or support).
  ///
  /// - Parameter heading: What the title rows say of the speeches.
  /// - Returns: The sheets.
  public func xlsxTables(heading: SpeechHeading) -> [XLSXTable] {
    var tables = [
      XLSXTable(
        name: "任务分解表",
        title: heading.tableTitle,
        columns: Self.tableColumns,
        rows: table.map { Self.row($0, note: nil) }
      )
    ]
    for section in sections {
      tables.append(
        XLSXTable(
          name: section.department,
          title: "\(heading.tableTitle)　\(section.department)（\(section.taskCount)项）",
          columns: Self.tableColumns,
          rows: section.tasks.map { Self.row($0, note: $0.role == "配合" ? "配合" : nil) }
        )
      )
    }
    return tables
  }

  private static func row(_ task: Task, note: String?) -> XLSXTable.Row {
    XLSXTable.Row([
      .number(task.number),
      .text(task.text),
      .text(task.lead ?? Wording.noSpecificOwner),
      task.supports.map { .text($0) } ?? .empty,
      task.due.map { .date($0) } ?? .empty,
      task.deadlinePhrase.map { .text($0) } ?? .empty,
      task.owner.map { .text($0) } ?? .empty,
      .text(task.reference),
      note.map { .text($0) } ?? .empty,
    ])
  }
}
