import Foundation

/// One task line of a tracker, parsed, together with the exact text it was parsed from.
///
/// A task line is `- [S] TEXT id:ID FIELD…` at the start of a line: a checkbox, the task's text,
/// then space-separated `key:value` fields starting with `id:` (see `docs/TRACKER.md`). Editing a
/// task edits ``line`` in place (the checkbox character, one field) so that everything else the
/// user wrote on the line survives byte for byte.
public struct TrackerTask: Sendable, Hashable {
  /// The checkbox state.
  public private(set) var state: TaskState
  /// The task's text: everything between the checkbox and the `id:` field, read as Markdown
  /// (the backslashes and entities ``MarkdownText`` writes are undone).
  public private(set) var text: String
  /// The task's id (`id:`), which ties it to a directive.
  public private(set) var id: String
  /// The day it falls due (`due:`).
  public private(set) var due: CalendarDate?
  /// The cadence of recurring work (`every:`), an ISO 8601 duration such as `P1D`.
  public private(set) var every: String?
  /// The answerable person or post (`owner:`).
  public private(set) var owner: String?
  /// The action type id (`act:`).
  public private(set) var action: String?
  /// Lead departments besides the one whose heading the task stands under (`lead:`,
  /// comma-separated): the task counts, lists and reports under each of them too.
  public private(set) var coLeads: [String]
  /// The departments that support the lead (`with:`, comma-separated); they see the task as 配合.
  public private(set) var supports: [String]
  /// Where the directive stands in the speech (`src:file:line`); tasks without one were added
  /// by hand and are never marked stale by a sync.
  public private(set) var source: String?
  /// The day it was marked done (`done:`).
  public private(set) var completed: CalendarDate?
  /// The day it was postponed to (`延期:`).
  public private(set) var postponedTo: CalendarDate?
  /// Why it was postponed (`原因:`, which runs to the end of the line).
  public private(set) var reason: String?
  /// The day the postponement was made (`postponed:`), written by `checklist postpone`.
  public private(set) var postponedOn: CalendarDate?
  /// Whether the last sync no longer found it in the speeches (`(已不在讲话中)`).
  public private(set) var isStale: Bool
  /// The day a sync first no longer found it (`stale:`), when the sync was given a day.
  public private(set) var staleSince: CalendarDate?
  /// The line as it stands in the file, without its line break.
  public private(set) var line: String

  /// The day that counts for deadlines: the postponed day if there is one, else the due day.
  public var effectiveDue: CalendarDate? { postponedTo ?? due }

  /// What ``parse(_:)`` makes of a line.
  public enum ParseResult: Sendable, Hashable {
    /// The line is not a task line at all.
    case notATask
    /// A well-formed task.
    case task(TrackerTask)
    /// The line looks like a task but breaks the format; `id` is its `id:` value when it has one.
    case malformed(problem: String, id: String?)
  }

  /// The marker written for a task that a sync no longer found.
  public static let staleMarker = "(已不在讲话中)"

