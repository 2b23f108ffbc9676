/// Reading the run of names at the head of a clause, and the verb that makes it act.
extension SubjectFinder {
  // MARK: - Runs that act

  /// The clause's head run, if a modal marker or a lead, support or framing verb follows it
  /// closely (公安部门要…, 由公安部门牵头, 成都市作为…，要…); on a task line an imperative verb
  /// or a preposition will do (住建局统筹协调…, 市场监管局从生产销售端严控…).
  func subject(in body: Scalars, clause: Range<Int>, taskLine: Bool) -> SubjectRun? {
    var run = readRun(in: body, from: clause.lowerBound, clause: clause, opening: true)
    guard !run.names.isEmpty else { return nil }
    if run.agent || run.addressed {
      return run.addressed && !addresseeActs(body, run, clause) ? nil : run
    }
    // 按职责分工负责, 分别牵头: how it acts stands between the subject and its verb.
    let manner =
      lexicon.mannerPhrases.matches(in: Array(body[run.end..<clause.upperBound]))
      .filter { $0.start == 0 }.map(\.length).max() ?? 0
    let position = run.end + manner
    let window = Array(body[position..<min(clause.upperBound, position + Self.verbGap + 4)])
    if lexicon.framingVerbs.matches(in: window).contains(where: { $0.start == 0 }),
      !lexicon.modalMarkers(in: Array(body[position...])).isEmpty
    {
      return run
    }
    let lead = lexicon.leadVerbs.matches(in: window).first { $0.start <= Self.verbGap }
    let support =
      (lexicon.supportVerbs.matches(in: window) + lexicon.helpingVerbs.matches(in: window))
      .first { $0.start <= Self.verbGap }
    let modal = lexicon.modalMarkers(in: window).first { $0.start <= Self.verbGap }
    // On a task line a list of two or more bodies is a subject whatever verb follows
    // (派出所、市场监管所出动宣传车…).
    let listed =
      run.names.filter(\.isSpecific).count >= 2 && position < clause.upperBound
      && body[position].isHan && body[position] != "的"
    let task =
      taskLine && run.isSpecific
      && (lexicon.imperative.matches(in: window).contains { $0.start <= Self.taskVerbGap }
        || lexicon.taskPrepositions.matches(in: window).contains { $0.start == 0 } || listed)
    guard lead != nil || support != nil || modal != nil || task else { return nil }
    let rest = Array(body[position..<clause.upperBound])
    run.verbIsSupport = lexicon.helpingVerbs.matches(in: rest).contains { match in
      !lexicon.departments.matches(in: rest).contains {
        $0.start < match.start || $0.start <= match.end + 2
      }
    }
    return run
  }

  /// The names a requirement is addressed to, right after its verb (要求乡镇街道设置…).
  func addressee(in body: Scalars, clause: Range<Int>, after start: Int) -> SubjectRun? {
    guard start < clause.upperBound else { return nil }
    var run = readRun(in: body, from: start, clause: clause, opening: false)
    run.addressed = true
    guard !run.names.isEmpty, addresseeActs(body, run, clause) else { return nil }
    return run
  }

  /// Whether what follows an addressed run is what it must do: a verb, or the end of the
  /// clause before the items (要求各县区：).
  private func addresseeActs(_ body: Scalars, _ run: SubjectRun, _ clause: Range<Int>) -> Bool {
    guard run.end < clause.upperBound else { return true }
    return body[run.end].isHan && body[run.end] != "的"
  }

  /// A clause that is nothing but names (经信局、环保局、国土局): the subject of the next clause
  /// begins here.
  func bareList(in body: Scalars, clause: Range<Int>) -> SubjectRun? {
    let run = names(in: body, from: clause.lowerBound, clause: clause)
    return run.isSpecific && run.end == clause.upperBound ? run : nil
  }

  /// The names from `start`, without asking for a verb after them (会同A、B等部门…).
  func names(in body: Scalars, from start: Int, clause: Range<Int>) -> SubjectRun {
    readRun(in: body, from: start, clause: clause, opening: false, inList: true)
  }

  // MARK: - Reading a run

