/// The extraction stage: decides which units of a speech are directives and who must act on
/// each, carrying a passage's subject to the items that follow it, and records why.
///
/// Who acts is decided in this order, the first that applies winning:
/// 1. departments the unit names as its subject, in a closed list of short names, or as the
///    addressee of a requirement (`explicit`);
/// 2. a subject that names everybody (各地各部门): nobody specific;
/// 3. the subject set earlier in the passage or by a heading line just before (`carried`);
/// 4. a plan's responsibility note for the item (`explicit`, via `annotation`);
/// 5. duty phrase rules over the unit's text (`rule`);
/// 6. the speech's audience: a system's or a bureau's own meeting (`context`);
/// 7. weak phrase rules (publicity, accountability), which no other signal outranks.
///
/// Each unit goes through the same small steps over one ``State``: enter the unit, read a
/// responsibility note, classify, tell a heading from a task, resolve who acts, then owner,
/// action and deadline.
public struct DirectiveExtractor: Sendable {
  private let lexicon: Lexicon
  private let classifier: DirectiveClassifier
  private let subjects: SubjectFinder
  private let phraseRules: PhraseRuleResolver
  private let audiences: AudienceFinder
  private let actions: ActionClassifier
  private let notes: ResponsibilityNoteReader
  private let tables: TaskTableReader
  private let roster: Roster

  /// Creates an extractor.
  ///
  /// - Parameters:
  ///   - rules: The loaded rule set.
  ///   - roster: Named people for departments; empty when none was given.
  public init(rules: RuleSet, roster: Roster = Roster()) {
    lexicon = Lexicon(rules: rules)
    classifier = DirectiveClassifier(lexicon: lexicon)
    subjects = SubjectFinder(lexicon: lexicon)
    phraseRules = PhraseRuleResolver(rules: rules.phraseRules)
    audiences = AudienceFinder(rules: rules, lexicon: lexicon)
    actions = ActionClassifier(actions: rules.actions)
    notes = ResponsibilityNoteReader(lexicon: lexicon, subjects: subjects)
    tables = TaskTableReader(lexicon: lexicon)
    self.roster = roster
  }

  /// The speech with the rows of its task tables written as tasks with their notes
  /// (``TaskTableReader``), before it is cut into units.
  ///
  /// - Parameter speech: A speech.
  /// - Returns: The speech to cut into units.
  func readingTables(_ speech: Speech) -> Speech {
    tables.rewritten(speech)
  }

  /// The directives of one speech in reading order, not yet numbered (their `id` is empty).
  ///
  /// - Parameters:
  ///   - speech: The speech.
  ///   - units: The speech's units (``UnitSplitter/units(of:)``).
  ///   - file: The file name for the records.
  ///   - skipped: Collects the units that are not directives, and why.
  ///   - deadline: Finds the deadline in a unit's text.
  /// - Returns: The directives.
  func directives(
    in speech: Speech,
    units: [Unit],
    file: String,
    skipped: inout [SkippedUnit],
    deadline: (String) -> Deadline?
  ) -> [Directive] {
    let audience = audiences.audience(for: speech.opening)
    var state = State()
    var result: [Directive] = []
    for (index, unit) in units.enumerated() {
      // A note on a line of its own (牵头单位：区住建局) is the item's above it.
      state.enter(
        unit,
        previous: index > 0 ? units[index - 1] : nil,
        continuesItem: !state.openNote.isEmpty || notes.opensNote(unit.text)
      )
      let next = index + 1 < units.count ? units[index + 1] : nil
      if readNote(unit, next: next, state: &state, into: &result, deadline: deadline) {
        skipped.append(SkippedUnit(line: unit.line, text: unit.text, reason: "responsibility note"))
        continue
      }
      let settingTopic = state.topicSerial
      let step = analyse(unit, next: next, state: &state, audience: audience)
      state.followsTopic = state.topicSerial != settingTopic
      guard case .task(var directive) = step else {
        switch step {
        case .heading:
          skipped.append(SkippedUnit(line: unit.line, text: unit.text, reason: Self.headingReason))
        case .skipped(let reason):
          state.noteList(in: unit.text)
          skipped.append(SkippedUnit(line: unit.line, text: unit.text, reason: reason))
        case .task:
          break
        }
        continue
      }
      state.noteList(in: unit.text)
      directive.file = file
      directive.document = speech.index
      if let found = deadline(directive.text) {
        directive.deadline = found
        directive.reasons.append(.deadline(text: found.text, kind: found.kind.rawValue))
      }
      if let note = state.pendingNote { apply(note, to: &directive, deadline: deadline) }
      state.itemScope.append(result.count)
      result.append(directive)
    }
    return result
  }

