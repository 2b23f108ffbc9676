/// Finds the departments a unit names as the ones who must act, and tells them from the ones
/// it only mentions (向卫健委报告, 配合公安部门, 为…提供保障).
///
/// A clause's subject is the run of names at its start (``SubjectRun``: registry names, short
/// names in a closed list, bodies known by the shape of their name) followed closely by a modal
/// marker or a lead or support verb; or the names a requirement is addressed to (要求X…).
/// Departments listed after a support verb (会同…, 与…配合) support the subject. A clause that is
/// nothing but names (经信局、环保局、水务局,供电局配合) joins the subject of the clause after it.
struct SubjectFinder: Sendable {
  /// What the subject analysis of one unit found.
  struct Finding: Sendable {
    /// Departments named as acting, in order, lead first.
    var assignments: [DepartmentAssignment] = []
    /// A subject that names everybody (各地各部门), if the unit has one and no department.
    var diffuse: String?
    /// Whether the named subject only supports (疾控部门要紧密配合) another lead.
    var subjectOnlySupports = false
    /// Where, in the body, the first acting name starts.
    var subjectStart: Int?
    /// Where each acting department's name starts, by canonical name (for `rules test`'s `↓`).
    var actingStarts: [String: [Int]] = [:]
    /// What was decided and why, for `explain`.
    var notes: [String] = []
    /// Whether the unit is nothing but names that head what follows (2.县交通运输局,
    /// 县公安局：): it says who acts and asks nothing itself.
    var namesOnly = false
  }

  let lexicon: Lexicon

  /// The acting departments of a unit's body.
  ///
  /// - Parameters:
  ///   - written: The unit's text after its item marker.
  ///   - taskLine: Whether the unit is a line of a task list, where a subject at its head acts
  ///     without a modal marker (住建局统筹协调全局).
  /// - Returns: What was found.
  func find(in written: Scalars, taskLine: Bool = false) -> Finding {
    let body = Self.restoringRedactedLevels(written)
    let departments = lexicon.departments.longestMatches(in: body)
    let ranges = clauses(of: body)
    var found = Found()
    readClauses(ranges, of: body, departments: departments, taskLine: taskLine, into: &found)
    addAgents(in: body, to: &found)
    if found.finding.assignments.isEmpty { addMembers(in: body, clauses: ranges, to: &found) }
    if found.finding.assignments.isEmpty, found.finding.diffuse == nil {
      addTeam(in: body, to: &found)
    }
    for match in departments where !found.used.contains(match.start) {
      let before = body.string(max(0, match.start - 3)..<match.start)
      found.finding.notes.append(
        "'\(body.string(match.range))' is only mentioned (…\(before)), not acting"
      )
    }
    return found.finished
  }

  /// What a search has found so far: the finding, the names it used, and whether a named
  /// subject only helps.
  private struct Found {
    var finding = Finding()
    var used = Set<Int>()
    var supportOnly = false

    /// The finding, settled: no word for everybody beside named departments, and a subject
    /// that only helps when nothing else supports.
    var finished: Finding {
      var finding = finding
      if !finding.assignments.isEmpty { finding.diffuse = nil }
      finding.subjectOnlySupports =
        supportOnly && !finding.assignments.contains { $0.role == .support }
      return finding
    }
  }

  /// Reads each clause's acting run, its supporters, and a bare list that joins the next
  /// clause's subject.
  private func readClauses(
    _ ranges: [Range<Int>],
    of body: Scalars,
    departments: [PhraseMatcher<String>.Match],
    taskLine: Bool,
    into found: inout Found
  ) {
    var pendingList: SubjectRun?
    for (index, clause) in ranges.enumerated() {
      // On a task line every clause may open with who acts (…职责：住建局统筹…；各村对超市…，
      // 各督导组对敬老院…).
      var acting = acting(in: body, clause: clause, taskLine: taskLine)
      if acting == nil, index > 0, startsWithModal(body, clause) {
        acting = framedSubject(in: ranges[index - 1], of: body, departments: departments)
      }
      if acting == nil, let list = bareList(in: body, clause: clause) {
        // Names that label the unit with a colon (县交通运输局：负责…) act in what follows it;
        // names alone (a plan's 2.县交通运输局 over its duties) act in what the unit heads.
        guard index == 0,
          clause.upperBound == body.count || Punctuation.colons.contains(body[clause.upperBound])
        else {
          pendingList = list
          continue
        }
        acting = list
        found.finding.namesOnly = ranges.count == 1
        found.finding.notes.append("the names that open the unit label who acts")
      }
      guard var run = acting else {
        pendingList = nil
        continue
      }
      if let list = pendingList, run.isSpecific {
        run.names = list.names + run.names
        found.finding.notes.append("the names of the clause before belong to this clause's subject")
      }
      pendingList = nil
      // A clause that only 配合s after an earlier clause named the lead (由商务厅牵头，发改、
      // 海关等部门配合) names that lead's supporters.
      let supportsEarlierLead =
        run.verbIsSupport && found.finding.assignments.contains { $0.role == .lead }
      record(run, supportsEarlierLead: supportsEarlierLead, in: &found)
      if run.verbIsSupport, !supportsEarlierLead, run.isSpecific { found.supportOnly = true }
      for supporter in supporters(
        in: body,
        clause: clause,
        after: run.end,
        departments: departments
      ) {
        add(supporter.name, role: .support, via: .partner, to: &found.finding)
        found.finding.notes.append("\(supporter.name) supports (after '\(supporter.verb)')")
        if let start = supporter.start { found.used.insert(start) }
      }
    }
  }