  /// Reads names, prefixes, joiners and closers from `start` until something else begins.
  private func readRun(
    in body: Scalars,
    from start: Int,
    clause: Range<Int>,
    opening: Bool,
    inList: Bool = false
  ) -> SubjectRun {
    let rest = Array(body[start..<clause.upperBound])
    let names = RunNames(
      departments: lexicon.departments.longestMatches(in: rest).map {
        (start: $0.start + start, end: $0.end + start, payload: $0.payload)
      },
      diffuse: lexicon.diffuse.longestMatches(in: rest).map {
        (start: $0.start + start, end: $0.end + start)
      }
    )
    var run = SubjectRun(end: start)
    var position = start
    var expectingName = true
    var first = opening
    while position < clause.upperBound {
      defer { first = false }
      let place = Place(body: body, position: position, clause: clause, inList: inList)
      guard
        let token = token(
          at: place,
          names: names,
          expectingName: expectingName,
          first: first,
          run: &run
        )
      else { break }
      switch token {
      case .name(let name, let end, let expecting):
        if let name { run.names.append(name) }
        position = end
        expectingName = expecting
      case .skip(let end, let expecting):
        position = end
        expectingName = expecting
      case .unknown(let item, let end):
        run.unknownItems.append(item)
        position = end
        expectingName = false
      }
    }
    run.end = position
    // A run that ends expecting a name ended on a joiner: the joiner is not part of it.
    run.validateShortNames()
    if run.names.isEmpty { run.end = start }
    return run
  }

  /// The registry names and words for everybody in the rest of a clause.
  private struct RunNames {
    var departments: [(start: Int, end: Int, payload: String)]
    var diffuse: [(start: Int, end: Int)]

    func department(at offset: Int) -> (start: Int, end: Int, payload: String)? {
      departments.first { $0.start == offset }
    }

    func diffuse(at offset: Int) -> (start: Int, end: Int)? {
      diffuse.first { $0.start == offset }
    }
  }

  /// Where a run is being read.
  private struct Place {
    var body: Scalars
    var position: Int
    var clause: Range<Int>
    var inList: Bool
  }

  /// What the next piece of a run is.
  private enum Token {
    /// A name (or a word for everybody standing before a name, which is skipped), and whether a
    /// name is expected after it.
    case name(SubjectRun.Name?, end: Int, expecting: Bool)
    /// A prefix, joiner or closer (a name follows), or an aside after a name.
    case skip(end: Int, expecting: Bool)
    /// A list item the registry does not know.
    case unknown(String, end: Int)
  }

  /// The next piece of a run at `place`, or `nil` where the run ends; the order of the tests
  /// is the order of preference (a registry name before a prefix, a body's name before a short
  /// name it starts with).
  private func token(
    at place: Place,
    names: RunNames,
    expectingName: Bool,
    first: Bool,
    run: inout SubjectRun
  ) -> Token? {
    let (body, position, clause) = (place.body, place.position, place.clause)
    if expectingName, let match = names.diffuse(at: position),
      names.department(at: match.end) == nil,
      shortName(in: body, at: match.end, clause: clause) == nil
    {
      let word = SubjectRun.Name.diffuse(body.string(match.start..<match.end), start: position)
      return .name(word, end: match.end, expecting: true)
    }
    if expectingName, let match = names.department(at: position),
      (organisationEnd(body, at: position, clause: clause, inList: true) ?? 0) <= match.end
        || joinerStarts(body, at: match.end, clause: clause)
    {
      let name = SubjectRun.Name.department(
        match.payload,
        text: body.string(match.start..<match.end),
        start: position,
        via: .subject
      )
      return .name(name, end: match.end, expecting: false)
    }
    // A word for everybody before a name (各级|卫健委) yields to the name.
    if expectingName, let match = names.diffuse(at: position) {
      return .name(nil, end: match.end, expecting: true)
    }
    if let skip = skippable(body, at: position, clause: clause, first: first, run: &run) {
      return .skip(end: skip, expecting: true)
    }
    if !expectingName, let end = asideEnd(body, at: position, clause: clause) {
      return .skip(end: end, expecting: false)
    }
    guard expectingName else { return nil }
    if let end = organisationEnd(body, at: position, clause: clause, inList: place.inList),
      end > (shortName(in: body, at: position, clause: clause)?.end ?? 0)
    {
      let name = organisation(body.string(position..<end), start: position)
      return .name(name, end: end, expecting: false)
    }
    // A short name ends its item (数据 in 数据管理、交通运输等部门 is not one).
    if let match = shortName(in: body, at: position, clause: clause),
      match.end >= clause.upperBound || joinerStarts(body, at: match.end, clause: clause)
        || asideEnd(body, at: match.end, clause: clause) != nil
    {
      let name = SubjectRun.Name.department(
        match.payload,
        text: body.string(match.range),
        start: position,
        via: .shortNames
      )
      return .name(name, end: match.end, expecting: false)
    }
    if let end = unknownItemEnd(body, at: position, clause: clause) {
      // 等部门 names each item's department: 数据管理 is 数据管理部门's.
      let item = body.string(position..<end)
      if let department = departmentNamed(item + Self.itemNoun) {
        let name = SubjectRun.Name.department(
          department,
          text: item,
          start: position,
          via: .shortNames
        )
        return .name(name, end: end, expecting: false)
      }
      if !run.names.isEmpty { return .unknown(item, end: end) }
    }
    return nil
  }