  // MARK: - Steps

  /// What one unit turned out to be.
  private enum Step {
    case task(Directive)
    case heading
    case skipped(String)
  }

  /// Classifies a unit and, for a task, decides who acts on it.
  private func analyse(
    _ unit: Unit,
    next: Unit?,
    state: inout State,
    audience: ContextResolver.Context?
  ) -> Step {
    let spoken = classifier.spokenPart(of: unit)
    let taskLine =
      spoken.item != nil || state.listOpen
      || unit.text.unicodeScalars.contains(where: Punctuation.colons.contains)
    var reading = Reading(
      unit: unit,
      spoken: spoken,
      finding: subjects.find(in: spoken.body, taskLine: taskLine)
    )
    var decision = classifier.classify(
      reading.body,
      finding: reading.finding,
      taskLine: taskLine,
      item: spoken.item
    )
    if !decision.isDirective, let next, next.passage == unit.passage, notes.opensNote(next.text) {
      decision = classifier.classifyNoted(reading.body)
    }
    guard decision.isDirective else {
      // A requirement addressed before its items (要求各县区：) still sets their subject.
      // So does a heading line that names a body (2.县交通运输局): its duties follow.
      if Self.endsWithColon(unit.text) && reading.namesSubject
        || unit.isHeadingLine && !reading.finding.assignments.isEmpty
      {
        setTopic(from: reading, state: &state, introducesList: true)
      } else if unit.isHeadingLine {
        state.labelTopic = nil
      }
      return .skipped(decision.reason)
    }
    if isHeading(spoken, finding: reading.finding, unit: unit, next: next) {
      if reading.finding.diffuse != nil {
        setTopic(from: reading, state: &state, introducesList: true)
      }
      // The heading's modal governs the lines under it (四是要做好严格排查。各村对各超市…).
      state.listOpen = true
      state.labelTopic = nil
      state.itemScope = []
      return .heading
    }
    reading.hits = phraseRules.hits(in: reading.body) { !namesNoDuty(reading.body, at: $0) }
    reading.winners = phraseRules.winners(in: reading.hits)
    return .task(task(reading, decision: decision, audience: audience, state: &state))
  }

  /// The task a directive unit gives: who acts, the owner, the action, and why.
  private func task(
    _ reading: Reading,
    decision: DirectiveClassifier.Decision,
    audience: ContextResolver.Context?,
    state: inout State
  ) -> Directive {
    var reasons: [Reason] = [.directive(decision.reason)]
    if let leadIn = reading.spoken.leadIn { reasons.append(.leadIn(leadIn)) }
    reasons += reading.finding.notes.map(Reason.subject)
    let departments = resolve(reading, audience: audience, state: &state, reasons: &reasons)
    let owner = owner(in: reading.body, lead: departments.first?.name, reasons: &reasons)
    let action = actions.action(in: reading.body)
    if let action { reasons.append(.action(id: action.id, verb: action.verb)) }
    var directive = Directive(
      id: "",
      file: "",
      document: 0,
      line: reading.unit.line,
      text: reading.spoken.text,
      source: reading.unit.text,
      departments: departments,
      owner: owner,
      action: action?.id,
      reasons: reasons
    )
    directive.diffuseSubject = reading.finding.assignments.isEmpty ? reading.finding.diffuse : nil
    return directive
  }

  // MARK: - Who acts

  /// Who acts on a directive, in the order the type's documentation gives.
  private func resolve(
    _ reading: Reading,
    audience: ContextResolver.Context?,
    state: inout State,
    reasons: inout [Reason]
  ) -> [DepartmentAssignment] {
    if !reading.finding.assignments.isEmpty {
      return named(reading, state: &state, reasons: &reasons)
    }
    if let word = reading.finding.diffuse {
      return everybody(word, reading, audience: audience, state: &state, reasons: &reasons)
    }
    if let carried = carried(reading, state: &state, reasons: &reasons) { return carried }
    state.chained = false
    return inferred(reading.hits, reading.winners, audience: audience, reasons: &reasons)
  }