  /// Adds the departments named after 由 as the ones who do the work.
  private func addAgents(in body: Scalars, to found: inout Found) {
    for agent in agents(in: body) where !found.used.contains(agent.start) {
      add(agent.name, role: .lead, via: .agent, to: &found.finding)
      found.finding.actingStarts[agent.name, default: []].append(agent.start)
      found.finding.notes.append("'由\(agent.text)…' makes \(agent.name) the one who acts")
      found.used.insert(agent.start)
    }
  }

  /// Adds the members a joint body's 各成员单位 stands for, from the list the unit gives.
  private func addMembers(in body: Scalars, clauses ranges: [Range<Int>], to found: inout Found) {
    guard let word = found.finding.diffuse ?? memberSubject(in: body),
      lexicon.memberWords.contains(word), let members = listedMembers(in: body, clauses: ranges)
    else { return }
    for member in members.names {
      switch member {
      case .department(let name, _, let start, _):
        add(name, role: .lead, via: .subject, to: &found.finding)
        found.finding.actingStarts[name, default: []].append(start)
        found.used.insert(start)
      case .organisation(let name, _):
        add(name, role: .lead, via: .organisation, to: &found.finding)
      case .diffuse:
        break
      }
    }
    let names = found.finding.assignments.map(\.name).joined(separator: "、")
    found.finding.notes.append("'\(word)' are the members the unit lists: \(names)")
  }

  /// Adds the team the unit forms or sends, when nothing else acts.
  private func addTeam(in body: Scalars, to found: inout Found) {
    guard let team = dispatchedTeam(in: body) else { return }
    add(team.name, role: .lead, via: .team, to: &found.finding)
    found.finding.notes.append("'\(team.verb)…\(team.name)': the team formed or sent acts")
  }

  /// A members word right before a modal marker (联席会议各成员单位要…), the unit's subject even
  /// where what precedes it is no name.
  private func memberSubject(in body: Scalars) -> String? {
    for match in lexicon.diffuse.longestMatches(in: body) {
      let word = body.string(match.range)
      guard lexicon.memberWords.contains(word) else { continue }
      let window = Array(body[match.end...].prefix(Self.verbGap))
      if lexicon.modalMarkers(in: window).contains(where: { $0.start <= Self.verbGap }) {
        return word
      }
    }
    return nil
  }

  /// The longest closed list of bodies in the unit (完善区食安办、区综治办…等七部门共同参与的
  /// 机制), which names the members a 各成员单位 subject stands for.
  private func listedMembers(in body: Scalars, clauses: [Range<Int>]) -> SubjectRun? {
    var best: SubjectRun?
    // A list starts where a word does: a level prefix, a name, or right after a verb.
    var starts = Set(clauses.map(\.lowerBound))
    starts.formUnion(lexicon.levelPrefixes.matches(in: body).map(\.start))
    starts.formUnion(lexicon.departments.matches(in: body).map(\.start))
    starts.formUnion(lexicon.shortNames.matches(in: body).map(\.start))
    starts.formUnion(lexicon.imperative.matches(in: body).map(\.end))
    for clause in clauses {
      for start in clause where starts.contains(start) {
        let run = names(in: body, from: start, clause: clause)
        let specific = run.names.filter(\.isSpecific)
        guard run.closed, specific.count >= Self.fewestMembers,
          specific.count > best?.names.count ?? 0
        else { continue }
        var members = run
        members.names = specific
        best = members
      }
    }
    return best
  }

  /// The body with each redaction mark before a Han character read as 市, the level word that
  /// redacted texts hide (x场监管部门, x委x政府, 成都x作为…): names are found in this reading.
  static func restoringRedactedLevels(_ body: Scalars) -> Scalars {
    guard body.contains(where: redactions.contains) else { return body }
    var restored = body
    for index in body.indices.dropLast()
    where redactions.contains(body[index]) && body[index + 1].isHan {
      restored[index] = "市"
    }
    return restored
  }

