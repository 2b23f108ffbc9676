/// Reads a plan's task table (任务分工表) as the Word reader writes it, a row per line and its
/// cells joined by a tab.
///
/// Under a header row that names a task column (工作任务, 重点任务) and a column of a
/// responsibility label (牵头单位, 责任单位, 配合单位), each row is written back as its task
/// followed by its responsibility note in brackets, the cells under the labels after their
/// header's words: `1	开展燃气隐患排查	县住建局	县市场监管局	6月底前` becomes
/// `1.开展燃气隐患排查。（牵头单位：县住建局；配合单位：县市场监管局；完成时限：6月底前）`, which
/// the extractor reads as it reads a note a plan writes out. A line without a tab ends the table.
struct TaskTableReader: Sendable {
  let lexicon: Lexicon

  /// The speech with the rows of its task tables written as tasks with their notes.
  ///
  /// - Parameter speech: A speech.
  /// - Returns: The same speech when it holds no task table.
  func rewritten(_ speech: Speech) -> Speech {
    guard speech.lines.contains(where: { $0.text.contains(Self.cellBreak) }) else { return speech }
    var result = speech
    var header: Header?
    for (index, line) in speech.lines.enumerated() {
      guard line.text.contains(Self.cellBreak) else {
        header = nil
        continue
      }
      let cells = Self.cells(of: line.text)
      if let found = self.header(cells) {
        header = found
      } else if let header, let row = header.row(cells) {
        result.lines[index].text = row
      }
    }
    return result
  }

  // MARK: - Header

  /// The columns a header row names.
  private struct Header {
    /// The column of the item's number (序号), if any.
    var number: Int?
    /// The column of the task.
    var task: Int
    /// The columns of the note, each with its header's label (牵头单位, 完成时限).
    var labelled: [(column: Int, label: String)]

    /// A row written as its task and note, or `nil` when it has no task.
    func row(_ cells: [String]) -> String? {
      guard task < cells.count, cells[task].unicodeScalars.contains(where: \.isHan) else {
        return nil
      }
      var text = cells[task]
      if let last = text.unicodeScalars.last, !Punctuation.isSentenceStop(last) {
        text += "。"
      }
      if let number, number < cells.count,
        !cells[number].isEmpty,
        cells[number].unicodeScalars.allSatisfy(Numerals.arabicDigits.contains)
      {
        text = cells[number] + "." + text
      }
      let parts = labelled.compactMap { column, label -> String? in
        guard column < cells.count, !cells[column].isEmpty else { return nil }
        return label + "：" + cells[column]
      }
      guard !parts.isEmpty else { return text }
      return text + "（" + parts.joined(separator: "；") + "）"
    }
  }

  /// The header a row of cells makes: a task column and at least one responsibility column.
  private func header(_ cells: [String]) -> Header? {
    var number: Int?
    var task: Int?
    var labelled: [(column: Int, label: String)] = []
    var names = false
    for (column, cell) in cells.enumerated() {
      let scalars = Array(cell.unicodeScalars)
      if let label = label(
        at: scalars,
        in: [lexicon.leadLabels, lexicon.responsibleLabels, lexicon.supportLabels]
      ) {
        labelled.append((column, label))
        names = true
      } else if let label = label(at: scalars, in: [lexicon.limitLabels]) {
        labelled.append((column, label))
      } else if task == nil, !lexicon.taskLabels.matches(in: scalars).isEmpty {
        task = column
      } else if lexicon.numberLabels.contains(cell) {
        number = column
      }
    }
    guard let task, names else { return nil }
    return Header(number: number, task: task, labelled: labelled)
  }

  /// The label a header cell opens with, from any of `lists`, the longest.
  private func label(at scalars: Scalars, in lists: [PhraseMatcher<Void>]) -> String? {
    let length = lists.flatMap { $0.matches(in: scalars) }.filter { $0.start == 0 }
      .map(\.length).max()
    return length.map { scalars.string(0..<$0) }
  }

  private static func cells(of text: String) -> [String] {
    text.split(separator: cellBreak, omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace()
    }
  }

  /// What joins the cells of a row.
  private static let cellBreak: Character = "\t"
}