  /// The noun a list closer (等部门) gives each item of the list.
  static let itemNoun = "部门"

  /// The department `text` is a name of, when all of it is one.
  private func departmentNamed(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    return lexicon.departments.matches(in: scalars)
      .first { $0.start == 0 && $0.end == scalars.count }?.payload
  }

  /// The short name starting at `position` (交通 in 公安、交通、应急等部门).
  private func shortName(
    in body: Scalars,
    at position: Int,
    clause: Range<Int>
  ) -> PhraseMatcher<String>.Match? {
    guard position < clause.upperBound else { return nil }
    let rest = Array(body[position..<min(clause.upperBound, position + Self.longestOrganisation)])
    return lexicon.shortNames.matches(in: rest).filter { $0.start == 0 }
      .max { $0.length < $1.length }
      .map {
        PhraseMatcher<String>.Match(start: position, end: position + $0.end, payload: $0.payload)
      }
  }

  /// The end of a word that may stand between or before names in a run.
  private func skippable(
    _ body: Scalars,
    at position: Int,
    clause: Range<Int>,
    first: Bool,
    run: inout SubjectRun
  ) -> Int? {
    let rest = Array(body[position..<clause.upperBound].prefix(Self.longestJoiner))
    // 市场监管 is a short name, not 市 + 场监管; 县委督查室 is a body, not 县委 + a bare ending.
    if let prefix = longestAtStart(lexicon.levelPrefixes, rest),
      shortName(in: body, at: position, clause: clause) == nil,
      !endsInBareSuffix(body, from: position + prefix, clause: clause)
    {
      return position + prefix
    }
    if first {
      if let word = longestAtStart(lexicon.continuation, rest) { return position + word }
      if let verb = longestAtStart(lexicon.addressingVerbs, rest) {
        run.addressed = true
        return position + verb
      }
      if Self.agentMarkers.contains(body[position]) {
        run.agent = body[position] == "由"
        return position + 1
      }
      if Self.redactions.contains(body[position])
        || Punctuation.openingBrackets.contains(body[position])
      {
        return position + 1
      }
      return nil
    }
    guard !run.names.isEmpty else { return nil }
    if let counted = countedJoinerEnd(body, at: position, clause: clause) {
      run.closed = true
      return counted
    }
    if let closer = longestAtStart(lexicon.listClosers, rest) {
      run.closed = true
      return position + closer
    }
    for joiner in lexicon.joiners where rest.starts(with: joiner.unicodeScalars) {
      return position + joiner.unicodeScalars.count
    }
    return nil
  }

  /// Whether a joiner or list closer starts at `position` (治安大队|及派出所).
  private func joinerStarts(_ body: Scalars, at position: Int, clause: Range<Int>) -> Bool {
    guard position < clause.upperBound else { return false }
    let rest = Array(body[position..<min(clause.upperBound, position + Self.longestJoiner)])
    return lexicon.joiners.contains { rest.starts(with: $0.unicodeScalars) }
      || longestAtStart(lexicon.listClosers, rest) != nil
  }

  /// The length of the longest word of `words` at the start of `scalars`.
  private func longestAtStart(_ words: PhraseMatcher<Void>, _ scalars: Scalars) -> Int? {
    words.matches(in: scalars).filter { $0.start == 0 }.map(\.length).max()
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
    return asideEnd(body, at: end, clause: clause) ?? end
  }