  /// Enters a clause's run into the finding: its names lead, or support the lead before them.
  private func record(_ run: SubjectRun, supportsEarlierLead: Bool, in found: inout Found) {
    let role: DepartmentAssignment.Role = supportsEarlierLead ? .support : .lead
    let acting =
      supportsEarlierLead
      ? "supports the lead named before it"
      : run.addressed ? "is addressed by the requirement" : "is the acting subject"
    if found.finding.subjectStart == nil { found.finding.subjectStart = run.names.first?.start }
    for item in run.unknownItems {
      found.finding.notes.append("'\(item)' in the list is no department the registry knows")
    }
    for name in run.names {
      switch name {
      case .department(let canonical, let text, let start, let via):
        let how: DepartmentAssignment.Via =
          run.addressed ? .addressee : supportsEarlierLead ? .partner : run.agent ? .agent : via
        add(canonical, role: role, via: how, to: &found.finding)
        found.finding.actingStarts[canonical, default: []].append(start)
        let kind = via == .shortNames ? " (a short name in a list)" : ""
        found.finding.notes.append("'\(text)'\(kind) \(acting) → \(canonical)")
        found.used.insert(start)
      case .organisation(let organisation, _):
        add(
          organisation,
          role: role,
          via: run.addressed ? .addressee : .organisation,
          to: &found.finding
        )
        found.finding.notes.append("'\(organisation)' \(acting) (not in the registry)")
      case .diffuse(let word, _):
        if found.finding.diffuse == nil { found.finding.diffuse = word }
      }
    }
  }

  // MARK: - Clauses

  /// The run that acts in a clause: its head, or the names a requirement inside it is
  /// addressed to (会议要求各地各部门…, 要求街道林业站、各村(社区)要…).
  private func acting(in body: Scalars, clause: Range<Int>, taskLine: Bool) -> SubjectRun? {
    if let run = subject(in: body, clause: clause, taskLine: taskLine) { return run }
    let scalars = Array(body[clause])
    for verb in lexicon.addressingVerbs.matches(in: scalars) {
      if let run = addressee(in: body, clause: clause, after: clause.lowerBound + verb.end) {
        return run
      }
    }
    return nil
  }

  /// Whether a clause opens with a modal marker (…的，要…).
  private func startsWithModal(_ body: Scalars, _ clause: Range<Int>) -> Bool {
    lexicon.modalMarkers(in: Array(body[clause].prefix(Self.verbGap))).contains { $0.start == 0 }
  }

  /// The department a framing clause names at its start or end, for a following clause that
  /// opens with its modal marker: `医疗机构不具备确诊条件的，要…`, `有条件的医疗机构，要…`.
  private func framedSubject(
    in clause: Range<Int>,
    of body: Scalars,
    departments: [PhraseMatcher<String>.Match]
  ) -> SubjectRun? {
    let inside = departments.filter { clause.contains($0.start) && $0.end <= clause.upperBound }
    let mentioned = { (match: PhraseMatcher<String>.Match) -> Bool in
      match.start > clause.lowerBound
        && lexicon.mentionWords.matches(in: Array(body[clause.lowerBound..<match.start]))
          .contains { $0.end == match.start - clause.lowerBound }
    }
    // A clause that opens with a mention word fronts an object (对供水不足的村组，要…).
    let frontsObject = lexicon.mentionWords.matches(in: Array(body[clause])).contains {
      $0.start == 0
    }
    let framed: PhraseMatcher<String>.Match?
    if let first = inside.first, first.start - clause.lowerBound <= 1, !mentioned(first) {
      framed = first
    } else if let last = inside.last, last.end == clause.upperBound, !mentioned(last),
      !frontsObject
    {
      framed = last
    } else {
      framed = nil
    }
    guard let framed else { return nil }
    var run = SubjectRun(end: framed.end)
    run.names = [
      .department(
        framed.payload,
        text: body.string(framed.range),
        start: framed.start,
        via: .subject
      )
    ]
    return run
  }

