// MARK: - One task changed on both sides

extension TrackerMerge {
  /// The fields that record a postponement; they move together, so a 延期 keeps its reason.
  static let postponementFields: Set<String> = ["延期", "原因", "postponed"]
  /// The fields that go with the checkbox.
  static let stateFields: Set<String> = ["done"]

  /// Merges one task that both sides have, or returns `nil` for a contradiction.
  ///
  /// The result starts from our line, so our spacing and field order stay; the text, each
  /// field, the checkbox and the notes then take whichever side changed them.
  ///
  /// - Parameters:
  ///   - base: The task in the common ancestor, if it was there.
  ///   - ours: Our task block.
  ///   - theirs: Theirs.
  /// - Returns: The merged lines (task line and notes), or `nil` when the sides contradict.
  static func mergeTask(base: Block?, ours: Block, theirs: Block) -> [TrackerLine]? {
    guard let mine = ours.task, let other = theirs.task else { return nil }
    let texts = { (block: Block) in block.lines.map(\.text) }
    if texts(ours) == texts(theirs) { return ours.lines }
    if let base, texts(base) == texts(ours) { return theirs.lines }
    if let base, texts(base) == texts(theirs) { return ours.lines }
    let old = base?.task
    let (o, a, b) = (old?.fieldValues ?? [:], mine.fieldValues, other.fieldValues)

    // The checkbox and done:, by the later change when both changed it.
    let stateOf = { (task: TrackerTask?, fields: [String: String]) in
      [task.map { String($0.state.marker) }, fields["done"]]
    }
    var useTheirState = false
    switch pick(stateOf(old, o), stateOf(mine, a), stateOf(other, b), hasBase: old != nil) {
    case .ours: break
    case .theirs: useTheirState = true
    case .contradiction:
      guard let ourDay = changeDay(mine), let theirDay = changeDay(other), ourDay != theirDay
      else { return nil }
      useTheirState = theirDay > ourDay
    }
    var fields = a
    var state = mine.state
    if useTheirState {
      state = other.state
      fields["done"] = b["done"]
    }
    // The postponement as one.
    let postponement = { (fields: [String: String]) in
      postponementFields.sorted().map { fields[$0] }
    }
    switch pick(postponement(o), postponement(a), postponement(b), hasBase: old != nil) {
    case .ours: break
    case .theirs: for key in postponementFields { fields[key] = b[key] }
    case .contradiction: return nil
    }
    // Every other field, one by one.
    let others = Set(o.keys).union(a.keys).union(b.keys).subtracting(postponementFields)
      .subtracting(stateFields)
    for key in others.sorted() {
      switch pick([o[key]], [a[key]], [b[key]], hasBase: old != nil) {
      case .ours: break
      case .theirs: fields[key] = b[key]
      case .contradiction: return nil
      }
    }
    var text = mine.text
    switch pick([old?.text], [mine.text], [other.text], hasBase: old != nil) {
    case .ours: break
    case .theirs: text = other.text
    case .contradiction: return nil
    }
    let stale = mine.isStale == other.isStale ? mine.isStale : (old.map { !$0.isStale } ?? true)
    guard state != .postponed || fields["延期"] != nil else { return nil }

    var task = mine
    if text != task.text { task = task.with(text: text) }
    if stale != task.isStale { task = task.with(stale: stale) }
    for key in Set(task.fieldValues.keys).union(fields.keys).sorted()
    where key != "id" && task.fieldValues[key] != fields[key] {
      task = task.with(field: key, fields[key])
    }
    if state != task.state { task = task.with(state: state) }
    guard case .task = TrackerTask.parse(task.line) else { return nil }
    let line = TrackerLine(task: task, ending: ours.lines.first?.ending ?? .lf)
    return [line] + unitedNotes(base: base?.notes ?? [], ours: ours.notes, theirs: theirs.notes)
  }
}

// MARK: - Helpers

extension TrackerMerge {
  fileprivate enum Side {
    case ours, theirs, contradiction
  }

  /// Which side's value to take: the one that changed it; ours when neither or both alike.
  fileprivate static func pick<Value: Equatable>(
    _ base: Value,
    _ ours: Value,
    _ theirs: Value,
    hasBase: Bool
  ) -> Side {
    if ours == theirs { return .ours }
    if hasBase && ours == base { return .theirs }
    if hasBase && theirs == base { return .ours }
    return .contradiction
  }

  /// The day of a task's last state change, when its fields tell: `done:` for a done task,
  /// `postponed:` for a postponed one.
  fileprivate static func changeDay(_ task: TrackerTask) -> CalendarDate? {
    switch task.state {
    case .done: return task.completed
    case .postponed: return task.postponedOn
    case .open, .inProgress, .cancelled: return nil
    }
  }

  /// Both sides' notes: ours in order, then theirs that ours lacks; a note one side removed
  /// from the base and the other kept goes.
  fileprivate static func unitedNotes(
    base: [TrackerLine],
    ours: [TrackerLine],
    theirs: [TrackerLine]
  ) -> [TrackerLine] {
    let old = Set(base.map(\.text))
    let mine = Set(ours.map(\.text))
    let other = Set(theirs.map(\.text))
    var notes = ours.filter { !(old.contains($0.text) && !other.contains($0.text)) }
    notes += theirs.filter { !mine.contains($0.text) && !old.contains($0.text) }
    if let last = notes.indices.last, notes[last].ending == .none {
      notes[last].ending = ours.first?.ending ?? .lf
    }
    return notes
  }
}