  /// The end of a short bracketed aside after a name (水利(防办), 部门（单位）).
  private func asideEnd(_ body: Scalars, at position: Int, clause: Range<Int>) -> Int? {
    guard position < clause.upperBound, Punctuation.openingBrackets.contains(body[position]) else {
      return nil
    }
    let aside = body[(position + 1)..<min(clause.upperBound, position + 2 + Self.longestAside)]
    guard let close = aside.firstIndex(where: Punctuation.closingBrackets.contains) else {
      return nil
    }
    return close + 1
  }

  /// The end of a list item the registry does not know (水文 in 气象、水文、农业等部门): a few
  /// Han characters followed by a joiner or closer.
  private func unknownItemEnd(_ body: Scalars, at position: Int, clause: Range<Int>) -> Int? {
    var end = position
    while end < clause.upperBound, end - position < Self.longestUnknownItem, body[end].isHan {
      end += 1
    }
    guard end > position + 1, end < clause.upperBound else { return nil }
    let rest = Array(body[end..<min(clause.upperBound, end + Self.longestJoiner)])
    let joins =
      longestAtStart(lexicon.listClosers, rest) != nil
      || lexicon.joiners.contains { rest.starts(with: $0.unicodeScalars) }
    return joins ? end : nil
  }

  // MARK: - Names outside the registry