  /// The departments the unit names, which become the topic.
  ///
  /// A named subject that only helps supports the carried lead.
  private func named(
    _ reading: Reading,
    state: inout State,
    reasons: inout [Reason]
  ) -> [DepartmentAssignment] {
    let finding = reading.finding
    var departments = finding.assignments
    if finding.subjectOnlySupports, let topic = state.topic, let lead = topic.assignments.first {
      departments =
        [DepartmentAssignment(name: lead.name, role: .lead, basis: .carried, rule: nil)]
        + finding.assignments.map {
          DepartmentAssignment(name: $0.name, role: .support, basis: .explicit, via: $0.via)
        }
      reasons.append(.carriedLeads(name: lead.name, line: topic.line))
    }
    let unit = reading.unit
    setTopic(
      from: reading,
      state: &state,
      introducesList: unit.isHeadingLine || Self.introducesItems(unit.text)
    )
    return departments
  }

  /// A subject that names everybody: nobody, unless the audience pronoun leaves the work to its
  /// duty rules (我们要…) or one system's meeting is everybody (全市自然资源系统…：各地各部门要…).
  private func everybody(
    _ word: String,
    _ reading: Reading,
    audience: ContextResolver.Context?,
    state: inout State,
    reasons: inout [Reason]
  ) -> [DepartmentAssignment] {
    defer { setTopic(from: reading, state: &state, introducesList: false) }
    if lexicon.audiencePronouns.contains(word), !reading.winners.isEmpty {
      reasons.append(.audiencePronoun(word: word))
      return inferred(reading.hits, reading.winners, audience: nil, reasons: &reasons)
    }
    reasons.append(.diffuse(word: word))
    guard let audience else { return [] }
    return inferred([], [], audience: audience, reasons: &reasons)
  }

  /// The topic's departments, when the unit may inherit them and no duty rule moves it.
  private func carried(
    _ reading: Reading,
    state: inout State,
    reasons: inout [Reason]
  ) -> [DepartmentAssignment]? {
    guard let topic = state.topic, !topic.isDiffuse,
      let licence = carryLicence(
        topic,
        unit: reading.unit,
        body: reading.body,
        chained: state.chained,
        followsTopic: state.followsTopic,
        winners: reading.winners
      ),
      opensWith(lexicon.narrowing, reading.body) || topic.introducesList
        || !ruleOverrides(topic, reading.winners, &reasons)
    else { return nil }
    state.chained = true
    reasons.append(
      .carried(names: topic.assignments.map(\.name), line: topic.line, licence: licence)
    )
    return topic.assignments.map {
      DepartmentAssignment(
        name: $0.name,
        role: $0.role,
        basis: .carried,
        rule: $0.rule,
        via: .carried
      )
    }
  }

  /// Makes what a unit names the subject of the units that follow.
  private func setTopic(from reading: Reading, state: inout State, introducesList: Bool) {
    let finding = reading.finding
    let unit = reading.unit
    let topic = Topic(
      assignments: finding.assignments,
      line: unit.line,
      introducesList: introducesList && !finding.assignments.isEmpty
    )
    state.topic = topic
    state.topicSerial += 1
    state.chained = false
    if setsPassage(unit, body: reading.body, subjectStart: finding.subjectStart) {
      state.passageTopic = topic
    }
    if unit.isHeadingLine { state.headingTopic = topic }
    if finding.namesOnly, unit.isHeadingLine {
      state.labelTopic = topic
    } else if !finding.assignments.isEmpty {
      state.labelTopic = nil
    }
  }

  // MARK: - Headings

