/// Decides whether a unit lays down work: a modal marker (要, 必须, 严禁 …) that no longer word
/// swallows, an imperative opening (加强…, 做好…), or work handed to a department (由财政部门
/// 据实结算), and no report marker after which nothing is asked.
struct DirectiveClassifier: Sendable {
  /// The decision on one unit.
  struct Decision: Sendable {
    /// Whether the unit is a directive.
    var isDirective: Bool
    /// Why, in words, for `explain`.
    var reason: String
    /// Whether the unit reports what happened or what a meeting is for: what follows a title
    /// never does.
    var reports = false

    /// A directive, and why.
    static func directive(_ reason: String) -> Decision {
      Decision(isDirective: true, reason: reason)
    }

    /// Not a directive, and why.
    static func notDirective(_ reason: String, reports: Bool = false) -> Decision {
      Decision(isDirective: false, reason: reason, reports: reports)
    }
  }

  /// A unit's own words: its text without the speaker's lead-in (彭清华指出，), the item marker
  /// that follows the lead-in or opens the unit, and the body after the marker.
  struct SpokenPart: Sendable {
    /// The task text: the unit without its lead-in.
    var text: String
    /// The text after the item marker.
    var body: Scalars
    /// The item marker, before or after the lead-in.
    var item: ItemMarker?
    /// The lead-in taken off, if any.
    var leadIn: String?
  }

  let lexicon: Lexicon

  /// The unit's own words, after any speaker's lead-in.
  func spokenPart(of unit: Unit) -> SpokenPart {
    let scalars = Array(unit.text.unicodeScalars)
    guard unit.item == nil, let end = leadInEnd(scalars) else {
      return SpokenPart(text: unit.text, body: Array(unit.body.unicodeScalars), item: unit.item)
    }
    let text = scalars.string(from: end)
    let item = ItemMarker.leading(in: text)
    let body = Array(text.unicodeScalars.dropFirst(item?.text.unicodeScalars.count ?? 0))
    return SpokenPart(
      text: text,
      body: body,
      item: item,
      leadIn: scalars.string(0..<end).trimmingWhitespace()
    )
  }

  /// Where the words after a speaker's lead-in start (`彭清华指出，`, `会议要求，`, `会上，他强调，`),
  /// or `nil` when the unit has none or nothing after it.
  func leadInEnd(_ scalars: Scalars) -> Int? {
    var offset = 0
    var found: Int?
    while offset < scalars.count {
      let rest = Array(scalars[offset...].prefix(Self.leadInLength))
      guard let comma = rest.firstIndex(where: Punctuation.leadInBreaks.contains), comma > 0 else {
        break
      }
      let clause = rest.string(0..<comma)
      guard lexicon.speakerVerbs.contains(where: clause.hasSuffix),
        !lexicon.imperative.matches(in: rest).contains(where: { $0.start == 0 })
      else { break }
      offset += comma + 1
      while offset < scalars.count, Self.commas.contains(scalars[offset]) { offset += 1 }
      found = offset
    }
    guard let found, found < scalars.count else { return nil }
    return found
  }

  /// Classifies a unit's body (its text after the item marker).
  ///
  /// The first step that decides wins: what can never ask (too short, a question, a meeting's
  /// purpose), the modal markers and reports, an imperative opening, a requirement's verb, and
  /// work assigned to a named body.
  ///
  /// - Parameters:
  ///   - body: The unit's own words.
  ///   - finding: What the subject analysis found in them.
  ///   - taskLine: Whether the unit is a line of a task list.
  ///   - item: The item marker before the body: 一要, 二要 ask as 要 does (一要修订预案).
  /// - Returns: The decision.
  func classify(
    _ body: Scalars,
    finding: SubjectFinder.Finding = SubjectFinder.Finding(),
    taskLine: Bool = false,
    item: ItemMarker? = nil
  ) -> Decision {
    if let item, item.style == .inline, item.text.hasSuffix(Self.askingItemEnd) {
      return classify(
        Array(Self.askingItemEnd.unicodeScalars) + body,
        finding: finding,
        taskLine: taskLine
      )
    }
    if let refusal = asksNothing(body) { return refusal }
    let reportEnd = lexicon.report.matches(in: body).map(\.end).max()
    return modalDecision(body, reportEnd: reportEnd) ?? imperativeOpening(body)
      ?? addressedImperative(body, after: reportEnd).map {
        .directive("requires of its addressee the imperative '\($0)'")
      }
      ?? assignment(body, finding: finding, taskLine: taskLine)
      ?? .notDirective("no modal marker and no imperative opening")
  }