  /// The end of a body's name the registry does not hold (区委营商办, 县水文站), if one starts
  /// here and is followed by a joiner, a modal marker or a lead or support verb.
  func organisationEnd(
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
      if named, !isBareSuffix(body, position..<end),
        !containsVerb(Array(body[position..<end])),
        !opensWithFrame(body, position..<end),
        !cutsWord(body, position..<end),
        end - position <= Self.longestStation || !endsWithStationSuffix(body, position..<end),
        inList || followsName(body, at: end, clause: clause)
      {
        return end
      }
      end -= 1
    }
    return nil
  }

  /// A body's name as a run name: the registry department its shape names (水利农机局 → 水利局,
  /// 梅州市自然资源局 → 自然资源局, 公安局党委 → 公安局), else the name minus its level prefix.
  private func organisation(_ written: String, start: Int) -> SubjectRun.Name {
    let name = stripLevel(written)
    let scalars = Array(name.unicodeScalars)
    // A registry name after a place or a qualifier (梅州市自然资源局, 下一级防汛防旱指挥部) or
    // before a party body (公安局党委).
    for match in lexicon.departments.longestMatches(in: scalars) {
      let qualified = match.end == scalars.count && match.start <= Self.longestQualifier
      let partyBody =
        match.start == 0 && lexicon.partyBodies.contains(scalars.string(from: match.end))
      if qualified || partyBody {
        return .department(match.payload, text: written, start: start, via: .organisation)
      }
    }
    // A short name, a few more characters and a bureau's ending (水利农机局, 林业站).
    if let short = lexicon.shortNames.matches(in: scalars).filter({ $0.start == 0 })
      .max(by: { $0.length < $1.length }),
      let suffix = lexicon.bureauSuffixes.filter({ scalars.hasSuffix($0, in: 0..<scalars.count) })
        .max(by: { $0.count < $1.count }),
      scalars.count - short.length - suffix.count <= Self.longestBureauInfix,
      scalars.count - suffix.count >= short.length
    {
      return .department(short.payload, text: written, start: start, via: .organisation)
    }
    return .organisation(name, start: start)
  }

  /// Whether a would-be name holds a modal marker or a lead, support or dispatch verb
  /// (要会同营商办, 成立专项督导组).
  private func containsVerb(_ scalars: Scalars) -> Bool {
    !lexicon.modalMarkers(in: scalars).isEmpty || !lexicon.supportVerbs.matches(in: scalars).isEmpty
      || !lexicon.helpingVerbs.matches(in: scalars).isEmpty
      || !lexicon.leadVerbs.matches(in: scalars).isEmpty
      || !lexicon.dispatchVerbs.matches(in: scalars).isEmpty
  }

  /// Whether the Han characters from `start` are nothing but an ending (县委|督查室要…).
  private func endsInBareSuffix(_ body: Scalars, from start: Int, clause: Range<Int>) -> Bool {
    var end = start
    while end < clause.upperBound, body[end].isHan { end += 1 }
    // 省|指挥部: a registry name after the level is read as one.
    guard end >= start + 2,
      !lexicon.departments.matches(in: Array(body[start..<end])).contains(where: { $0.start == 0 })
    else { return false }
    return (start + 2...end).contains {
      isBareSuffix(body, start..<$0) && followsName(body, at: $0, clause: clause)
    }
  }

  /// Whether a would-be name is nothing but an ending (主管部门, 中心): a kind, not a body.
  private func isBareSuffix(_ body: Scalars, _ range: Range<Int>) -> Bool {
    lexicon.organisationSuffixes.contains(body.string(range))
  }

  /// Whether a would-be name opens with a word that frames or continues a sentence
  /// (根据区食安办…, 同时…): no body's name does.
  private func opensWithFrame(_ body: Scalars, _ range: Range<Int>) -> Bool {
    let name = body.string(range)
    let scalars = Array(body[range])
    if lexicon.frameOpenings.contains(where: name.hasPrefix)
      || longestAtStart(lexicon.continuation, scalars) != nil
    {
      return true
    }
    // A verb opens no name (深入贯彻落实省委), unless all that follows it is the ending: a team
    // named by its work (督导组, 检查组).
    guard let verb = longestAtStart(lexicon.imperative, scalars) else { return false }
    let rest = scalars.string(from: verb)
    return !lexicon.organisationSuffixes.contains(rest)
  }

  /// Whether a would-be name ends with a one-character ending that also ends ordinary words.
  private func endsWithStationSuffix(_ body: Scalars, _ range: Range<Int>) -> Bool {
    let name = body.string(range)
    return lexicon.stationSuffixes.contains(where: name.hasSuffix)
  }

  /// Whether a would-be name ends inside a longer word that names no body (专业队|伍).
  private func cutsWord(_ body: Scalars, _ range: Range<Int>) -> Bool {
    guard range.upperBound < body.count else { return false }
    let longer = body.string(range.lowerBound..<(range.upperBound + 1))
    return lexicon.notOrganisations.contains(where: longer.hasSuffix)
  }

  private func followsName(_ body: Scalars, at position: Int, clause: Range<Int>) -> Bool {
    guard position < clause.upperBound else { return false }
    let rest = Array(body[position..<clause.upperBound].prefix(4))
    if lexicon.joiners.contains(where: { rest.starts(with: $0.unicodeScalars) }) { return true }
    if longestAtStart(lexicon.listClosers, rest) != nil { return true }
    if lexicon.leadVerbs.matches(in: rest).contains(where: { $0.start == 0 })
      || lexicon.supportVerbs.matches(in: rest).contains(where: { $0.start == 0 })
      || lexicon.helpingVerbs.matches(in: rest).contains(where: { $0.start == 0 })
      || lexicon.framingVerbs.matches(in: rest).contains(where: { $0.start == 0 })
      || lexicon.imperative.matches(in: rest).contains(where: { $0.start == 0 })
    {
      return true
    }
    return lexicon.modalMarkers(in: rest).contains { $0.start == 0 }
  }

  func stripLevel(_ name: String) -> String {
    let scalars = Array(name.unicodeScalars)
    guard
      let prefix = lexicon.levelPrefixes.matches(in: scalars).filter({ $0.start == 0 })
        .max(by: { $0.length < $1.length }), prefix.length < scalars.count - 1
    else { return name }
    let rest = scalars.string(from: prefix.length)
    // 县委督查室, 区委办公室: the level is what tells a bare ending's body apart.
    return lexicon.organisationSuffixes.contains(rest) ? name : rest
  }

  /// The most characters that may stand before a registry name inside a body's name
  /// (梅州市|自然资源局, 街道|林业站).
  static let longestQualifier = 4
  /// The longest body's name with a one-character ending (林业工作站).
  static let longestStation = 5
  /// How far a task line's verb may stand from its subject (住建局统筹…, 应急局严管…).
  static let taskVerbGap = 2
  /// How many characters may stand between a short name and a bureau's ending (水利农机局).
  static let longestBureauInfix = 3
}