  /// Parses one line (without its line break).
  ///
  /// - Parameter line: The line.
  /// - Returns: Whether it is a task, and the task or the problem.
  public static func parse(_ line: String) -> ParseResult {
    let head = Array(line.prefix(6))
    guard head.count >= 5, head[0] == "-" || head[0] == "*", isSpace(head[1]), head[2] == "[",
      head[4] == "]", head.count == 5 || isSpace(head[5])
    else { return .notATask }
    let tokens = Self.tokens(of: line)
    let idToken = tokens.firstIndex { $0.key == "id" && isValidID($0.value) }
    let anyID = idToken.map { tokens[$0].value }
    guard let state = TaskState(marker: head[3]) else {
      return .malformed(
        problem: "unknown checkbox '[\(head[3])]'; use [ ], [/], [x], [>] or [-]",
        id: anyID
      )
    }
    guard let idToken else {
      // An id glued to the word before it is the person's id all the same: reserve it.
      let glued = tokens.lazy.compactMap { token -> String? in
        let word = line[token.range]
        guard let range = word.range(of: "id:", options: .backwards) else { return nil }
        let value = String(word[range.upperBound...])
        return range.lowerBound > word.startIndex && isValidID(value) ? value : nil
      }.first
      if let glued {
        return .malformed(
          problem:
            "task line has no 'id:' field, so it is not tracked; 'id:\(glued)' needs a space before it",
          id: glued
        )
      }
      return .malformed(
        problem: "task line has no 'id:' field, so it is not tracked; add one such as id:my-task-1",
        id: nil
      )
    }
    let bodyStart =
      line.index(line.startIndex, offsetBy: 6, limitedBy: line.endIndex) ?? line.endIndex
    let textEnd = tokens[idToken].range.lowerBound
    var task = TrackerTask(
      state: state,
      text: MarkdownText.unescaped(
        String(line[bodyStart..<max(bodyStart, textEnd)]).trimmingWhitespace()
      ),
      id: tokens[idToken].value,
      due: nil,
      every: nil,
      owner: nil,
      action: nil,
      coLeads: [],
      supports: [],
      source: nil,
      completed: nil,
      postponedTo: nil,
      reason: nil,
      postponedOn: nil,
      isStale: false,
      staleSince: nil,
      line: line
    )
    var seen: Set<String> = []
    for token in tokens[idToken...].dropFirst() {
      if token.key == nil {
        guard token.value == staleMarker else {
          return .malformed(
            problem: "unexpected '\(token.value)' after the id; fields are written key:value",
            id: task.id
          )
        }
        task.isStale = true
        continue
      }
      guard let key = token.key else { continue }
      guard seen.insert(key).inserted else {
        return .malformed(problem: "field '\(key):' appears twice", id: task.id)
      }
      switch key {
      case "id":
        return .malformed(problem: "field 'id:' appears twice", id: task.id)
      case "due", "done", "延期", "postponed", "stale":
        guard let date = CalendarDate(iso: token.value) else {
          return .malformed(
            problem: "'\(key):\(token.value)' is not a real day written YYYY-MM-DD",
            id: task.id
          )
        }
        switch key {
        case "due": task.due = date
        case "done": task.completed = date
        case "延期": task.postponedTo = date
        case "postponed": task.postponedOn = date
        default: task.staleSince = date
        }
      case "every": task.every = token.value
      case "owner": task.owner = token.value
      case "act": task.action = token.value
      case "lead": task.coLeads = Self.names(token.value)
      case "with": task.supports = Self.names(token.value)
      case "src": task.source = token.value
      case "原因": task.reason = token.value
      default: break  // Unknown fields are the user's; they are kept and ignored.
      }
    }
    if task.state == .postponed && task.postponedTo == nil {
      return .malformed(
        problem: "postponed task '[>]' needs a '延期:YYYY-MM-DD' field",
        id: task.id
      )
    }
    return .task(task)
  }

