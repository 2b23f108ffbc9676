/// Finds the departments a unit names as the ones who must act, and tells them from the ones
/// it only mentions (向卫健委报告, 配合公安部门, 为…提供保障).
///
/// A clause's subject is the run of department names at its start (level prefixes, 、/和/等部门
/// and 由 allowed between them) followed closely by a modal marker or a lead or support verb.
/// Departments listed after a support verb (会同…, 配合…, 与…配合) support the subject.
struct SubjectFinder: Sendable {
  /// What the subject analysis of one unit found.
  struct Finding: Sendable {
    /// Departments named as acting, in order, lead first.
    var assignments: [DepartmentAssignment] = []
    /// A subject that names everybody (各地各部门), if the unit has one and no department.
    var diffuse: String?
    /// Whether the named subject only supports (疾控部门要紧密配合) another lead.
    var subjectOnlySupports = false
    /// What was decided and why, for `explain`.
    var notes: [String] = []
  }

  /// A name found in a subject run.
  private enum Name {
    case department(String, alias: String)
    case organisation(String)
    case diffuse(String)
  }

  let lexicon: Lexicon

  /// The acting departments of a unit's body.
  func find(in body: Scalars) -> Finding {
    let departments = lexicon.departments.longestMatches(in: body)
    let diffuse = lexicon.diffuse.longestMatches(in: body)
    var finding = Finding()
    var used = Set<Int>()
    var supportOnly = false
    let ranges = clauses(of: body)
    for (index, clause) in ranges.enumerated() {
      var result = subjects(in: body, clause: clause, departments: departments, diffuse: diffuse)
      if result.names.isEmpty, index > 0, startsWithModal(body, clause) {
        result.names = framedSubject(in: ranges[index - 1], of: body, departments: departments)
      }
      // A clause that only 配合s after an earlier clause named the lead (由商务厅牵头，发改、
      // 海关等部门配合) names that lead's supporters.
      let supportsEarlierLead =
        result.verbIsSupport && finding.assignments.contains { $0.role == .lead }
      let role: DepartmentAssignment.Role = supportsEarlierLead ? .support : .lead
      let acting =
        supportsEarlierLead ? "supports the lead named before it" : "is the acting subject"
      for (name, start) in result.names {
        switch name {
        case .department(let canonical, let alias):
          add(canonical, role: role, to: &finding, rule: nil)
          finding.notes.append("'\(alias)' \(acting) → \(canonical)")
          used.insert(start)
        case .organisation(let organisation):
          add(organisation, role: role, to: &finding, rule: nil)
          finding.notes.append("'\(organisation)' \(acting) (not in the registry)")
        case .diffuse(let word):
          if finding.diffuse == nil { finding.diffuse = word }
        }
      }
      if result.verbIsSupport, !supportsEarlierLead, !result.names.isEmpty { supportOnly = true }
      for (canonical, start, verb) in supporters(
        in: body,
        clause: clause,
        after: result.end,
        departments: departments
      ) {
        add(canonical, role: .support, to: &finding, rule: nil)
        finding.notes.append("\(canonical) supports (after '\(verb)')")
        used.insert(start)
      }
    }
    for match in departments
    where !used.contains(match.start) && match.start > 0
      && body[match.start - 1] == "由" && !partOfLongerMention(body, before: match.start)
      && agentVerbFollows(body, after: match.end)
    {
      add(match.payload, role: .lead, to: &finding, rule: nil)
      finding.notes.append(
        "'由\(body.string(match.range))…' makes \(match.payload) the one who acts"
      )
      used.insert(match.start)
    }
    if finding.assignments.isEmpty, finding.diffuse == nil, let team = dispatchedTeam(in: body) {
      add(team.name, role: .lead, to: &finding, rule: nil)
      finding.notes.append("'\(team.verb)…\(team.name)': the team formed or sent acts")
    }
    for match in departments where !used.contains(match.start) {
      let before = body.string(max(0, match.start - 3)..<match.start)
      finding.notes.append(
        "'\(body.string(match.range))' is only mentioned (…\(before)), not acting"
      )
    }
    if !finding.assignments.isEmpty { finding.diffuse = nil }
    finding.subjectOnlySupports =
      supportOnly && !finding.assignments.contains { $0.role == .support }
    return finding
  }