  /// Classifies a unit that a responsibility note follows (餐饮场所燃气隐患排查整治。（牵头单位：
  /// …）): the note makes it a task, unless it cannot ask anything or reports.
  ///
  /// - Parameter body: The unit's own words.
  /// - Returns: The decision.
  func classifyNoted(_ body: Scalars) -> Decision {
    if let refusal = asksNothing(body) { return refusal }
    if let report = lexicon.report.matches(in: body).first {
      return .notDirective(
        "reports rather than asks ('\(body.string(report.range))')",
        reports: true
      )
    }
    return .directive("a task, its responsibility note follows")
  }

  // MARK: - Steps

  /// A unit that cannot ask anything: too short, a question, or a meeting's purpose.
  private func asksNothing(_ body: Scalars) -> Decision? {
    guard body.lazy.filter(\.isHan).count >= Self.shortestDirective else {
      return .notDirective("too short to ask anything")
    }
    // A question asks nothing of anybody: rhetorical (为什么要…呢？) or a checklist (是否到位？).
    if isQuestion(body) { return .notDirective("a question, not a directive") }
    if let purpose = lexicon.meetingPurposes.matches(in: body).first {
      return .notDirective(
        "states the meeting's purpose ('\(body.string(purpose.range))')",
        reports: true
      )
    }
    return nil
  }

  /// The decision the modal markers and report markers make, if they make one: a modal marker
  /// after the last report asks; a report with nothing asked after it reports.
  private func modalDecision(_ body: Scalars, reportEnd: Int?) -> Decision? {
    // A modal inside quotation marks is quoted (习近平围绕“领导干部要坚守岗位”…指出), not asked.
    let quoted = Self.quotedRanges(in: body)
    let modals = lexicon.modalMarkers(in: body).filter { modal in
      !quoted.contains { $0.contains(modal.start) }
    }
    // After a report, 确保 or 力争 states the purpose of what was done, not new work.
    let asking = modals.filter { modal in
      guard let reportEnd, modal.start >= reportEnd else { return true }
      return !lexicon.purposeModals.contains(body.string(modal.range))
    }
    // …主持召开抗旱会商会，要求科学抗旱：a requirement after the report asks again.
    if let reportEnd, asking.allSatisfy({ $0.start < reportEnd }),
      addressedImperative(body, after: reportEnd) == nil
    {
      let report = lexicon.report.matches(in: body).first { $0.end == reportEnd }
      return .notDirective(
        "reports rather than asks ('\(body.string(report?.range ?? 0..<0))')",
        reports: true
      )
    }
    return asking.first { $0.start >= (reportEnd ?? 0) }.map {
      .directive("modal marker '\(body.string($0.range))'")
    }
  }

  /// A directive that opens, after any lead-in, with an imperative verb (加强…, 做好…) that does
  /// not open an evaluated clause (抓好…，是…) and is not done already (加强了…).
  private func imperativeOpening(_ body: Scalars) -> Decision? {
    let opening = openingOffset(body)
    let window = Array(body[opening...].prefix(Self.openingWindow))
    guard let verb = lexicon.imperative.matches(in: window).first(where: { $0.start == 0 }),
      !lexicon.notImperative.matches(in: window).contains(where: {
        $0.start == 0 && $0.length > verb.length
      }),
      !Self.isPerfective(window, after: verb.end),
      !isEvaluation(body, from: opening)
    else { return nil }
    return .directive("opens with the imperative '\(window.string(verb.range))'")
  }

  /// Work handed to a named body: its agent (由…), the addressee of a requirement, the subject
  /// of a task line, or a subject with a lead verb (区住建局负责…).
  private func assignment(
    _ body: Scalars,
    finding: SubjectFinder.Finding,
    taskLine: Bool
  ) -> Decision? {
    guard !finding.namesOnly else { return nil }
    if let named = finding.assignments.first(where: { $0.role == .lead && $0.via != .team }),
      named.via == .agent || named.via == .addressee || taskLine
        || lexicon.leadVerbs.matches(in: body).contains(where: { $0.start < Self.openingWindow })
    {
      return .directive("assigns work to the named '\(named.name)'")
    }
    let agent = lexicon.departments.longestMatches(in: body).first {
      $0.start > 0 && body[$0.start - 1] == "由" && $0.end < body.count && body[$0.end].isHan
    }
    return agent.map { .directive("assigns work: '由\(body.string($0.range))…'") }
  }

  /// Whether the verb ending at `end` is marked as done (开展了排查, 落实了责任): a report of
  /// the work, not a request for it; 了解 and 了结 are verbs of their own (深入了解).
  private static func isPerfective(_ window: Scalars, after end: Int) -> Bool {
    guard end < window.count, window[end] == "了" else { return false }
    return end + 1 >= window.count || !"解结".unicodeScalars.contains(window[end + 1])
  }

