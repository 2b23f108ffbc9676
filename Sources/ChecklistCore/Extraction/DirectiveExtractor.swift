/// The extraction stage: decides which units of a speech are directives and who must act on
/// each, carrying a passage's subject to the items that follow it, and records why.
///
/// Who acts is decided in this order, the first that applies winning:
/// 1. departments the unit names as its subject (`explicit`);
/// 2. a subject that names everybody (各地各部门): nobody specific;
/// 3. the subject set earlier in the passage or by a heading line just before (`carried`);
/// 4. phrase rules over the unit's text (`rule`);
/// 5. the speech's audience from context rules (`context`).
public struct DirectiveExtractor: Sendable {
  private let rules: RuleSet
  private let lexicon: Lexicon
  private let classifier: DirectiveClassifier
  private let subjects: SubjectFinder
  private let phraseRules: PhraseRuleResolver
  private let contexts: ContextResolver
  private let actions: ActionClassifier
  private let roster: Roster

  /// Creates an extractor.
  ///
  /// - Parameters:
  ///   - rules: The loaded rule set.
  ///   - roster: Named people for departments; empty when none was given.
  public init(rules: RuleSet, roster: Roster = Roster()) {
    self.rules = rules
    lexicon = Lexicon(rules: rules)
    classifier = DirectiveClassifier(lexicon: lexicon)
    subjects = SubjectFinder(lexicon: lexicon)
    phraseRules = PhraseRuleResolver(rules: rules.phraseRules)
    contexts = ContextResolver(rules: rules.contextRules)
    actions = ActionClassifier(actions: rules.actions)
    self.roster = roster
  }

