/// Runs the examples every rule carries: a triggering example must make the rule fire, a
/// non-triggering one must not (SwiftLint's triggering/non-triggering examples, for our rules).
///
/// What "fire" means depends on the kind of rule: a department is the acting subject; a phrase
/// rule matches; a context rule applies to a speech opening; a debris rule drops a line; an
/// action is the one chosen; a word list changes the decision it exists for; a time example
/// holds a time phrase (starting at each marker); a holiday-schedule example counts as written.
public struct RuleExampleRunner: Sendable {
  private let rules: RuleSet
  private let lexicon: Lexicon
  private let classifier: DirectiveClassifier
  private let subjects: SubjectFinder
  private let phrases: PhraseRuleResolver
  private let extractor: DirectiveExtractor
  private let audiences: AudienceFinder
  private let times: TimeExpressionParser

  /// Creates a runner over a loaded rule set.
  ///
  /// - Parameter rules: The rule set.
  public init(rules: RuleSet) {
    self.rules = rules
    lexicon = Lexicon(rules: rules)
    classifier = DirectiveClassifier(lexicon: lexicon)
    subjects = SubjectFinder(lexicon: lexicon)
    phrases = PhraseRuleResolver(rules: rules.phraseRules)
    extractor = DirectiveExtractor(rules: rules)
    audiences = AudienceFinder(rules: rules, lexicon: lexicon)
    times = TimeExpressionParser(vocabulary: rules.timeVocabulary)
  }

  /// How many examples were run and which failed.
  public struct Report: Sendable {
    /// The number of examples run.
    public var examplesRun = 0
    /// The failures.
    public var failures: [Finding] = []
  }

  /// Runs every example of every rule, or of the rules of one file.
  ///
  /// A triggering example may mark with `↓` where the rule fires (where a phrase rule's phrase,
  /// a department's acting name or a context rule's phrase starts); the rule must then fire
  /// exactly there. Debris rules, actions and word lists have no place and take no marker.
  ///
  /// - Parameters:
  ///   - converter: Converts examples to simplified script, as input is.
  ///   - file: Only the examples written in this file, when given.
  /// - Returns: The report.
  public func run(converter: ScriptConverter? = nil, file: String? = nil) -> Report {
    var report = Report()
    func check(_ id: String, _ examples: RuleExamples, _ places: (String) -> [Int]?) {
      let all = examples.triggering.map { ($0, true) } + examples.nonTriggering.map { ($0, false) }
      for (example, triggering) in all where file.map({ example.location.file == $0 }) ?? true {
        report.examplesRun += 1
        let marked = Self.markers(in: example.text)
        let text = converter?.simplified(marked.text) ?? marked.text
        let found = places(text)
        let problem: String?
        if !triggering {
          problem = found == nil ? nil : "should not trigger but does"
        } else if let found {
          problem =
            marked.offsets.isEmpty || found == marked.offsets
            ? nil : "should trigger at \(marked.offsets) but triggers at \(found)"
        } else {
          problem = "should trigger but does not"
        }
        if let problem {
          report.failures.append(
            Finding(
              ruleID: id,
              severity: .error,
              location: example.location,
              message: "\(problem): \(example.text)"
            )
          )
        }
      }
    }
    for department in rules.departments {
      check(department.ruleID, department.examples) { text in
        let finding = subjects.find(in: Self.body(text))
        guard finding.assignments.contains(where: { $0.name == department.name }) else {
          return nil
        }
        return (finding.actingStarts[department.name] ?? []).sorted()
      }
    }
    for rule in rules.phraseRules {
      check(rule.id, rule.examples) { text in
        let starts = phrases.starts(of: rule, in: Self.body(text))
        return starts.isEmpty ? nil : starts
      }
    }
    for rule in rules.contextRules {
      let resolver = ContextResolver(rules: [rule])
      check(rule.id, rule.examples) { resolver.starts(in: $0) }
    }
    let debris = DebrisFilter(rules: rules.debrisRules)
    for rule in rules.debrisRules {
      let alone = DebrisFilter(rules: [rule])
      check(rule.id, rule.examples) {
        alone.debrisRule(for: $0) != nil && debris.debrisRule(for: $0) != nil ? [] : nil
      }
    }
    let actions = ActionClassifier(actions: rules.actions)
    for action in rules.actions {
      check(action.id, action.examples) {
        actions.action(in: Self.body($0))?.id == action.id ? [] : nil
      }
    }
    for (id, list) in rules.wordLists.sorted(by: { $0.key < $1.key }) {
      check(id.rawValue, list.examples) { wordListFires(id, on: $0) ? [] : nil }
    }
    // Time phrases: each marker starts a phrase found, as said on a fixed day of speaking.
    let times = TimeExpressionParser(vocabulary: rules.timeVocabulary)
    check("time", rules.timeVocabulary.examples) { text in
      let starts = times.deadlines(in: text, meetingDate: Self.exampleMeetingDate)
        .compactMap(\.range?.lowerBound)
      return starts.isEmpty ? nil : starts
    }
    // The holiday schedule's examples `START + N = DUE` must count to DUE; they trigger when
    // the schedule moves DUE away from a Monday-to-Friday count.
    let calendar = rules.timeVocabulary.workingDays
    let weekdays = WorkingDayCalendar()
    let calendarExamples = calendar.examples.triggering + calendar.examples.nonTriggering
    for example in calendarExamples where file.map({ example.location.file == $0 }) ?? true {
      let parsed = WorkingDayCalendar.example(example.text)
      let counted = parsed.map { calendar.adding(workingDays: $0.count, to: $0.start).due }
      guard let parsed, let counted, counted == parsed.due else {
        report.failures.append(
          Finding(
            ruleID: "holidays",
            severity: .error,
            location: example.location,
            message: counted.map { "counts to \($0), not as written: \(example.text)" }
              ?? "not written START + N = DUE: \(example.text)"
          )
        )
        continue
      }
    }
    check("holidays", calendar.examples) { text in
      guard let (start, count, _) = WorkingDayCalendar.example(text) else { return nil }
      let moved =
        calendar.adding(workingDays: count, to: start).due
        != weekdays.adding(workingDays: count, to: start).due
      return moved ? [] : nil
    }
    return report
  }

