/// Writes a tracker in the todo.txt format (github.com/todotxt/todo.txt), one task per line.
///
/// A done task starts with `x` and its completion date; a pending one gets priority `(A)` when
/// overdue and `(B)` when due soon. Every lead and supporting department becomes a `+project`
/// (none for 无具体责任单位), the action type a
/// `@context`, and `due:` (the effective due day) and `id:` are key:value tags. Cancelled and stale
/// tasks are left out.
public enum TodoTxt {
  /// The todo.txt text for `document`, a line break after every line.
  ///
  /// - Parameters:
  ///   - document: The tracker.
  ///   - asOf: The day priorities are worked out for.
  ///   - warningDays: How many days ahead count as due soon.
  /// - Returns: The text.
  public static func export(_ document: TrackerDocument, asOf: CalendarDate, warningDays: Int = 3)
    -> String
  {
    let status = TrackerStatus(document: document, asOf: asOf, warningDays: warningDays)
    var output = ""
    for item in status.items {
      guard let line = line(for: item) else { continue }
      output += line + "\n"
    }
    return output
  }

  /// The todo.txt line for one task, or `nil` for a cancelled or stale one.
  ///
  /// - Parameter item: The task and its urgency.
  /// - Returns: The line without a line break.
  public static func line(for item: TrackerStatus.Item) -> String? {
    let task = item.tracked.task
    var parts: [String] = []
    switch item.urgency {
    case .cancelled, .stale:
      return nil
    case .done:
      parts.append("x")
      if let completed = task.completed { parts.append(completed.description) }
    case .overdue:
      parts.append("(A)")
    case .dueSoon:
      parts.append("(B)")
    case .onTrack:
      break
    }
    parts.append(task.text.isEmpty ? "（无文本）" : oneLine(task.text))
    let placeholders = TrackerStatus.placeholderNames
    for department in item.tracked.leads + item.tracked.supports
    where !placeholders.contains(department) {
      parts.append("+\(tag(department))")
    }
    if let action = task.action { parts.append("@\(tag(action))") }
    if let due = task.effectiveDue { parts.append("due:\(due)") }
    parts.append("id:\(task.id)")
    return parts.joined(separator: " ")
  }
}

// MARK: - Helpers

extension TodoTxt {
  fileprivate static func tag(_ value: String) -> String {
    String(value.map { $0.isWhitespace ? "_" : $0 })
  }

  /// The text with line breaks as spaces.
  fileprivate static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