  /// The subject a passage has set up so far.
  private struct Topic {
    var assignments: [DepartmentAssignment]
    var line: Int
    /// Whether the subject was set up for what follows: by a heading line, or by a sentence
    /// ending in a colon (卫健委要做好以下工作：), so every following unit inherits it.
    var introducesList = false
    var isDiffuse: Bool { assignments.isEmpty }
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
    let context = contexts.context(for: speech.opening)
    var result: [Directive] = []
    var topic: Topic?
    var passageTopic: Topic?
    var headingTopic: Topic?
    var passage = -1
    var chained = false
    for unit in units {
      if unit.passage != passage {
        passage = unit.passage
        topic = headingTopic
        passageTopic = headingTopic
        headingTopic = nil
        chained = false
      } else if unit.item != nil {
        topic = passageTopic
      }
      let body = Array(unit.body.unicodeScalars)
      let decision = classifier.classify(body)
      guard decision.isDirective else {
        skipped.append(SkippedUnit(line: unit.line, text: unit.text, reason: decision.reason))
        continue
      }
      var explanation = ["directive: \(decision.reason)"]
      let finding = subjects.find(in: body)
      let hits = phraseRules.hits(in: body).filter { !namesNoDuty(body, at: $0.start) }
      let winners = phraseRules.winners(in: hits)
      explanation += finding.notes
      var departments: [DepartmentAssignment] = []
      if !finding.assignments.isEmpty {
        departments = finding.assignments
        if finding.subjectOnlySupports, let lead = topic?.assignments.first {
          departments =
            [DepartmentAssignment(name: lead.name, role: .lead, basis: .carried, rule: nil)]
            + finding.assignments.map {
              DepartmentAssignment(name: $0.name, role: .support, basis: .explicit)
            }
          explanation.append(
            "\(lead.name) leads (carried from line \(topic?.line ?? 0)); the named subject supports"
          )
        }
        let newTopic = Topic(
          assignments: finding.assignments,
          line: unit.line,
          introducesList: unit.isHeadingLine || Self.endsWithColon(unit.text)
        )
        topic = newTopic
        chained = false
        if setsPassage(unit) { passageTopic = newTopic }
        if unit.isHeadingLine { headingTopic = newTopic }
      } else if let word = finding.diffuse {
        if lexicon.audiencePronouns.contains(word), !winners.isEmpty {
          explanation.append(
            "subject '\(word)' is the audience and names nobody, so the work's own department takes it"
          )
          departments = inferred(
            hits: hits,
            winners: winners,
            context: nil,
            explanation: &explanation
          )
        } else {
          explanation.append("subject '\(word)' names everybody, so nobody specific")
        }
        let newTopic = Topic(assignments: [], line: unit.line)
        topic = newTopic
        if setsPassage(unit) { passageTopic = newTopic }
      } else if let topic, !topic.isDiffuse,
        let licence = carryLicence(
          topic,
          unit: unit,
          body: body,
          chained: chained,
          winners: winners
        ),
        opensWith(lexicon.narrowing, body) || !ruleOverrides(topic, winners, &explanation)
      {
        departments = topic.assignments.map {
          DepartmentAssignment(name: $0.name, role: $0.role, basis: .carried, rule: $0.rule)
        }
        chained = true
        explanation.append(
          "no subject of its own: carries \(topic.assignments.map(\.name).joined(separator: "、")) from line \(topic.line) (\(licence))"
        )
      } else {
        chained = false
        departments = inferred(
          hits: hits,
          winners: winners,
          context: context,
          explanation: &explanation
        )
      }
      let owner = owner(in: body, lead: departments.first?.name, explanation: &explanation)
      let action = actions.action(in: body)
      if let action { explanation.append("action \(action.id): verb '\(action.verb)'") }
      let found = deadline(unit.text)
      if let found { explanation.append("deadline '\(found.text)' (\(found.kind.rawValue))") }
      var directive = Directive(
        id: "",
        file: file,
        document: speech.index,
        line: unit.line,
        text: unit.text,
        departments: departments,
        owner: owner,
        action: action?.id,
        deadline: found,
        explanation: explanation
      )
      directive.diffuseSubject = finding.assignments.isEmpty ? finding.diffuse : nil
      result.append(directive)
    }
    return result
  }

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
    winners: [PhraseRuleResolver.Hit]
  ) -> String? {
    if opensWith(lexicon.narrowing, body) { return "narrows the sentence before to its focus" }
    if topic.introducesList { return "the subject introduces what follows" }
    if unit.item != nil { return "an item under the subject" }
    if chained { return "continues the units that inherited it" }
    if opensWith(lexicon.continuation, body) { return "opens with a continuation word" }
    let carried = Set(topic.assignments.map(\.name))
    if winners.contains(where: { carried.contains($0.rule.department) }) {
      return "phrase rules agree"
    }
    return nil
  }

  /// Whether a phrase sits in a clause that names no duty: one that reports what was done
  /// (已经将病毒排查清楚), or a frame that says whose requirements the work follows
  /// (按照大数据核查“138”机制要求，…).
  private func namesNoDuty(_ body: Scalars, at offset: Int) -> Bool {
    let start = (body[..<offset].lastIndex(where: SubjectFinder.clauseBreaks.contains) ?? -1) + 1
    let end = body[offset...].firstIndex(where: SubjectFinder.clauseBreaks.contains) ?? body.count
    let clause = Array(body[start..<end])
    if !lexicon.report.matches(in: clause).isEmpty { return true }
    let string = clause.string(0..<clause.count)
    return lexicon.frameOpenings.contains(where: string.hasPrefix)
      && lexicon.frameEndings.contains(where: string.hasSuffix)
  }

  /// Whether the unit's first word is one of a list's words.
  private func opensWith(_ words: PhraseMatcher<Void>, _ body: Scalars) -> Bool {
    words.matches(in: Array(body.prefix(DirectiveClassifier.openingWindow))).contains {
      $0.start == 0
    }
  }

  private static func endsWithColon(_ text: String) -> Bool {
    text.hasSuffix("：") || text.hasSuffix(":")
  }

  /// Whether the phrase rules point a subjectless unit away from the carried subject.
  ///
  /// They do when they fire and none of their departments is the carried one (区市场监管局要…。
  /// 同时要做好院感防控 is 卫健委's work, not 市场监管局's). Rules that agree with the subject leave
  /// it carried.
  private func ruleOverrides(
    _ topic: Topic,
    _ winners: [PhraseRuleResolver.Hit],
    _ explanation: inout [String]
  ) -> Bool {
    let carried = Set(topic.assignments.map(\.name))
    guard !winners.isEmpty, winners.allSatisfy({ !carried.contains($0.rule.department) }) else {
      return false
    }
    explanation.append(
      "the carried subject (\(carried.sorted().joined(separator: "、")), line \(topic.line)) gives way: phrase rules name other work"
    )
    return true
  }

  /// Whether a unit's subject becomes its whole passage's: it opens the passage and is not one
  /// item of an inline list (一是…二是…), whose items each stand alone.
  private func setsPassage(_ unit: Unit) -> Bool {
    guard unit.position == 0 else { return false }
    guard let item = unit.item else { return true }
    return item.style == .section || item.style == .parenthesised || item.style == .arabic
  }

  /// Departments from phrase rules, else from the speech's audience.
  private func inferred(
    hits: [PhraseRuleResolver.Hit],
    winners: [PhraseRuleResolver.Hit],
    context: ContextResolver.Context?,
    explanation: inout [String]
  ) -> [DepartmentAssignment] {
    if !winners.isEmpty {
      for winner in winners {
        explanation.append(
          "phrase rule \(winner.rule.id) (priority \(winner.rule.priority)): '\(winner.phrase)' → \(winner.rule.department)"
        )
      }
      let winning = Set(winners.map(\.rule.department))
      for loser in hits where !winning.contains(loser.rule.department) {
        explanation.append(
          "  lost: \(loser.rule.id) (priority \(loser.rule.priority), lower than \(winners[0].rule.priority)): '\(loser.phrase)' → \(loser.rule.department)"
        )
      }
      return winners.map {
        DepartmentAssignment(name: $0.rule.department, role: .lead, basis: .rule, rule: $0.rule.id)
      }
    }
    if let context {
      explanation.append(
        "context rule \(context.rule): the speech's opening names '\(context.phrase)' → \(context.department)"
      )
      return [
        DepartmentAssignment(
          name: context.department,
          role: .lead,
          basis: .context,
          rule: context.rule
        )
      ]
    }
    explanation.append(
      "no subject, no carried subject, no phrase rule, no context: no specific owner"
    )
    return []
  }

  /// The answerable post named in the unit, else the roster's person for the lead department.
  private func owner(in body: Scalars, lead: String?, explanation: inout [String]) -> String? {
    if let post = lexicon.posts.longestMatches(in: body).first {
      let text = body.string(post.range)
      explanation.append("owner: the post '\(text)' is named")
      return text
    }
    if let lead, let person = roster.person(for: lead) {
      explanation.append("owner: \(person) from the roster for \(lead)")
      return person
    }
    return nil
  }
}