  /// The day time examples are spoken on.
  static let exampleMeetingDate = CalendarDate(year: 2021, month: 1, day: 27)

  /// An example's text without its `↓` markers, and the scalar offsets they mark.
  static func markers(in text: String) -> (text: String, offsets: [Int]) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    for scalar in text.unicodeScalars {
      if scalar == "↓" { offsets.append(scalars.count) } else { scalars.append(scalar) }
    }
    return (String(scalars: scalars), offsets)
  }

  /// What each word list's examples assert.
  private func wordListFires(_ id: WordListID, on text: String) -> Bool {
    let body = Self.body(text)
    let finding = subjects.find(in: body)
    let known = Set(rules.departments.map(\.name))
    switch id {
    case .modal, .imperative, .continuation, .narrowing, .leadIn:
      return classifier.classify(body).isDirective
    case .notModal, .notImperative, .report, .questionWords, .meetingPurposes, .purposeModals,
      .copulas, .relayedInstructions:
      return !classifier.classify(body).isDirective
    case .diffuse:
      return finding.diffuse != nil
    case .frameOpenings, .frameEndings, .exhortations:
      // A framed clause's phrases do not fire: the example holds one and gets no department.
      return !phrases.hits(in: body).isEmpty && departments(extractedFrom: text).isEmpty
    case .audiencePronouns:
      return finding.diffuse.map(lexicon.audiencePronouns.contains) == true
        && !phrases.winners(in: phrases.hits(in: body)).isEmpty
    case .ownerPosts:
      return !lexicon.posts.matches(in: body).isEmpty
    case .supportVerbs, .helpingVerbs:
      return finding.assignments.contains { $0.role == .support } || finding.subjectOnlySupports
    case .leadVerbs, .framingVerbs:
      return finding.assignments.contains { $0.role == .lead }
    case .mentionBefore:
      return lexicon.departments.longestMatches(in: body).count > finding.assignments.count
    case .organisationSuffixes, .dispatchVerbs, .stationSuffixes:
      return finding.assignments.contains { !known.contains($0.name) }
    case .notOrganisations:
      return !finding.assignments.contains { !known.contains($0.name) }
    case .subjectJoiners, .listClosers, .memberWords:
      return finding.assignments.count > 1
    case .systemWords, .bureauSuffixes, .partyBodies:
      return finding.assignments.contains { known.contains($0.name) }
    case .addressingVerbs:
      return finding.assignments.contains { $0.via == .addressee }
    case .taskPrepositions:
      return !subjects.find(in: body, taskLine: true).assignments.isEmpty
    case .mannerPhrases:
      return !finding.assignments.isEmpty
    case .leadLabels, .responsibleLabels, .supportLabels, .taskLabels:
      return !departments(extractedFrom: text).isEmpty
    case .numberLabels:
      // A row's number goes before its task as an item marker (1.开展…).
      return extracted(text).contains { $0.text.first?.isNumber == true }
    case .limitLabels:
      return extracted(text).contains { directive in
        directive.reasons.contains {
          if case .annotationLimit = $0 { return true }
          return false
        }
      }
    case .speakerVerbs:
      return extracted(text).first.map { $0.text != $0.source } ?? false
    case .conveningVerbs, .meetingWords, .publisherLabels:
      return audiences.audience(for: text) != nil
    case .notAudiences:
      return audiences.audience(for: text) == nil
    }
  }

  /// The departments the extractor gives `text` as a one-line speech.
  private func departments(extractedFrom text: String) -> [String] {
    extracted(text).flatMap { $0.departments.map(\.name) }
  }

  /// The directives the extractor finds in `text` as a one-line speech.
  private func extracted(_ text: String) -> [Directive] {
    var skipped: [SkippedUnit] = []
    // An example of a table holds its rows on lines of their own.
    let lines = text.split(separator: "\n").enumerated().map {
      SourceLine(number: $0.offset + 1, text: String($0.element))
    }
    let speech = extractor.readingTables(Speech(index: 1, lines: lines))
    let units = UnitSplitter().units(of: speech)
    return extractor.directives(in: speech, units: units, file: "example", skipped: &skipped) {
      times.deadline(in: $0, meetingDate: nil)
    }
  }

  private static func body(_ text: String) -> Scalars {
    let unit = Unit(
      text: text,
      line: 1,
      passage: 0,
      position: 0,
      item: ItemMarker.leading(in: text)
    )
    return Array(unit.body.unicodeScalars)
  }
}