  /// Whether `value` can be a task id: ASCII letters, digits, `-` and `_`.
  ///
  /// - Parameter value: The candidate.
  /// - Returns: `true` for a valid id.
  public static func isValidID(_ value: String) -> Bool {
    !value.isEmpty
      && value.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
          || $0 == "-" || $0 == "_"
      }
  }

  /// The line a new task for `directive` gets.
  ///
  /// - Parameter directive: The directive.
  /// - Returns: `- [ ] TEXT id:ID` followed by the fields the directive has values for.
  public static func line(for directive: Directive) -> String {
    var line = "- [ ] \(textValue(directive.text)) id:\(directive.id)"
    if let due = directive.deadline?.due { line += " due:\(due)" }
    if let every = directive.deadline?.every { line += " every:\(fieldValue(every))" }
    if let owner = directive.owner { line += " owner:\(fieldValue(owner))" }
    if let action = directive.action { line += " act:\(fieldValue(action))" }
    let coLeads = coLeads(of: directive)
    if !coLeads.isEmpty { line += " lead:\(fieldValue(coLeads.joined(separator: ",")))" }
    if !directive.supports.isEmpty {
      line += " with:\(fieldValue(directive.supports.joined(separator: ",")))"
    }
    line += " src:\(source(of: directive))"
    return line
  }

  /// The `src:` value for `directive`: its file as a field writes it, a colon, its line.
  static func source(of directive: Directive) -> String {
    "\(sourceFile(of: directive)):\(directive.line)"
  }

  /// The file part of the `src:` value for `directive`.
  static func sourceFile(of directive: Directive) -> String {
    fieldValue(directive.file)
  }

  /// The lead departments of `directive` besides the one its task is filed under
  /// (``TrackerDocument/heading(for:)``), in the directive's order.
  ///
  /// - Parameter directive: The directive.
  /// - Returns: The other leads, without repeats.
  public static func coLeads(of directive: Directive) -> [String] {
    let heading = TrackerDocument.heading(for: directive)
    var seen: Set<String> = [heading]
    return directive.departments.filter { $0.role == .lead }.map(\.name)
      .filter { seen.insert($0).inserted }
  }

  /// The `key:value` fields after the id, by key; the stale marker is ``isStale``.
  var fieldValues: [String: String] {
    let tokens = Self.tokens(of: line)
    guard let idIndex = tokens.firstIndex(where: { $0.key == "id" && Self.isValidID($0.value) })
    else { return [:] }
    var fields: [String: String] = [:]
    for token in tokens[idIndex...].dropFirst() {
      if let key = token.key { fields[key] = token.value }
    }
    return fields
  }

  // MARK: - Editing

  /// The task with another checkbox state; only the checkbox character changes.
  ///
  /// Setting `.postponed` needs a `延期:` field first, or the line would not parse.
  func with(state: TaskState) -> TrackerTask {
    var characters = Array(line)
    characters[3] = state.marker
    return Self.reparsed(String(characters))
  }

  /// The task with one field set, replaced or removed; the rest of the line is untouched.
  ///
  /// A new field goes at the end of the line, or before `原因:`, which must stay last.
  ///
  /// - Parameters:
  ///   - key: The field's key, such as `done` or `延期`.
  ///   - value: The new value, or `nil` to remove the field. White space becomes `_` except in
  ///     `原因:`, where line breaks become spaces.
  /// - Returns: The edited task.
  func with(field key: String, _ value: String?) -> TrackerTask {
    let written = value.map { key == "原因" ? Self.reasonValue($0) : Self.fieldValue($0) }
    let tokens = Self.tokens(of: line)
    let idIndex = tokens.firstIndex { $0.key == "id" && Self.isValidID($0.value) } ?? 0
    let fields = tokens[idIndex...]
    var edited = line
    if let existing = fields.first(where: { $0.key == key }) {
      if let written {
        edited.replaceSubrange(existing.range, with: "\(key):\(written)")
      } else {
        edited.removeSubrange(Self.rangeWithLeadingSpace(existing.range, in: line))
      }
    } else if let written {
      edited = Self.inserting("\(key):\(written)", into: line, fields: fields)
    }
    return Self.reparsed(edited)
  }

  /// The task with the stale marker added or removed.
  ///
  /// - Parameters:
  ///   - stale: Whether the task is stale.
  ///   - since: The day of the sync that marks it, written as `stale:` when given; unmarking
  ///     removes any `stale:` field.
  /// - Returns: The edited task.
  func with(stale: Bool, since: CalendarDate? = nil) -> TrackerTask {
    guard stale != isStale else { return self }
    let tokens = Self.tokens(of: line)
    let idIndex = tokens.firstIndex { $0.key == "id" && Self.isValidID($0.value) } ?? 0
    let fields = tokens[idIndex...]
    if stale {
      let marked = Self.reparsed(Self.inserting(Self.staleMarker, into: line, fields: fields))
      return since.map { marked.with(field: "stale", $0.description) } ?? marked
    }
    var edited = line
    for token in fields.reversed() where token.key == nil && token.value == Self.staleMarker {
      edited.removeSubrange(Self.rangeWithLeadingSpace(token.range, in: line))
    }
    return Self.reparsed(edited).with(field: "stale", nil)
  }

  /// The task with another text; the checkbox and every field stay as they are.
  ///
  /// - Parameter newText: The new text; line breaks become spaces, and an ` id:` in it is
  ///   written with a full-width colon.
  /// - Returns: The edited task.
  func with(text newText: String) -> TrackerTask {
    let tokens = Self.tokens(of: line)
    guard let idToken = tokens.first(where: { $0.key == "id" && Self.isValidID($0.value) }),
      let start = line.index(line.startIndex, offsetBy: 6, limitedBy: line.endIndex),
      start <= idToken.range.lowerBound
    else { return self }
    var edited = line
    edited.replaceSubrange(start..<idToken.range.lowerBound, with: Self.textValue(newText) + " ")
    return Self.reparsed(edited)
  }
}