  /// Whether a directive-looking unit only titles what follows, naming no department: a short
  /// numbered item with content after it (一要高度重视。各村要…, 三、加强疫情监测 on a line of
  /// its own) or a very short sentence followed by the directive it titles (要严防输入。).
  private func isHeading(
    _ spoken: DirectiveClassifier.SpokenPart,
    finding: SubjectFinder.Finding,
    unit: Unit,
    next: Unit?
  ) -> Bool {
    guard finding.assignments.isEmpty, let next else { return false }
    let han = spoken.body.lazy.filter(\.isHan).count
    if let item = spoken.item {
      // A section's number (一、) at the head of a line with more after it titles the section,
      // even when the title runs into its first sentence (一、…首位，…疫情发生后，我市…).
      if item.style == .section, unit.position == 0, next.passage == unit.passage { return true }
      if unit.isHeadingLine, han <= Self.longestTitleLine { return true }
      // An item followed by the next item of its list is a task, not a title (一要…。二要…。),
      // and so is one followed by its responsibility note.
      return han <= Self.longestNumberedHeading && next.item?.style != item.style
        && (next.passage == unit.passage || unit.isHeadingLine) && !notes.opensNote(next.text)
    }
    // A line of its own without a full stop titles what follows (三、加强疫情动态监测，…,
    // 深入学习贯彻习近平总书记重要讲话精神); the speech's first line is its title.
    if unit.isHeadingLine { return han <= Self.longestTitleLine || unit.passage == 0 }
    // A short sentence opening its line titles the rest of the line (要筑牢屏障强化监测预警。…),
    // and a very short one the work after it (要严防输入。对新进入我市人员，…); either is
    // followed by the work it titles.
    let longest = unit.position == 0 ? Self.longestNumberedHeading : Self.longestPlainHeading
    // A task followed by its responsibility note is a task: the note names its owners.
    guard next.passage == unit.passage, han <= longest, !notes.opensNote(next.text) else {
      return false
    }
    let following = classifier.spokenPart(of: next).body
    return !classifier.classify(following, finding: subjects.find(in: following)).reports
  }

  // MARK: - Responsibility notes

  /// Reads a unit that opens or continues a responsibility note, applying the finished note
  /// to the item's directives; `false` when the unit is no part of a note.
  private func readNote(
    _ unit: Unit,
    next: Unit?,
    state: inout State,
    into result: inout [Directive],
    deadline: (String) -> Deadline?
  ) -> Bool {
    if state.openNote.isEmpty {
      guard notes.opensNote(unit.text) else { return false }
      state.openNoteLine = unit.line
    }
    state.openNote.append(unit.text)
    // A bracket left open at the passage's end closes there.
    let nextOnLine = next.map { $0.passage == unit.passage } ?? false
    guard notes.closesNote(state.openNote, next: next?.text, nextOnLine: nextOnLine) else {
      return true
    }
    let note = notes.read(state.openNote, line: state.openNoteLine)
    state.openNote = []
    guard !note.isEmpty else { return true }
    if state.itemScope.isEmpty {
      state.pendingNote = note
    } else {
      for index in state.itemScope { apply(note, to: &result[index], deadline: deadline) }
      state.itemScope = []
    }
    return true
  }

  /// Gives a directive the departments and deadline of its item's note, unless it names its
  /// own subject.
  private func apply(
    _ note: ResponsibilityNote,
    to directive: inout Directive,
    deadline: (String) -> Deadline?
  ) {
    if !note.namesNobody, !directive.departments.contains(where: { $0.basis == .explicit }) {
      directive.departments =
        note.leads.map {
          DepartmentAssignment(name: $0, role: .lead, basis: .explicit, via: .annotation)
        }
        + note.supports.map {
          DepartmentAssignment(name: $0, role: .support, basis: .explicit, via: .annotation)
        }
      directive.reasons.append(.annotation(line: note.line, text: note.text))
    }
    // A plan's time-limit column is the item's deadline, whatever its task's text says.
    if let limit = note.limit, let found = deadline(limit) {
      let replacing = directive.deadline?.text
      directive.deadline = found
      directive.reasons.append(
        .annotationLimit(line: note.line, text: found.text, replacing: replacing)
      )
    } else if directive.deadline == nil, let found = deadline(note.text) {
      directive.deadline = found
      directive.reasons.append(.annotationDeadline(line: note.line, text: found.text))
    }
  }

  // MARK: - Carrying a subject