  // MARK: - Clauses

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
  ) -> [(Name, Int)] {
    let inside = departments.filter { clause.contains($0.start) && $0.end <= clause.upperBound }
    let mentioned = { (match: PhraseMatcher<String>.Match) -> Bool in
      match.start > clause.lowerBound
        && lexicon.mentionWords.matches(in: Array(body[clause.lowerBound..<match.start]))
          .contains { $0.end == match.start - clause.lowerBound }
    }
    if let first = inside.first, first.start - clause.lowerBound <= 1, !mentioned(first) {
      return [(.department(first.payload, alias: body.string(first.range)), first.start)]
    }
    if let last = inside.last, last.end == clause.upperBound, !mentioned(last) {
      return [(.department(last.payload, alias: body.string(last.range)), last.start)]
    }
    return []
  }

  private func clauses(of body: Scalars) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (offset, scalar) in body.enumerated() where Self.clauseBreaks.contains(scalar) {
      if offset > start { ranges.append(start..<offset) }
      start = offset + 1
    }
    if start < body.count { ranges.append(start..<body.count) }
    return ranges
  }

  /// The subject run at the start of a clause, and where it ends.
  private func subjects(
    in body: Scalars,
    clause: Range<Int>,
    departments: [PhraseMatcher<String>.Match],
    diffuse: [PhraseMatcher<Void>.Match]
  ) -> (names: [(Name, Int)], end: Int, verbIsSupport: Bool) {
    // A run of names at the clause start, then a verb within a few characters.
    var position = clause.lowerBound
    var names: [(Name, Int)] = []
    var agent = false
    var expectingName = true
    while position < clause.upperBound {
      if expectingName, let match = diffuse.first(where: { $0.start == position }),
        !departments.contains(where: { $0.start == match.end })
      {
        names.append((.diffuse(body.string(match.range)), position))
        position = match.end
      } else if expectingName, let match = departments.first(where: { $0.start == position }) {
        names.append((.department(match.payload, alias: body.string(match.range)), position))
        position = match.end
        expectingName = false
      } else if expectingName, let match = diffuse.first(where: { $0.start == position }) {
        position = match.end
      } else if let skip = skippable(body, at: position, clause: clause, first: names.isEmpty) {
        if body[position] == "由" { agent = true }
        position = skip
        expectingName = true
      } else if expectingName, let end = organisationEnd(body, at: position, clause: clause) {
        let name = stripLevel(body.string(position..<end))
        names.append((.organisation(name), position))
        position = end
        expectingName = false
      } else {
        break
      }
    }
    guard !names.isEmpty else { return ([], clause.lowerBound, false) }
    if agent { return (names, position, false) }
    let window = Array(body[position..<min(clause.upperBound, position + Self.verbGap + 4)])
    if lexicon.framingVerbs.matches(in: window).contains(where: { $0.start == 0 }),
      !lexicon.modalMarkers(in: Array(body[position...])).isEmpty
    {
      return (names, position, false)
    }
    let lead = lexicon.leadVerbs.matches(in: window).first { $0.start <= Self.verbGap }
    let support =
      (lexicon.supportVerbs.matches(in: window) + lexicon.helpingVerbs.matches(in: window))
      .first { $0.start <= Self.verbGap }
    let modal = lexicon.modalMarkers(in: window).first { $0.start <= Self.verbGap }
    guard lead != nil || support != nil || modal != nil else {
      return ([], clause.lowerBound, false)
    }
    let rest = Array(body[position..<clause.upperBound])
    let helpsWithoutObject = lexicon.helpingVerbs.matches(in: rest).contains { match in
      !lexicon.departments.matches(in: rest).contains {
        $0.start < match.start || $0.start <= match.end + 2
      }
    }
    return (names, position, helpsWithoutObject)
  }

  /// Departments listed after a support verb (会同A、B) or between 与/同/和 and one (与A配合).
  private func supporters(
    in body: Scalars,
    clause: Range<Int>,
    after start: Int,
    departments: [PhraseMatcher<String>.Match]
  ) -> [(String, Int, String)] {
    let segment = Array(body[start..<clause.upperBound])
    var found: [(String, Int, String)] = []
    for verb in lexicon.supportVerbs.matches(in: segment) {
      var position = start + verb.end
      while position < clause.upperBound {
        if let match = departments.first(where: { $0.start == position }) {
          found.append((match.payload, match.start, segment.string(verb.range)))
          position = match.end
        } else if let skip = skippable(body, at: position, clause: clause, first: false) {
          position = skip
        } else if let end = organisationEnd(body, at: position, clause: clause, inList: true) {
          found.append((stripLevel(body.string(position..<end)), -1, segment.string(verb.range)))
          position = end
        } else {
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

  // MARK: - Pieces of a subject run

  /// The end of a word that may stand between or before names in a subject run.
  private func skippable(_ body: Scalars, at position: Int, clause: Range<Int>, first: Bool) -> Int?
  {
    let rest = Array(body[position..<clause.upperBound].prefix(Self.longestJoiner))
    if let prefix = lexicon.levelPrefixes.matches(in: rest).filter({ $0.start == 0 })
      .max(by: { $0.length < $1.length })
    {
      return position + prefix.length
    }
    if first {
      if let word = lexicon.continuation.matches(in: rest).filter({ $0.start == 0 })
        .max(by: { $0.length < $1.length })
      {
        return position + word.length
      }
      if Self.agentMarkers.contains(body[position]) || Self.redactions.contains(body[position]) {
        return position + 1
      }
      return nil
    }
    if let counted = countedJoinerEnd(body, at: position, clause: clause) { return counted }
    for joiner in lexicon.joiners where rest.starts(with: joiner.unicodeScalars) {
      return position + joiner.unicodeScalars.count
    }
    return nil
  }

  /// The end of a joiner that counts the list (等10个部门, 等10个部门（单位）), if one starts here.
  private func countedJoinerEnd(_ body: Scalars, at position: Int, clause: Range<Int>) -> Int? {
    guard position < clause.upperBound, body[position] == "等" else { return nil }
    var end = position + 1
    while end < clause.upperBound, Self.countWords.contains(body[end]) { end += 1 }
    guard end > position + 1 else { return nil }
    let rest = Array(body[end..<clause.upperBound])
    guard let noun = Self.countedNouns.first(where: { rest.starts(with: $0.unicodeScalars) }) else {
      return nil
    }
    end += noun.unicodeScalars.count
    let aside = Array(body[end..<clause.upperBound].prefix(Self.longestJoiner))
    if let open = aside.first, Self.openingBrackets.contains(open),
      let close = aside.firstIndex(where: Self.closingBrackets.contains)
    {
      end += close + 1
    }
    return end
  }

  /// The end of a department name the registry does not hold (区委营商办, 督导组), if one
  /// starts here and is followed by a joiner, a modal marker or a lead or support verb.
  private func organisationEnd(
    _ body: Scalars,
    at position: Int,
    clause: Range<Int>,
    inList: Bool = false
  ) -> Int? {
    let limit = min(clause.upperBound, position + Self.longestOrganisation)
    var end = position
    while end < limit, body[end].isHan { end += 1 }
    // On plain scalars a String suffix test is a scalar suffix test, without making strings.
    let plain = lexicon.plainSuffixes.flatMap {
      body[position..<end].allSatisfy(\.isPlain) ? $0 : nil
    }
    while end - position >= 2 {
      let named: Bool
      if let plain {
        let range = position..<end
        named =
          plain.organisation.contains { body.hasSuffix($0, in: range) }
          && !plain.not.contains { body.hasSuffix($0, in: range) }
      } else {
        let candidate = body.string(position..<end)
        named =
          lexicon.organisationSuffixes.contains(where: candidate.hasSuffix)
          && !lexicon.notOrganisations.contains(where: candidate.hasSuffix)
      }
      if named,
        !containsVerb(Array(body[position..<end])),
        inList || followsName(body, at: end, clause: clause)
      {
        return end
      }
      end -= 1
    }
    return nil
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

  /// Whether a would-be name holds a modal marker or a lead or support verb (要会同营商办).
  private func containsVerb(_ scalars: Scalars) -> Bool {
    !lexicon.modalMarkers(in: scalars).isEmpty || !lexicon.supportVerbs.matches(in: scalars).isEmpty
      || !lexicon.helpingVerbs.matches(in: scalars).isEmpty
      || !lexicon.leadVerbs.matches(in: scalars).isEmpty
  }

  private func followsName(_ body: Scalars, at position: Int, clause: Range<Int>) -> Bool {
    guard position < clause.upperBound else { return false }
    let rest = Array(body[position..<clause.upperBound].prefix(4))
    if lexicon.joiners.contains(where: { rest.starts(with: $0.unicodeScalars) }) { return true }
    if lexicon.leadVerbs.matches(in: rest).contains(where: { $0.start == 0 })
      || lexicon.supportVerbs.matches(in: rest).contains(where: { $0.start == 0 })
      || lexicon.framingVerbs.matches(in: rest).contains(where: { $0.start == 0 })
    {
      return true
    }
    return lexicon.modalMarkers(in: rest).contains { $0.start == 0 }
  }

  private func stripLevel(_ name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    guard
      let prefix = lexicon.levelPrefixes.matches(in: scalars).filter({ $0.start == 0 })
        .max(by: { $0.length < $1.length }), prefix.length < scalars.count - 1
    else { return name }
    return scalars.string(from: prefix.length)
  }

  private func add(
    _ name: String,
    role: DepartmentAssignment.Role,
    to finding: inout Finding,
    rule: String?
  ) {
    if let index = finding.assignments.firstIndex(where: { $0.name == name }) {
      if role == .lead { finding.assignments[index].role = .lead }
      return
    }
    finding.assignments.append(
      DepartmentAssignment(name: name, role: role, basis: .explicit, rule: rule)
    )
  }

  /// How many characters may stand between a subject and its verb (要, 牵头): 也, 都, 务必.
  static let verbGap = 4
  static let longestJoiner = 8
  /// How far after 派驻/组成 a team's name may start (组成7个督导组).
  static let dispatchReach = 5
  static let longestOrganisation = 10
  static let clauseBreaks: Set<Unicode.Scalar> = Set("，,：:；;".unicodeScalars)
  static let agentMarkers: Set<Unicode.Scalar> = Set("由请".unicodeScalars)
  /// Redaction marks that stand for a place name (x市, ×区): skipped before a subject.
  static let redactions = Numerals.redactionScalars
  /// Numerals and measure words that count the teams sent (组成7个督导组).
  static let countWords: Set<Unicode.Scalar> = Set("0123456789一二两三四五六七八九十几多个支批".unicodeScalars)
  /// What a counted list is of (等10个部门).
  static let countedNouns = ["部门", "单位"]
  static let openingBrackets: Set<Unicode.Scalar> = Set("(（".unicodeScalars)
  static let closingBrackets: Set<Unicode.Scalar> = Set(")）".unicodeScalars)
  static let partnerWords: Set<Unicode.Scalar> = Set("与同和跟".unicodeScalars)
}