// MARK: - Helpers

extension TrackerTask {
  /// One space-separated word of a task line, split into key and value when it has a colon.
  fileprivate struct Token {
    var range: Range<String.Index>
    var key: String?
    var value: String
  }

  fileprivate static func tokens(of line: String) -> [Token] {
    var tokens: [Token] = []
    var index = line.startIndex
    var afterID = false
    while index < line.endIndex {
      guard !isSpace(line[index]) else {
        index = line.index(after: index)
        continue
      }
      let end = line[index...].firstIndex(where: isSpace) ?? line.endIndex
      let word = line[index..<end]
      var token = Token(range: index..<end, key: nil, value: String(word))
      if let colon = word.firstIndex(of: ":"), colon > word.startIndex {
        let key = String(word[..<colon])
        if afterID && key == "原因" {
          // The reason runs to the end of the line and may hold spaces.
          let valueStart = line.index(after: colon)
          var restEnd = line.endIndex
          while restEnd > valueStart, line[line.index(before: restEnd)].isWhitespace {
            restEnd = line.index(before: restEnd)
          }
          token = Token(
            range: index..<restEnd,
            key: key,
            value: String(line[valueStart..<restEnd]).trimmingWhitespace()
          )
          tokens.append(token)
          break
        }
        token.key = key
        token.value = String(word[word.index(after: colon)...])
        if key == "id" && isValidID(token.value) { afterID = true }
      }
      tokens.append(token)
      index = end
    }
    return tokens
  }

  fileprivate static func inserting(_ field: String, into line: String, fields: ArraySlice<Token>)
    -> String
  {
    var edited = line
    if let reason = fields.first(where: { $0.key == "原因" }) {
      edited.insert(contentsOf: "\(field) ", at: reason.range.lowerBound)
    } else {
      let end = fields.last?.range.upperBound ?? line.endIndex
      edited.insert(contentsOf: " \(field)", at: end)
    }
    return edited
  }

  fileprivate static func rangeWithLeadingSpace(_ range: Range<String.Index>, in line: String)
    -> Range<String.Index>
  {
    guard range.lowerBound > line.startIndex else { return range }
    let before = line.index(before: range.lowerBound)
    return isSpace(line[before]) ? before..<range.upperBound : range
  }

  fileprivate static func reparsed(_ line: String) -> TrackerTask {
    guard case .task(let task) = parse(line) else {
      preconditionFailure("an edit made an invalid task line: \(line)")
    }
    return task
  }

  /// The names of a comma-separated field (`lead:`, `with:`); the full-width and the
  /// enumeration comma (，、) separate too, as a clerk may type them.
  fileprivate static func names(_ value: String) -> [String] {
    value.split { $0 == "," || $0 == "，" || $0 == "、" }.map(String.init)
  }

  /// A directive's text as a task line holds it: one line, trimmed, never empty, escaped as
  /// Markdown (``MarkdownText``) so that no viewer renders it as markup, and with the colon of
  /// an `id:` word written full-width so that it is not read as the task's id.
  fileprivate static func textValue(_ value: String) -> String {
    let text = value.map { $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) }
      .trimmingWhitespace()
    return text.isEmpty ? "（无文本）" : withoutIDFields(MarkdownText.escaped(text))
  }

  fileprivate static func fieldValue(_ value: String) -> String {
    String(value.map { $0.isWhitespace ? "_" : $0 })
  }

  fileprivate static func reasonValue(_ value: String) -> String {
    String(value.map { $0.isNewline ? " " : $0 }).trimmingWhitespace()
  }
}