  /// Whether the clause an imperative opens is the subject of an evaluation (抓好根治欠薪工作，
  /// 是…的重要内容): the next clause opens with the copula.
  private func isEvaluation(_ body: Scalars, from opening: Int) -> Bool {
    guard let comma = body[opening...].firstIndex(where: Punctuation.clauseBreaks.contains),
      comma + 1 < body.count
    else { return false }
    return lexicon.copulas.matches(in: Array(body[(comma + 1)...].prefix(2)))
      .contains { $0.start == 0 }
  }

  /// The offsets inside quotation marks (“…”, 「…」, "…").
  static func quotedRanges(in body: Scalars) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var open: Int?
    for (offset, scalar) in body.enumerated() {
      if let start = open {
        if Punctuation.closingQuoteScalars.contains(scalar) {
          ranges.append(start..<offset)
          open = nil
        }
      } else if Punctuation.openingQuoteScalars.contains(scalar) {
        open = offset + 1
      }
    }
    return ranges
  }

  /// Whether the unit asks a question rather than for work: it ends in ？, a question word
  /// stands in its last clause, and no clause before that lays down work (要…，特别是…是否加固
  /// 完成？ is a directive with a question at its end).
  private func isQuestion(_ body: Scalars) -> Bool {
    guard let last = body.last(where: { !Punctuation.closers.contains($0) }),
      Punctuation.questionMarks.contains(last)
    else { return false }
    let clauseStart = (body.lastIndex(where: Punctuation.clauseBreaks.contains) ?? -1) + 1
    let lastClause = Array(body[clauseStart...])
    guard !lexicon.questionWords.matches(in: lastClause).isEmpty else { return false }
    return lexicon.modalMarkers(in: Array(body[..<clauseStart])).isEmpty
  }

  /// The imperative a requirement near the start asks of its addressee (会议要求各地各部门加强
  /// 值班值守), if any: an addressing verb, then within a few characters of the same clause an
  /// imperative verb.
  private func addressedImperative(_ body: Scalars, after start: Int? = nil) -> String? {
    let verbs: [PhraseMatcher<Void>.Match]
    if let start {
      // A superior's instruction relayed (…作出批示，要求…) is reported, not asked again.
      let relayed = lexicon.relayedInstructions.matches(in: body).map(\.end).min()
      verbs = lexicon.addressingVerbs.matches(in: body).filter { verb in
        verb.start >= start && relayed.map { verb.start < $0 } ?? true
      }
    } else {
      let head = Array(body.prefix(Self.leadInLength))
      verbs = lexicon.addressingVerbs.matches(in: head).filter { match in
        !head[..<match.start].contains(where: Self.commas.contains)
      }
    }
    for verb in verbs {
      let after = Array(body[verb.end...].prefix(Self.addresseeReach))
      let clause = Array(after.prefix { !Self.commas.contains($0) })
      if let imperative = lexicon.imperative.matches(in: clause).first {
        return clause.string(imperative.range)
      }
    }
    return nil
  }

  /// Where the unit's own words start, after continuation and narrowing words and a lead-in
  /// (`同时，`, `重点`, `他强调，`, `在…的基础上，`); a clause that itself opens with an imperative
  /// (自觉遵守防疫要求，…) is no lead-in.
  func openingOffset(_ body: Scalars) -> Int {
    var offset = 0
    while offset < body.count {
      let rest = Array(body[offset...].prefix(Self.leadInLength))
      // 要求落实好…: the requirement's verb opens what it requires.
      if let word =
        (lexicon.continuation.matches(in: rest) + lexicon.narrowing.matches(in: rest)
        + lexicon.addressingVerbs.matches(in: rest))
        .filter({ $0.start == 0 }).max(by: { $0.length < $1.length })
      {
        offset += word.length
      } else if let comma = rest.firstIndex(where: Self.commas.contains), comma > 0,
        lexicon.leadInEndings.contains(where: rest.string(0..<comma).hasSuffix),
        !lexicon.imperative.matches(in: rest).contains(where: { $0.start == 0 })
      {
        offset += comma
      } else {
        break
      }
      while offset < body.count, Self.commas.contains(body[offset]) { offset += 1 }
    }
    return offset
  }

  /// The fewest Han characters a directive has (加强管理); shorter units are fragments (对冷链?).
  static let shortestDirective = 4
  /// The end of an inline item marker that is itself a modal (一要, 二要).
  private static let askingItemEnd = "要"

  /// How far into a unit an imperative opening is looked for.
  static let openingWindow = 12
  /// How far after 要求 the required verb may stand (要求各地各部门|加强…).
  static let addresseeReach = 12
  /// The longest speaker lead-in (`市委书记陈之常强调，`).
  static let leadInLength = 16
  static let commas: Set<Unicode.Scalar> = Set("，,：:、 ".unicodeScalars)
}
