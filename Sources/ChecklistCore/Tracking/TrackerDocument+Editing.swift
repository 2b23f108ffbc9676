// MARK: - Creating

extension TrackerDocument {

  /// A new tracker for `directives`: a title, a comment explaining the checkboxes, then one
  /// `## ` section per department in order of first appearance, with the no-owner section last.
  ///
  /// - Parameters:
  ///   - directives: The directives to track.
  ///   - file: The path the tracker will have.
  ///   - title: The level-1 title.
  /// - Returns: The tracker.
  public static func new(directives: [Directive], file: String, title: String = "任务跟踪")
    -> TrackerDocument
  {
    var document = TrackerDocument(empty: file)
    let header = [
      "# \(title)",
      "",
      "<!-- checklist 任务跟踪表。[ ] 未开始 [/] 进行中 [x] 已完成 [>] 延期 [-] 取消；"
        + "任务下缩进的行是备注；id: 等字段的写法见 docs/TRACKER.md。 -->",
      "",
    ]
    document.lines = header.map { TrackerLine(text: $0, ending: .lf) }
    let ordered =
      directives.filter { heading(for: $0) != Wording.noSpecificOwner }
      + directives.filter { heading(for: $0) == Wording.noSpecificOwner }
    document.sync(with: ordered)
    return document
  }

  /// The department heading a directive's task goes under: its lead department, else its owner,
  /// else ``Wording/noSpecificOwner``.
  ///
  /// - Parameter directive: The directive.
  /// - Returns: The heading's title.
  public static func heading(for directive: Directive) -> String {
    directive.lead ?? directive.owner ?? Wording.noSpecificOwner
  }
}

// MARK: - Syncing

extension TrackerDocument {
  /// Brings the tracker up to date with what the speeches now produce.
  ///
  /// Tasks matched by id keep their state, notes and position; a stale task that reappears loses
  /// its stale marker. Tasks no longer produced are marked stale, never deleted (tasks without a
  /// `src:` field were added by hand and are left alone). New tasks go after the last task under
  /// their department heading, which is appended at the end when absent.
  ///
  /// - Parameter directives: Everything the speeches produce now.
  /// - Returns: What changed.
  @discardableResult
  public mutating func sync(with directives: [Directive]) -> SyncSummary {
    var summary = SyncSummary()
    let produced = Set(directives.map(\.id))
    var present: Set<String> = reservedIDs
    for index in lines.indices {
      guard let task = lines[index].task else { continue }
      present.insert(task.id)
      if produced.contains(task.id) {
        if task.isStale {
          replace(index, with: task.with(stale: false))
          summary.revived.append(task.id)
        } else {
          summary.kept += 1
        }
      } else if task.source != nil && !task.isStale {
        replace(index, with: task.with(stale: true))
        summary.markedStale.append(task.id)
      }
    }
    for directive in directives where !present.contains(directive.id) {
      present.insert(directive.id)
      guard case .task(let task) = TrackerTask.parse(TrackerTask.line(for: directive)) else {
        summary.rejected.append(directive.id)  // An id with characters a task id cannot hold.
        continue
      }
      insert(task, under: Self.heading(for: directive))
      summary.added.append(directive.id)
    }
    return summary
  }
}

// MARK: - Changing one task