  /// Why a subjectless unit may inherit the passage's subject, or `nil` when it may not.
  ///
  /// A subject carries to an item of a list (一要…, 同时…), to every unit after a heading or a
  /// sentence ending in a colon, along a chain of units that already inherited it, and where the
  /// phrase rules agree with it. A plain sentence after a named subject in a news paragraph
  /// (组织部门要…。要强化社会动员。) is a new topic, not the same department's work.
  private func carryLicence(
    _ topic: Topic,
    unit: Unit,
    body: Scalars,
    chained: Bool,
    followsTopic: Bool,
    winners: [PhraseRuleResolver.Hit]
  ) -> String? {
    // A unit whose subject is an answerable post (各包片领导…) has a subject of its own.
    if opensWithPost(body) { return nil }
    if opensWith(lexicon.narrowing, body) { return "narrows the sentence before to its focus" }
    if topic.introducesList { return "the subject introduces what follows" }
    if unit.item != nil { return "an item under the subject" }
    if chained { return "continues the units that inherited it" }
    if opensWith(lexicon.continuation, body) { return "opens with a continuation word" }
    // Right after its subject's sentence, a bare imperative goes on with the same actor's work
    // (县供热主管部门要督促…。指导供热企业加强…); a new 要… sentence is a new topic.
    if followsTopic, unit.position > 0, opensWith(lexicon.imperative, body),
      lexicon.modalMarkers(in: Array(body.prefix(Self.bareImperativeReach))).isEmpty
    {
      return "goes on with the sentence before"
    }
    let carried = Set(topic.assignments.map(\.name))
    if winners.contains(where: { carried.contains($0.rule.department) }) {
      return "phrase rules agree"
    }
    return nil
  }

  /// Whether the phrase rules point a subjectless unit away from the carried subject.
  ///
  /// They do when they fire with ordinary or high priority and none of their departments is
  /// the carried one (区市场监管局要…。同时要做好院感防控 is 卫健委's work, not 市场监管局's).
  /// Weak rules (宣传, 问责) never move a carried subject, nor do rules that agree with it.
  private func ruleOverrides(
    _ topic: Topic,
    _ winners: [PhraseRuleResolver.Hit],
    _ reasons: inout [Reason]
  ) -> Bool {
    let carried = Set(topic.assignments.map(\.name))
    guard !winners.isEmpty, winners.allSatisfy({ !carried.contains($0.rule.department) }),
      winners.allSatisfy({ !$0.rule.isWeak })
    else {
      return false
    }
    reasons.append(.carriedGivesWay(names: Array(carried), line: topic.line))
    return true
  }

  /// Whether a phrase sits in a clause that names no duty: one that reports what was done
  /// (已经将病毒排查清楚), one that exhorts (增强…的责任感), or a frame that says whose
  /// requirements the work follows (按照大数据核查“138”机制要求，…).
  private func namesNoDuty(_ body: Scalars, at offset: Int) -> Bool {
    let start = (body[..<offset].lastIndex(where: Punctuation.clauseBreaks.contains) ?? -1) + 1
    let end = body[offset...].firstIndex(where: Punctuation.clauseBreaks.contains) ?? body.count
    let clause = Array(body[start..<end])
    if !lexicon.report.matches(in: clause).isEmpty { return true }
    // A clause of attitude or of responsibilities (增强…的紧迫感和责任感, 压实企业主体责任)
    // exhorts; its phrases name no department's duty.
    if !lexicon.exhortations.matches(in: clause).isEmpty { return true }
    let string = clause.string(0..<clause.count)
    return lexicon.frameOpenings.contains(where: string.hasPrefix)
      && lexicon.frameEndings.contains(where: string.hasSuffix)
  }

  /// Whether the unit opens with an answerable post, after any level prefix (各包片领导).
  private func opensWithPost(_ body: Scalars) -> Bool {
    let head = Array(body.prefix(DirectiveClassifier.openingWindow))
    let prefix =
      lexicon.levelPrefixes.matches(in: head).filter { $0.start == 0 }.map(\.length).max() ?? 0
    return lexicon.posts.matches(in: head).contains { $0.start == prefix }
  }

  /// Whether the unit's first word is one of a list's words.
  private func opensWith(_ words: PhraseMatcher<Void>, _ body: Scalars) -> Bool {
    words.matches(in: Array(body.prefix(DirectiveClassifier.openingWindow))).contains {
      $0.start == 0
    }
  }

  /// Whether a unit opens a list of items: it ends in a colon, or its colon is followed by the
  /// first item (要做到“三个抓好”：一是抓好“重点”。).
  private static func introducesItems(_ text: String) -> Bool {
    endsWithColon(text) || introducesItemsInline(text)
  }

  /// Whether a unit's colon is followed by the first item of a list.
  private static func introducesItemsInline(_ text: String) -> Bool {
    inlineItemsColon(in: Array(text.unicodeScalars)) != nil
  }

  /// The offset of the colon after which a unit opens its first item, if it does.
  private static func inlineItemsColon(in scalars: Scalars) -> Int? {
    guard let colon = scalars.firstIndex(where: Punctuation.colons.contains) else { return nil }
    return ItemMarker.leading(in: scalars.string(from: colon + 1)) != nil ? colon : nil
  }

