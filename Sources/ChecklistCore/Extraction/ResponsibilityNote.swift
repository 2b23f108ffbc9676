/// A plan's note of who carries out the item before it, written after the item's tasks:
/// `（牵头单位：县行政审批局；责任单位：县司法局、县委编办，6月底完成）` or
/// `(发改局牵头,经信局、环保局,供电局配合)`.
///
/// A note may run over several units (a `；` inside the brackets ends a unit); it opens with a
/// bracket or a label and, once open, ends at its closing bracket. An unbracketed note goes on
/// while the units after it open with a label (`牵头单位：县发改局；责任单位：县住建局。完成时限：
/// 3月31日前。`), so the columns of a task table written out as sentences make one note.
struct ResponsibilityNote: Sendable {
  /// The departments that lead the item's tasks.
  var leads: [String] = []
  /// The departments that support them.
  var supports: [String] = []
  /// What a deadline label (完成时限：) says, the item's time limit as the plan sets it.
  var limit: String?
  /// The note as written, for explanations.
  var text: String
  /// The line it starts on.
  var line: Int

  /// Whether the note names nobody and sets no time limit.
  var isEmpty: Bool { namesNobody && limit == nil }
  /// Whether the note names no department.
  var namesNobody: Bool { leads.isEmpty && supports.isEmpty }
}

/// Reads responsibility notes out of a speech's units.
struct ResponsibilityNoteReader: Sendable {
  let lexicon: Lexicon
  let subjects: SubjectFinder

  /// Whether `text` opens a note: a label at its start, after any opening bracket, or a bracket
  /// followed by departments that lead or support (（发改局牵头，…）).
  func opensNote(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first else { return false }
    let bracketed = Punctuation.openingBrackets.contains(first)
    let inner = Array(scalars.dropFirst(bracketed ? 1 : 0))
    if opensWithLabel(inner) { return true }
    guard bracketed else { return false }
    let finding = subjects.find(in: inner)
    return finding.assignments.contains { $0.role == .lead }
      && (!lexicon.leadVerbs.matches(in: inner).isEmpty
        || !lexicon.helpingVerbs.matches(in: inner).isEmpty)
  }

  /// Whether the units read so far (`texts`) make a whole note: an unbracketed one ends before
  /// the first unit after it that opens with no label (`next`), on its line or the next (a
  /// table's columns one per line), a bracketed one when its bracket closes (（牵头单位：…；
  /// 配合单位：…；完成时限：…）) or its line ends (`nextOnLine` is false).
  func closesNote(_ texts: [String], next: String?, nextOnLine: Bool) -> Bool {
    guard let first = texts.first, opensWithBracket(first) else {
      return !(next.map { opensWithLabel(Array($0.unicodeScalars)) } ?? false)
    }
    guard nextOnLine else { return true }
    var depth = 0
    for scalar in texts.joined().unicodeScalars {
      if Punctuation.openingBrackets.contains(scalar) { depth += 1 }
      if Punctuation.closingBrackets.contains(scalar) { depth -= 1 }
    }
    return depth <= 0
  }

  /// The note that `texts` (the units of one note) make.
  ///
  /// - Parameters:
  ///   - texts: The note's units in order.
  ///   - line: The line it starts on.
  /// - Returns: The note.
  func read(_ texts: [String], line: Int) -> ResponsibilityNote {
    let text = texts.joined()
    var note = ResponsibilityNote(text: text, line: line)
    var scalars = Array(text.unicodeScalars)
    if let first = scalars.first, Punctuation.openingBrackets.contains(first) {
      scalars.removeFirst()
    }
    if let last = scalars.last, Punctuation.closingBrackets.contains(last) {
      scalars.removeLast()
    }
    let labels = labelled(scalars)
    if labels.isEmpty {
      let finding = subjects.find(in: scalars)
      note.leads = finding.assignments.filter { $0.role == .lead }.map(\.name)
      note.supports = finding.assignments.filter { $0.role == .support }.map(\.name)
      return note
    }
    let hasLead = labels.contains { $0.kind == .lead }
    for part in labels {
      if part.kind == .limit {
        note.limit = String(scalars: Array(scalars[part.range]))
        continue
      }
      let names = namesAfter(part.range, in: scalars)
      switch part.kind {
      case .lead: note.leads += names
      case .responsible: if hasLead { note.supports += names } else { note.leads += names }
      case .support: note.supports += names
      case .limit: break
      }
    }
    note.supports.removeAll(where: note.leads.contains)
    return note
  }

  // MARK: - Labels

  private enum LabelKind { case lead, responsible, support, limit }

  /// Whether `scalars` open with a label and its colon (责任单位：…, 完成时限：…);
  /// 责任部门和项目主体，要… is a sentence.
  private func opensWithLabel(_ scalars: Scalars) -> Bool {
    guard let length = labelLength(at: 0, in: scalars), length < scalars.count else {
      return false
    }
    return Punctuation.colons.contains(scalars[length])
  }

  /// The labels of a note and the stretch of text each governs.
  private func labelled(_ scalars: Scalars) -> [(kind: LabelKind, range: Range<Int>)] {
    var found: [(kind: LabelKind, start: Int, end: Int)] = []
    for (kind, words) in [
      (LabelKind.lead, lexicon.leadLabels), (.responsible, lexicon.responsibleLabels),
      (.support, lexicon.supportLabels), (.limit, lexicon.limitLabels),
    ] {
      for match in words.matches(in: scalars) { found.append((kind, match.start, match.end)) }
    }
    found.sort { $0.start < $1.start }
    return found.enumerated().map { index, label in
      let end = index + 1 < found.count ? found[index + 1].start : scalars.count
      return (label.kind, label.end..<max(label.end, end))
    }
  }

  /// The length of the label at `offset`, if one starts there.
  private func labelLength(at offset: Int, in scalars: Scalars) -> Int? {
    let rest = Array(scalars.dropFirst(offset).prefix(8))
    return
      (lexicon.leadLabels.matches(in: rest) + lexicon.responsibleLabels.matches(in: rest)
      + lexicon.supportLabels.matches(in: rest) + lexicon.limitLabels.matches(in: rest))
      .filter { $0.start == 0 }.map(\.length).max()
  }

  /// The departments a label names: the list after its colon, up to the end of its clause.
  private func namesAfter(_ range: Range<Int>, in scalars: Scalars) -> [String] {
    var start = range.lowerBound
    while start < range.upperBound,
      Punctuation.colons.contains(scalars[start])
        || scalars[start].properties.isWhitespace
    {
      start += 1
    }
    let clauseEnd =
      scalars[start..<range.upperBound].firstIndex(where: Punctuation.listBreaks.contains)
      ?? range.upperBound
    let run = subjects.names(in: scalars, from: start, clause: start..<clauseEnd)
    return run.names.compactMap { name in
      switch name {
      case .department(let canonical, _, _, _): canonical
      case .organisation(let organisation, _): organisation
      case .diffuse: nil
      }
    }
  }

  private func opensWithBracket(_ text: String) -> Bool {
    text.unicodeScalars.first.map(Punctuation.openingBrackets.contains) ?? false
  }

}
