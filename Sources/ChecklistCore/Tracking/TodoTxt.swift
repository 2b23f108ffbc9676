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
    parts.append(task.text.isEmpty ? "（无文本）" : neutralised(task.text))
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

}

// MARK: - Escaping

extension TodoTxt {
  /// A task's text made inert for todo.txt: nothing in it can be read as a completion mark,
  /// a priority, a date, a `+project`, an `@context` or a `key:value` tag.
  ///
  /// Line breaks and other spaces become plain spaces. Where a word would be syntax, one
  /// character is swapped for its look-alike: `ｘ` for a leading `x`, `（A）` for a leading
  /// priority, `‑` (U+2011) for the hyphens of a leading date, `＋` and `＠` for the sign of a
  /// project or context, `：` for the colon of a tag (as the tracker writes `id：`).
  ///
  /// - Parameter text: The task's text.
  /// - Returns: The text as the export writes it.
  public static func neutralised(_ text: String) -> String {
    // Words are cut at U+0020 as a client cuts them, scalar by scalar: a combining or prepended
    // mark next to a space must not hide a word boundary from the checks below.
    let spaced = String.UnicodeScalarView(
      text.unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }
    )
    var words = spaced.split(separator: " ", omittingEmptySubsequences: false)
      .map { String(String.UnicodeScalarView($0)) }
    var leading = true
    for index in words.indices {
      var word = words[index]
      if leading && !word.isEmpty {
        if word == "x" {
          word = "ｘ"
        } else if isPriority(word) {
          word =
            "（" + String(String.UnicodeScalarView(word.unicodeScalars.dropFirst().dropLast())) + "）"
        } else if isDate(word) {
          word = word.replacingOccurrences(of: "-", with: "\u{2011}")
        } else {
          leading = false
        }
      }
      let scalars = word.unicodeScalars
      if scalars.count > 1, let sign = scalars.first, sign == "+" || sign == "@" {
        word = (sign == "+" ? "＋" : "＠") + String(String.UnicodeScalarView(scalars.dropFirst()))
      }
      if let colon = word.unicodeScalars.firstIndex(of: ":"),
        colon > word.unicodeScalars.startIndex,
        word.unicodeScalars.index(after: colon) < word.unicodeScalars.endIndex
      {
        word = String(
          String.UnicodeScalarView(word.unicodeScalars.map { $0 == ":" ? "：" : $0 })
        )
      }
      words[index] = word
    }
    return words.joined(separator: " ")
  }

  fileprivate static func isPriority(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    return scalars.count == 3 && scalars[0] == "(" && scalars[2] == ")"
      && ("A"..."Z").contains(scalars[1])
  }

  fileprivate static func isDate(_ word: String) -> Bool {
    let parts = word.unicodeScalars.split(separator: "-", omittingEmptySubsequences: false)
    return parts.map(\.count) == [4, 2, 2]
      && parts.allSatisfy { $0.allSatisfy { ("0"..."9").contains($0) } }
  }
}
