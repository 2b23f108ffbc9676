// MARK: - Reading notes

extension TrackerDocument {
  /// The indented lines right below a task line (up to the first line that is blank or not
  /// indented), as notes.
  ///
  /// - Parameter index: The task line's index in ``lines``.
  /// - Returns: The notes, in file order.
  public func notes(ofTaskAt index: Int) -> [TaskNote] {
    noteLines(ofTaskAt: index).compactMap { TaskNote(parsing: lines[$0].text) }
  }

  /// The indices in ``lines`` of the notes below the task line at `index`.
  ///
  /// - Parameter index: The task line's index in ``lines``.
  /// - Returns: The range after the task line, empty when it has no notes.
  public func noteLines(ofTaskAt index: Int) -> Range<Int> {
    var end = index + 1
    while end < lines.count, lines[end].isIndented, !lines[end].isInsideBlock { end += 1 }
    return (index + 1)..<end
  }

  /// The report of the task at `index` that waits for the office (``TaskRequest``).
  ///
  /// - Parameter index: The task line's index in ``lines``.
  /// - Returns: The open request, if any.
  public func pendingRequest(ofTaskAt index: Int) -> TaskRequest? {
    guard let task = lines[index].task else { return nil }
    return TaskRequest.pending(in: notes(ofTaskAt: index), of: task)
  }
}

// MARK: - A department's reports

extension TrackerDocument {
  /// Adds a signed progress note; an open task (`[ ]`) becomes in progress (`[/]`).
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - signer: The department reporting.
  ///   - date: The day of the report.
  ///   - text: What was done.
  /// - Returns: The task as it now is.
  /// - Throws: ``TrackerError/unknownID(prefix:file:)``,
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)`` or
  ///   ``TrackerError/reportRefused(_:id:at:)`` for an empty text or a closed task, changing
  ///   nothing.
  @discardableResult
  public mutating func reportProgress(
    _ prefix: String,
    by signer: String,
    on date: CalendarDate,
    text: String
  ) throws(TrackerError) -> TrackerTask {
    try addReport(.progress, to: prefix, by: signer, on: date, text: text) {
      $0 == .open ? .inProgress : $0
    }
  }

  /// Reports the work done: the task becomes in progress (`[/]`) with a `报完成` note, which
  /// waits for the office to confirm (`[x]`) or send it back.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - signer: The department reporting.
  ///   - date: The day of the report.
  ///   - text: What was done.
  /// - Returns: The task as it now is.
  /// - Throws: As ``reportProgress(_:by:on:text:)``.
  @discardableResult
  public mutating func reportCompletion(
    _ prefix: String,
    by signer: String,
    on date: CalendarDate,
    text: String
  ) throws(TrackerError) -> TrackerTask {
    try addReport(.completionReport, to: prefix, by: signer, on: date, text: text) { _ in
      .inProgress
    }
  }

  /// Asks for a later day with a `申请延期至DAY` note; the task is unchanged until the office
  /// grants it.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - day: The day asked for: after `date` and after the task's current due day.
  ///   - signer: The department asking.
  ///   - date: The day of the request.
  ///   - reason: Why.
  /// - Returns: The task.
  /// - Throws: As ``reportProgress(_:by:on:text:)``, and
  ///   ``TrackerError/reportRefused(_:id:at:)`` for a day not later than both.
  @discardableResult
  public mutating func requestPostponement(
    _ prefix: String,
    to day: CalendarDate,
    by signer: String,
    on date: CalendarDate,
    reason: String
  ) throws(TrackerError) -> TrackerTask {
    try addReport(.postponementRequest(day), to: prefix, by: signer, on: date, text: reason) {
      $0
    }
  }
}

// MARK: - The office's decisions

extension TrackerDocument {
  /// Confirms an open completion report: the task is marked done on `date` (`[x]`,
  /// `done:DATE`) and a `确认完成` note is added.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - signer: The office.
  ///   - date: The day of the decision.
  ///   - text: A remark, may be empty.
  /// - Returns: The task as it now is.
  /// - Throws: ``TrackerError/unknownID(prefix:file:)``,
  ///   ``TrackerError/ambiguousID(prefix:matches:file:)``, or
  ///   ``TrackerError/reportRefused(_:id:at:)`` when no completion report is open.
  @discardableResult
  public mutating func confirmCompletion(
    _ prefix: String,
    by signer: String,
    on date: CalendarDate,
    text: String = ""
  ) throws(TrackerError) -> TrackerTask {
    let index = try lineIndex(ofTask: prefix)
    let request = pendingRequest(ofTaskAt: index)
    guard let task = lines[index].task, request?.kind == .completion else {
      throw .reportRefused(.nothingPending, id: lines[index].task?.id ?? prefix, at: at(index))
    }
    let edited = try markDone(task.id, on: date)
    appendNote(TaskNote(.completionConfirmed, by: signer, on: date, text: text), toTaskAt: index)
    return edited
  }

