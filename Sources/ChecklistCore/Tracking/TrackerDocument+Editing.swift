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
  /// its stale marker. A directive that no task has by id but that is recognisably a task's
  /// directive reworded or re-dated (same file, nearby line, similar text: ``DirectiveMatcher``)
  /// updates that task's text, `due:` and `src:` in place, and the task keeps its id, state,
  /// owner, fields and notes. Tasks with no counterpart are marked stale, never deleted (tasks
  /// without a `src:` field were added by hand and are left alone). New tasks go after the last
  /// task under their department heading, which is appended at the end when absent.
  ///
  /// The work is linear in the size of the tracker and the number of directives.
  ///
  /// - Parameters:
  ///   - directives: Everything the speeches produce now.
  ///   - day: The day of the sync, written as `stale:` on tasks it marks stale; none when `nil`.
  /// - Returns: What changed.
  @discardableResult
  public mutating func sync(with directives: [Directive], on day: CalendarDate? = nil)
    -> SyncSummary
  {
    var summary = SyncSummary()
    var produced: [String: Directive] = [:]
    for directive in directives where produced[directive.id] == nil {
      produced[directive.id] = directive
    }
    var present: Set<String> = reservedIDs
    var unmatched: [(index: Int, task: TrackerTask)] = []
    var kept: [(task: TrackerTask, file: String, line: Int)] = []
    for index in lines.indices {
      guard let task = lines[index].task else { continue }
      present.insert(task.id)
      if let directive = produced[task.id] {
        kept.append((task, TrackerTask.sourceFile(of: directive), directive.line))
        if task.isStale {
          replace(index, with: task.with(stale: false))
          summary.revived.append(task.id)
        } else {
          summary.kept += 1
        }
      } else if task.source != nil {
        unmatched.append((index, task))
      }
    }
    let fresh = directives.indices.filter { !present.contains(directives[$0].id) }
    let matcher = DirectiveMatcher(candidates: unmatched, kept: kept)
    let pairs = matcher.pairs(
      for: fresh.map {
        (
          $0, TrackerTask.sourceFile(of: directives[$0]), directives[$0].line,
          directives[$0].text
        )
      }
    )
    var paired: Set<Int> = []
    for (number, index) in pairs {
      guard let task = lines[index].task else { continue }
      paired.insert(number)
      present.insert(directives[number].id)
      update(index, task: task, to: directives[number], summary: &summary)
    }
    let pairedLines = Set(pairs.map(\.index))
    for (index, task) in unmatched where !pairedLines.contains(index) && !task.isStale {
      replace(index, with: task.with(stale: true, since: day))
      summary.markedStale.append(task.id)
    }
    var additions: [(task: TrackerTask, heading: String)] = []
    for number in fresh where !paired.contains(number) {
      let directive = directives[number]
      guard present.insert(directive.id).inserted else { continue }
      guard case .task(let task) = TrackerTask.parse(TrackerTask.line(for: directive)) else {
        summary.rejected.append(directive.id)  // An id with characters a task id cannot hold.
        continue
      }
      additions.append((task, Self.heading(for: directive)))
      summary.added.append(directive.id)
    }
    insert(additions)
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
  ///   - asOf: The day of the command; `date` may not be after it. No check when `nil`.
  /// - Returns: The task as it now is.
  /// - Throws: ``TrackerError/unknownID(prefix:file:)``,
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)`` or
  ///   ``TrackerError/doneInTheFuture(id:on:asOf:at:)``, changing nothing.
  @discardableResult
  public mutating func markDone(
    _ prefix: String,
    on date: CalendarDate,
    asOf: CalendarDate? = nil
  ) throws(TrackerError) -> TrackerTask {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task else { preconditionFailure("lineIndex(ofTask:) found it") }
    if let asOf, date > asOf {
      throw .doneInTheFuture(id: task.id, on: date, asOf: asOf, at: location(of: index))
    }
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

  /// Postpones a task: the checkbox becomes `[>]`, with `延期:DATE 原因:REASON` fields, and
  /// `postponed:DAY` when the day of the postponement is given.
  ///
  /// The new day must be after the task's current due day (its `延期:` if it has one, else its
  /// `due:`), and a done task must be reopened first.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - date: The new day.
  ///   - reason: Why; an empty reason removes the `原因:` field.
  ///   - day: The day the postponement is made, written as `postponed:`; none when `nil`.
  /// - Returns: The task as it now is.
  /// - Throws: ``TrackerError/unknownID(prefix:file:)``,
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)``,
  ///   ``TrackerError/postponingDoneTask(id:at:)`` or
  ///   ``TrackerError/postponementNotLater(id:to:due:at:)``, changing nothing.
  @discardableResult
  public mutating func postpone(
    _ prefix: String,
    to date: CalendarDate,
    reason: String,
    on day: CalendarDate? = nil
  ) throws(TrackerError) -> TrackerTask {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task else { preconditionFailure("lineIndex(ofTask:) found it") }
    guard task.state != .done else {
      throw .postponingDoneTask(id: task.id, at: location(of: index))
    }
    if let due = task.effectiveDue, date <= due {
      throw .postponementNotLater(id: task.id, to: date, due: due, at: location(of: index))
    }
    let trimmed = reason.trimmingWhitespace()
    var edited = task.with(field: "延期", date.description)
    if let day { edited = edited.with(field: "postponed", day.description) }
    edited = edited.with(field: "原因", trimmed.isEmpty ? nil : trimmed)
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

  /// Where line `index` (0-based) is.
  fileprivate func location(of index: Int) -> SourceLocation {
    SourceLocation(file: file, line: index + 1)
  }

  fileprivate mutating func replace(_ index: Int, with task: TrackerTask) {
    lines[index] = TrackerLine(task: task, ending: lines[index].ending)
  }

  /// Rewrites a task for the reworded or re-dated directive it was matched with: text, `due:`
  /// and `src:` follow the directive; a stale marker goes.
  fileprivate mutating func update(
    _ index: Int,
    task: TrackerTask,
    to directive: Directive,
    summary: inout SyncSummary
  ) {
    let newDue = directive.deadline?.due
    var edited = task.with(stale: false)
      .with(field: "src", TrackerTask.source(of: directive))
    let wording = TrackerTask.parse(TrackerTask.line(for: directive))
    let newText: String
    if case .task(let fresh) = wording { newText = fresh.text } else { newText = task.text }
    if newText != task.text { edited = edited.with(text: newText) }
    if newDue != task.due { edited = edited.with(field: "due", newDue?.description) }
    replace(index, with: edited)
    if task.isStale { summary.revived.append(task.id) }
    if newText != task.text || newDue != task.due {
      summary.changed.append(
        SyncSummary.Change(
          id: task.id,
          oldText: task.text,
          newText: newText,
          oldDue: task.due,
          newDue: newDue
        )
      )
    } else {
      summary.kept += 1
    }
  }

  /// Inserts new task lines, each after the last task block under its `## ` heading (the first
  /// heading of that title), in the order given; tasks of a heading the tracker lacks go into
  /// new sections appended at the end, in order of first appearance.
  ///
  /// One pass finds every section's insertion point and one more builds the new lines, so the
  /// work is linear however many tasks are added.
  fileprivate mutating func insert(_ additions: [(task: TrackerTask, heading: String)]) {
    guard !additions.isEmpty else { return }
    let points = insertionPoints()
    var atPoint: [Int: [TrackerTask]] = [:]
    var appended: [(heading: String, tasks: [TrackerTask])] = []
    var appendedIndex: [String: Int] = [:]
    for (task, heading) in additions {
      if let point = points[heading] {
        atPoint[point, default: []].append(task)
      } else if let index = appendedIndex[heading] {
        appended[index].tasks.append(task)
      } else {
        appendedIndex[heading] = appended.count
        appended.append((heading, [task]))
      }
    }
    var result: [TrackerLine] = []
    result.reserveCapacity(lines.count + additions.count + 3 * appended.count)
    for position in 0...lines.count {
      if let tasks = atPoint[position] {
        let ending = ending(before: position)
        if let last = result.indices.last, result[last].ending == .none {
          result[last].ending = ending
        }
        result += tasks.map { TrackerLine(task: $0, ending: ending) }
      }
      if position < lines.count { result.append(lines[position]) }
    }
    lines = result
    for (heading, tasks) in appended { append(section: heading, tasks: tasks) }
  }

  /// Where new tasks go under each `## ` title: after the last task block of its first section,
  /// or after the heading (and one blank line) in a section without tasks.
  fileprivate func insertionPoints() -> [String: Int] {
    var points: [String: Int] = [:]
    var current: (title: String, heading: Int, lastTask: Int?)?
    func close(at end: Int) {
      guard let section = current, points[section.title] == nil else { return }
      var position: Int
      if let lastTask = section.lastTask {
        position = lastTask + 1
        while position < end, lines[position].isIndented { position += 1 }
      } else {
        position = section.heading + 1
        if position < end, lines[position].isBlank { position += 1 }
      }
      points[section.title] = position
    }
    for (index, line) in lines.enumerated() {
      if let heading = line.heading, heading.level <= 2 {
        close(at: index)
        current = heading.level == 2 ? (heading.title, index, nil) : nil
      } else if line.task != nil, current != nil {
        current?.lastTask = index
      }
    }
    close(at: lines.count)
    return points
  }

  /// Appends a new `## heading` section holding `tasks` at the end of the file.
  fileprivate mutating func append(section department: String, tasks: [TrackerTask]) {
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
    block += tasks.map { TrackerLine(task: $0, ending: ending) }
    lines += block
  }

  /// The line break for lines inserted at `position`: that of the line before, so that a lone
  /// `\r` is never followed by an inserted empty line ending in `\n` (which would read back as
  /// one `\r\n`); the file's first line break when the line before has none.
  fileprivate func ending(before position: Int) -> LineEnding {
    guard position > 0, lines[position - 1].ending != .none else { return preferredEnding }
    return lines[position - 1].ending
  }
}