  private static func endsWithColon(_ text: String) -> Bool {
    text.hasSuffix("：") || text.hasSuffix(":")
  }

  /// Whether a unit's subject becomes its whole passage's: it opens the passage and is not one
  /// item of an inline list (一是…二是…), whose items each stand alone.
  private func setsPassage(_ unit: Unit, body: Scalars, subjectStart: Int?) -> Bool {
    // A subject inside the first item a unit opens inline (…工作：一、加强宣传力度，各村…) is
    // that item's, not the next items'; one before the colon is the list's (各村要…：一是…).
    if let subjectStart, let colon = Self.inlineItemsColon(in: body), subjectStart > colon {
      return false
    }
    guard unit.position == 0 else { return false }
    guard let item = unit.item else { return true }
    return item.style == .section || item.style == .parenthesised || item.style == .arabic
  }

  // MARK: - Inference

  /// Departments from duty rules, else the audience, else weak rules.
  private func inferred(
    _ hits: [PhraseRuleResolver.Hit],
    _ winners: [PhraseRuleResolver.Hit],
    audience: ContextResolver.Context?,
    reasons: inout [Reason]
  ) -> [DepartmentAssignment] {
    var winners = winners
    var hits = hits
    // In a meeting of one system, a rule for the system's own department settles the work
    // (a police meeting's 校园…巡逻防控 is the police's, not also the schools').
    if let audience, winners.count > 1,
      winners.contains(where: { $0.rule.department == audience.department })
    {
      for other in hits where other.rule.department != audience.department {
        reasons.append(
          .lostToAudience(
            id: other.rule.id,
            phrase: other.phrase,
            department: other.rule.department,
            audience: audience.department
          )
        )
      }
      winners.removeAll { $0.rule.department != audience.department }
      hits.removeAll { $0.rule.department != audience.department }
    }
    if !winners.isEmpty, !(winners.allSatisfy(\.rule.isWeak) && audience != nil) {
      return ruled(hits, winners, reasons: &reasons)
    }
    guard let audience else {
      reasons.append(.noOwner)
      return []
    }
    reasons.append(
      .audience(rule: audience.rule, phrase: audience.phrase, department: audience.department)
    )
    return [
      DepartmentAssignment(
        name: audience.department,
        role: .lead,
        basis: .context,
        rule: audience.rule
      )
    ]
  }

  /// The winning duty rules' departments, and why the others lost.
  private func ruled(
    _ hits: [PhraseRuleResolver.Hit],
    _ winners: [PhraseRuleResolver.Hit],
    reasons: inout [Reason]
  ) -> [DepartmentAssignment] {
    for winner in winners {
      reasons.append(
        .phraseRule(
          id: winner.rule.id,
          priority: winner.rule.priority,
          phrase: winner.phrase,
          department: winner.rule.department
        )
      )
    }
    let winning = Set(winners.map(\.rule.department))
    for loser in hits where !winning.contains(loser.rule.department) {
      reasons.append(
        .lostRule(
          id: loser.rule.id,
          priority: loser.rule.priority,
          winning: winners[0].rule.priority,
          phrase: loser.phrase,
          department: loser.rule.department
        )
      )
    }
    return winners.map {
      DepartmentAssignment(name: $0.rule.department, role: .lead, basis: .rule, rule: $0.rule.id)
    }
  }

  /// The answerable post named in the unit, else the roster's person for the lead department.
  private func owner(in body: Scalars, lead: String?, reasons: inout [Reason]) -> String? {
    if let post = lexicon.posts.longestMatches(in: body).first {
      let text = body.string(post.range)
      reasons.append(.post(text))
      return text
    }
    if let lead, let person = roster.person(for: lead) {
      reasons.append(.rosterPerson(person, department: lead))
      return person
    }
    return nil
  }

  static let headingReason = "a heading: it titles the units below"
  /// How far into a unit a modal marker makes a bare imperative a new sentence of its own.
  static let bareImperativeReach = 8
  /// The most Han characters a numbered heading has (一是突出抓好政治理论武装。).
  static let longestNumberedHeading = 20
  /// The most Han characters a title line without a full stop has.
  static let longestTitleLine = 40
  /// The most Han characters an unnumbered heading has (要严防输入。).
  static let longestPlainHeading = 10
}