  private func clauses(of body: Scalars) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (offset, scalar) in body.enumerated() where Punctuation.clauseBreaks.contains(scalar) {
      if offset > start { ranges.append(start..<offset) }
      start = offset + 1
    }
    if start < body.count { ranges.append(start..<body.count) }
    return ranges
  }

  /// Departments listed after a support verb (会同A、B) or between 与/同/和 and one (与A配合).
  private func supporters(
    in body: Scalars,
    clause: Range<Int>,
    after start: Int,
    departments: [PhraseMatcher<String>.Match]
  ) -> [(name: String, start: Int?, verb: String)] {
    let segment = Array(body[start..<clause.upperBound])
    var found: [(name: String, start: Int?, verb: String)] = []
    for verb in lexicon.supportVerbs.matches(in: segment) {
      let run = names(in: body, from: start + verb.end, clause: clause)
      for name in run.names {
        switch name {
        case .department(let canonical, _, let start, _):
          found.append((canonical, start, segment.string(verb.range)))
        case .organisation(let organisation, _):
          found.append((organisation, nil, segment.string(verb.range)))
        case .diffuse:
          break
        }
      }
    }
    for verb in lexicon.helpingVerbs.matches(in: segment) {
      let before = departments.filter { $0.end <= start + verb.start && $0.start > start }
      if let last = before.last, Self.partnerWords.contains(body[last.start - 1]) {
        found.append((last.payload, last.start, "与…" + segment.string(verb.range)))
      }
    }
    return found
  }

  /// A team the unit forms or sends (派驻工作组, 组成7个督导组): a dispatch verb, then within a
  /// few characters an organisation name, after any count (7个, 三支).
  private func dispatchedTeam(in body: Scalars) -> (name: String, verb: String)? {
    for verb in lexicon.dispatchVerbs.matches(in: body) {
      let whole = 0..<body.count
      var first = verb.end
      while first < body.count, Self.countWords.contains(body[first]) { first += 1 }
      for start in first..<min(body.count, verb.end + Self.dispatchReach) {
        if let end = organisationEnd(body, at: start, clause: whole, inList: true),
          end - start >= 2
        {
          return (stripLevel(body.string(start..<end)), body.string(verb.range))
        }
      }
    }
    return nil
  }

  /// The departments named after 由 as the ones who do the work (由县防汛防旱指挥部统一指挥,
  /// 由财政部门据实结算), level prefixes allowed between.
  private func agents(in body: Scalars) -> [(name: String, text: String, start: Int)] {
    var found: [(name: String, text: String, start: Int)] = []
    for (offset, scalar) in body.enumerated()
    where scalar == "由" && !partOfLongerMention(body, before: offset + 1) {
      let clauseEnd =
        body[(offset + 1)...].firstIndex(where: Punctuation.clauseBreaks.contains) ?? body.count
      let run = names(in: body, from: offset + 1, clause: (offset + 1)..<clauseEnd)
      guard agentVerbFollows(body, after: run.end) else { continue }
      for name in run.names {
        if case .department(let canonical, let text, let start, _) = name {
          found.append((canonical, text, start))
        }
      }
    }
    return found
  }

  /// Whether 由X is followed by what X does (由财政部门据实结算, 由公安部门牵头) rather than
  /// being a source (由卫健委提供的数据 is still X acting, so any Han text qualifies).
  private func agentVerbFollows(_ body: Scalars, after end: Int) -> Bool {
    end < body.count && body[end].isHan && body[end] != "的"
  }

  /// Whether the 由 before `start` is part of a longer mention word (交由, 经由): a hand-over,
  /// not an agent.
  private func partOfLongerMention(_ body: Scalars, before start: Int) -> Bool {
    lexicon.mentionWords.matches(in: Array(body[max(0, start - 4)..<start]))
      .contains { $0.end == min(4, start) && $0.length > 1 }
  }

  private func add(
    _ name: String,
    role: DepartmentAssignment.Role,
    via: DepartmentAssignment.Via,
    to finding: inout Finding
  ) {
    if let index = finding.assignments.firstIndex(where: { $0.name == name }) {
      if role == .lead { finding.assignments[index].role = .lead }
      return
    }
    finding.assignments.append(
      DepartmentAssignment(name: name, role: role, basis: .explicit, via: via)
    )
  }

  /// How many characters may stand between a subject and its verb (要, 牵头): 也, 都, 务必.
  static let verbGap = 4
  static let longestJoiner = 8
  /// The fewest bodies a list needs to name the members of a joint body.
  static let fewestMembers = 2
  /// How far after 派驻/组成 a team's name may start (组成7个督导组).
  static let dispatchReach = 5
  static let longestOrganisation = 10
  /// The longest list item the registry does not know that a list may hold (水文 in
  /// 气象、水文、农业等部门).
  static let longestUnknownItem = 4
  /// The longest bracketed aside after a name (水利(防办)).
  static let longestAside = 6
  static let agentMarkers: Set<Unicode.Scalar> = Set("由请".unicodeScalars)
  /// What a counted list is of (等10个部门).
  static let countedNouns = ["部门", "单位"]
  static let partnerWords: Set<Unicode.Scalar> = Set("与同和跟".unicodeScalars)
  /// Redaction marks that stand for a place name (x市, ×区): skipped before a subject.
  static let redactions = Numerals.redactionScalars
  /// Numerals and measure words that count the teams sent (组成7个督导组).
  static let countWords: Set<Unicode.Scalar> = Set("0123456789一二两三四五六七八九十几多个支批".unicodeScalars)

}