  /// Grants an open postponement request: the task is postponed to the day asked for
  /// (`[>]`, `延期:DAY 原因:` the request's reason) and a `同意延期` note is added.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - signer: The office.
  ///   - date: The day of the decision.
  ///   - text: A remark, may be empty.
  /// - Returns: The task as it now is.
  /// - Throws: As ``confirmCompletion(_:by:on:text:)``, when no postponement request is open.
  @discardableResult
  public mutating func grantPostponement(
    _ prefix: String,
    by signer: String,
    on date: CalendarDate,
    text: String = ""
  ) throws(TrackerError) -> TrackerTask {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task, let request = pendingRequest(ofTaskAt: index),
      case .postponement(let day) = request.kind
    else {
      throw .reportRefused(.nothingPending, id: lines[index].task?.id ?? prefix, at: at(index))
    }
    let edited = try postpone(task.id, to: day, reason: request.note.text)
    appendNote(TaskNote(.postponementGranted, by: signer, on: date, text: text), toTaskAt: index)
    return edited
  }

  /// Sends the open report or request back (退回) with a reason; the task's state is kept.
  ///
  /// - Parameters:
  ///   - prefix: The task's id or a unique start of it.
  ///   - signer: The office.
  ///   - date: The day of the decision.
  ///   - reason: Why; required.
  /// - Returns: The task.
  /// - Throws: As ``confirmCompletion(_:by:on:text:)``, and for an empty reason.
  @discardableResult
  public mutating func sendBack(
    _ prefix: String,
    by signer: String,
    on date: CalendarDate,
    reason: String
  ) throws(TrackerError) -> TrackerTask {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task, pendingRequest(ofTaskAt: index) != nil else {
      throw .reportRefused(.nothingPending, id: lines[index].task?.id ?? prefix, at: at(index))
    }
    let note = TaskNote(.sentBack, by: signer, on: date, text: reason)
    try require(!note.text.isEmpty, .emptyText, task: task, at: index)
    appendNote(note, toTaskAt: index)
    return task
  }
}

// MARK: - Helpers

extension TrackerDocument {
  fileprivate func at(_ index: Int) -> SourceLocation {
    SourceLocation(file: file, line: index + 1)
  }

  /// Adds a department's report to a task that is neither done nor cancelled, with its state
  /// changed by `state`; checks everything before it changes anything.
  fileprivate mutating func addReport(
    _ kind: TaskNote.Kind,
    to prefix: String,
    by signer: String,
    on date: CalendarDate,
    text: String,
    state: (TaskState) -> TaskState
  ) throws(TrackerError) -> TrackerTask {
    let index = try lineIndex(ofTask: prefix)
    guard let task = lines[index].task else { preconditionFailure("lineIndex(ofTask:) found it") }
    let closed = task.state == .done || task.state == .cancelled
    try require(!closed, .taskClosed, task: task, at: index)
    let note = TaskNote(kind, by: signer, on: date, text: text)
    try require(!note.text.isEmpty, .emptyText, task: task, at: index)
    if case .postponementRequest(let day) = kind {
      let later = day > date && task.effectiveDue.map { day > $0 } ?? true
      try require(later, .postponementNotLater, task: task, at: index)
    }
    let next = state(task.state)
    let edited = next == task.state ? task : task.with(state: next)
    replaceTask(index, with: edited)
    appendNote(note, toTaskAt: index)
    return edited
  }

  fileprivate func require(
    _ condition: Bool,
    _ refusal: TrackerError.ReportRefusal,
    task: TrackerTask,
    at index: Int
  ) throws(TrackerError) {
    if !condition { throw .reportRefused(refusal, id: task.id, at: at(index)) }
  }

  fileprivate mutating func replaceTask(_ index: Int, with task: TrackerTask) {
    lines[index] = TrackerLine(task: task, ending: lines[index].ending)
  }

  /// Inserts the note's line after the task's last note; it takes the line break of the line
  /// before it, which gets the file's own when it had none (the file's last line).
  fileprivate mutating func appendNote(_ note: TaskNote, toTaskAt index: Int) {
    let position = noteLines(ofTaskAt: index).upperBound
    let before = position - 1
    let ending = lines[before].ending
    if ending == .none { lines[before].ending = preferredEnding }
    lines.insert(TrackerLine(text: note.line, ending: ending), at: position)
  }
}