extension TrackerDocument {
  /// Marks a task done on `date`: the checkbox becomes `[x]` and a `done:` field is set.
  ///
  /// A task that is already done is left as it is.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - date: The day it was done.
  /// - Returns: The task as it now is.
  /// - Throws: ``TrackerError/unknownID(prefix:file:)`` or
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)``, changing nothing.
  @discardableResult
  public mutating func markDone(_ prefix: String, on date: CalendarDate) throws(TrackerError)
    -> TrackerTask
  {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task else { preconditionFailure("lineIndex(ofTask:) found it") }
    guard task.state != .done else { return task }
    let edited = task.with(state: .done).with(field: "done", date.description)
    replace(index, with: edited)
    return edited
  }

  /// Reopens a task: the checkbox becomes `[ ]` and any `done:` field goes.
  ///
  /// `延期:` and `原因:` stay, so a reopened postponed task keeps its postponed day.
  ///
  /// - Parameter prefix: The task's id or a unique start of it.
  /// - Returns: The task as it now is.
  /// - Throws: ``TrackerError/unknownID(prefix:file:)`` or
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)``, changing nothing.
  @discardableResult
  public mutating func reopen(_ prefix: String) throws(TrackerError) -> TrackerTask {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task else { preconditionFailure("lineIndex(ofTask:) found it") }
    guard task.state != .open || task.completed != nil else { return task }
    let edited = task.with(state: .open).with(field: "done", nil)
    replace(index, with: edited)
    return edited
  }

  /// Postpones a task: the checkbox becomes `[>]`, with `延期:DATE 原因:REASON` fields.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - date: The new day.
  ///   - reason: Why; an empty reason removes the `原因:` field.
  /// - Returns: The task as it now is.
  /// - Throws: ``TrackerError/unknownID(prefix:file:)`` or
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)``, changing nothing.
  @discardableResult
  public mutating func postpone(_ prefix: String, to date: CalendarDate, reason: String)
    throws(TrackerError) -> TrackerTask
  {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task else { preconditionFailure("lineIndex(ofTask:) found it") }
    let trimmed = reason.trimmingWhitespace()
    let edited = task.with(field: "延期", date.description)
      .with(field: "原因", trimmed.isEmpty ? nil : trimmed)
      .with(state: .postponed)
    replace(index, with: edited)
    return edited
  }
}

// MARK: - Helpers

extension TrackerDocument {
  fileprivate init(empty file: String) {
    self.file = file
    self.encoding = .utf8
    self.lines = []
    self.warnings = []
    self.reservedIDs = []
    self.openBlockCloser = nil
  }

  fileprivate mutating func replace(_ index: Int, with task: TrackerTask) {
    lines[index] = TrackerLine(task: task, ending: lines[index].ending)
  }

  /// Inserts a new task line after the last task block under `## department`.
  fileprivate mutating func insert(_ task: TrackerTask, under department: String) {
    guard
      let heading = lines.firstIndex(where: {
        $0.heading.map { $0.level == 2 && $0.title == department } ?? false
      })
    else {
      let ending = ending(before: lines.endIndex)
      if let last = lines.indices.last, lines[last].ending == .none { lines[last].ending = ending }
      var block: [TrackerLine] = []
      if let closer = openBlockCloser {
        // The file ends inside a code block or comment; close it so the new section is seen.
        var line = TrackerLine(text: closer, ending: ending)
        line.isInsideBlock = true
        block.append(line)
        openBlockCloser = nil
      }
      if let last = block.last ?? lines.last, !last.isBlank {
        block.append(TrackerLine(text: "", ending: ending))
      }
      block.append(TrackerLine(text: "## \(MarkdownText.escaped(department))", ending: ending))
      block.append(TrackerLine(text: "", ending: ending))
      block.append(TrackerLine(task: task, ending: ending))
      lines += block
      return
    }
    let end =
      lines[(heading + 1)...].firstIndex { ($0.heading?.level ?? 7) <= 2 } ?? lines.endIndex
    var position: Int
    if let lastTask = lines[(heading + 1)..<end].lastIndex(where: { $0.task != nil }) {
      position = lastTask + 1
      while position < end, lines[position].isIndented { position += 1 }
    } else {
      position = heading + 1
      if position < end, lines[position].isBlank { position += 1 }
    }
    let ending = ending(before: position)
    if position > 0, lines[position - 1].ending == .none { lines[position - 1].ending = ending }
    lines.insert(TrackerLine(task: task, ending: ending), at: position)
  }

  /// The line break for lines inserted at `position`: that of the line before, so that a lone
  /// `\r` is never followed by an inserted empty line ending in `\n` (which would read back as
  /// one `\r\n`); the file's first line break when the line before has none.
  fileprivate func ending(before position: Int) -> LineEnding {
    guard position > 0, lines[position - 1].ending != .none else { return preferredEnding }
    return lines[position - 1].ending
  }
}
