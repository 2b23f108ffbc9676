/// The words of time phrases, loaded with the other rules from the `kind: time` rule file
/// (`rules/time.yaml`) as ``RuleSet/timeVocabulary``.
///
/// The vocabulary holds only words: holiday names, seasons and events, words that mean "at
/// once", recurring and open-deadline words, and the vague words that are *not* deadlines.
/// The grammar that combines them with numbers and dates lives in ``TimeExpressionParser``.
public struct TimeVocabulary: Sendable {
  /// Names of each holiday (春节, 新春), longest first.
  public internal(set) var holidayNames: [(name: String, holiday: HolidayCalendar.Holiday)] = []
  /// Words for "the two festivals" (两节, 双节).
  public internal(set) var pairWords: [String] = []
  /// The pairs 两节 may mean; the coming one is meant.
  public internal(set) var pairs: [[HolidayCalendar.Holiday]] = []
  /// Words for "the festival" without a name (节日, 节假日); the coming holiday is meant.
  public internal(set) var festivalWords: [String] = []
  /// Seasons and events.
  public internal(set) var periods: [Period] = []
  /// Words that mean "at once", with how many days after the meeting they fall (明天 is 1).
  public internal(set) var immediate: [String: Int] = [:]
  /// Words of recurring work and their ISO 8601 cadence (每日 is `P1D`).
  public internal(set) var recurring: [String: String] = [:]
  /// Words of a time limit whose value the speech does not give (限期整改, 按时).
  public internal(set) var open: [String] = []
  /// Words about time that are not deadlines (尽快, 及时, 常态化); nothing inside them matches.
  public internal(set) var vague: [String] = []
  /// Words just before a duration that make it an amount (至少三个月, 为期15天).
  public internal(set) var amountBefore: [String] = []
  /// Words just after a duration that make it an amount or a past span (三个月的, 五天内就).
  public internal(set) var amountAfter: [String] = []
  /// Words just after a recurring word that make it a rate (每日检测量, 每天新增).
  public internal(set) var rateAfter: [String] = []
  /// Words in a clause that make a bare date a report of the past (召开, 以来, 累计).
  public internal(set) var narrative: [String] = []
  /// Relative years and their offset from the meeting's year (今年 is 0, 明年 is 1).
  public internal(set) var years: [String: Int] = [:]
  /// What may follow a clause-opening 今年 for it to frame the clause's work (今年，…; 今年要…).
  public internal(set) var yearFollowers: [String] = []
  /// The working days `N个工作日` counts, from the `kind: holidays` file; Monday to Friday
  /// (with a warning) where it gives no schedule.
  public internal(set) var workingDays = WorkingDayCalendar()
  /// The words around the grammar's numbers and units (前, 以内, 截至, 期间, 底).
  var grammar = Grammar()
  /// Where the first time file's vocabulary starts, for a list missing from every file.
  var origin: SourceLocation?
  /// The keys the time files have given so far.
  var present: Set<String> = []
  /// Sentences the parser must and must not find a deadline in; markers `↓` stand before each
  /// phrase expected.
  public internal(set) var examples = RuleExamples()

  /// An empty vocabulary: the parser then finds numbers, dates and durations only.
  public init() {}

}

// MARK: - Reading

extension TimeVocabulary {
  /// The lists a time file holds; each must be given by one of the files.
  static let lists: [String] =
    [
      "holidays", "festival_pairs", "festivals", "periods", "immediate", "recurring", "open",
      "vague", "amount_before", "amount_after", "rate_after", "narrative", "years",
      "year_followers",
    ] + Grammar.keys
  static let keys = Set(lists + ["examples"])

  /// Refuses a vocabulary that lacks a list, at the first time file's `vocabulary`: a renamed
  /// or forgotten key must not switch part of the grammar off without a word.
  func checkComplete() throws(RuleFileError) {
    guard let origin, let missing = Self.lists.first(where: { !present.contains($0) }) else {
      return
    }
    throw RuleFileError(
      location: origin,
      problem: "the time vocabulary has no '\(missing)' list (every time file's lists together "
        + "must give all of: \(Self.lists.joined(separator: ", ")))"
    )
  }

  /// Adds the entries of one file's `vocabulary` node.
  mutating func add(_ node: YAMLNode) throws(RuleFileError) {
    let fields = try YAMLFields(node, allowed: Self.keys, what: "the time vocabulary")
    if origin == nil { origin = fields.location }
    present.formUnion(Self.keys.filter { fields.node($0) != nil })
    try grammar.add(fields)
    if let holidays = fields.node("holidays") {
      for (key, value) in try Self.pairs(of: holidays, what: "holidays") {
        guard let holiday = HolidayCalendar.Holiday(rawValue: key.text) else {
          let known = HolidayCalendar.Holiday.allCases.map(\.rawValue).joined(separator: ", ")
          throw RuleFileError(
            location: key.location,
            problem: "unknown holiday '\(key.text)' (known: \(known))"
          )
        }
        for name in try Self.phrases(value, what: key.text) {
          holidayNames.append((name, holiday))
        }
      }
    }
    if let node = fields.node("festival_pairs") {
      let pairFields = try YAMLFields(
        node,
        allowed: ["words", "pairs"],
        required: ["words", "pairs"],
        what: "festival_pairs"
      )
      pairWords += try pairFields.strings("words").map(\.0)
      pairs += try Self.holidayPairs(pairFields.node("pairs"))
    }
    festivalWords += try fields.strings("festivals").map(\.0)
    for periodNode in try fields.mappings("periods") {
      periods.append(try Self.period(periodNode))
    }
    if let node = fields.node("immediate") {
      for (key, value) in try Self.pairs(of: node, what: "immediate") {
        guard let text = value.string, let days = Int(text), (0...7).contains(days) else {
          throw RuleFileError(
            location: value.location,
            problem: "'\(key.text)' must give the days after the meeting, 0 to 7"
          )
        }
        immediate[key.text] = days
      }
    }
    for recurringNode in try fields.mappings("recurring") {
      let entry = try YAMLFields(
        recurringNode,
        allowed: ["every", "words"],
        required: ["every", "words"],
        what: "a recurring entry"
      )
      let every = try entry.requiredString("every")
      guard every.hasPrefix("P"), every.count >= 3 else {
        throw RuleFileError(
          location: entry.node("every")?.location ?? entry.location,
          problem: "'every' must be an ISO 8601 duration such as P1D or PT12H, not '\(every)'"
        )
      }
      for (word, _) in try entry.strings("words") { recurring[word] = every }
    }
    open += try fields.strings("open").map(\.0)
    vague += try fields.strings("vague").map(\.0)
    amountBefore += try fields.strings("amount_before").map(\.0)
    amountAfter += try fields.strings("amount_after").map(\.0)
    rateAfter += try fields.strings("rate_after").map(\.0)
    narrative += try fields.strings("narrative").map(\.0)
    if let node = fields.node("years") {
      for (key, value) in try Self.pairs(of: node, what: "years") {
        guard let text = value.string, let offset = Int(text), (-1...2).contains(offset) else {
          throw RuleFileError(
            location: value.location,
            problem: "'\(key.text)' must give its offset from the meeting's year, -1 to 2"
          )
        }
        years[key.text] = offset
      }
    }
    yearFollowers += try fields.strings("year_followers").map(\.0)
    let more = try fields.examples()
    examples.triggering += more.triggering
    examples.nonTriggering += more.nonTriggering
    holidayNames.sort { $0.name.count > $1.name.count }
  }
}

// MARK: - Helpers

extension TimeVocabulary {
  struct Key {
    var text: String
    var location: SourceLocation
  }

  static func pairs(of node: YAMLNode, what: String) throws(RuleFileError) -> [(
    Key, YAMLNode
  )] {
    guard case .mapping(let pairs, _) = node else {
      throw RuleFileError(
        location: node.location,
        problem: "'\(what)' must be a mapping, not \(node.kindName)"
      )
    }
    var result: [(Key, YAMLNode)] = []
    for pair in pairs {
      guard let text = pair.key.string, !text.isEmpty else {
        throw RuleFileError(location: pair.key.location, problem: "keys of '\(what)' must be words")
      }
      result.append((Key(text: text, location: pair.key.location), pair.value))
    }
    return result
  }

  fileprivate static func phrases(_ node: YAMLNode, what: String) throws(RuleFileError) -> [String]
  {
    let items: [YAMLNode]
    switch node {
    case .scalar: items = [node]
    case .sequence(let nodes, _): items = nodes
    case .mapping:
      throw RuleFileError(
        location: node.location,
        problem: "'\(what)' must be a list of words, not a mapping"
      )
    }
    var words: [String] = []
    for item in items {
      guard let text = item.string, !text.isEmpty,
        text.count <= RuleSet.maximumPhraseLength
      else {
        throw RuleFileError(
          location: item.location,
          problem: "items of '\(what)' must be words"
        )
      }
      words.append(text)
    }
    return words
  }

  fileprivate static func holidayPairs(_ node: YAMLNode?) throws(RuleFileError) -> [[HolidayCalendar
    .Holiday]]
  {
    guard let node else { return [] }
    guard case .sequence(let items, _) = node else {
      throw RuleFileError(
        location: node.location,
        problem: "'pairs' must be a list of holiday lists"
      )
    }
    var result: [[HolidayCalendar.Holiday]] = []
    for item in items {
      var pair: [HolidayCalendar.Holiday] = []
      for name in try phrases(item, what: "pairs") {
        guard let holiday = HolidayCalendar.Holiday(rawValue: name) else {
          throw RuleFileError(location: item.location, problem: "unknown holiday '\(name)'")
        }
        pair.append(holiday)
      }
      guard pair.count >= 2 else {
        throw RuleFileError(location: item.location, problem: "a pair needs two holidays")
      }
      result.append(pair)
    }
    return result
  }

  fileprivate static func period(_ node: YAMLNode) throws(RuleFileError) -> Period {
    let fields = try YAMLFields(
      node,
      allowed: ["names", "before", "deictic", "start", "end"],
      required: ["names", "start", "end"],
      what: "a period"
    )
    let names = try fields.strings("names").map(\.0).sorted { $0.count > $1.count }
    let start = try bound(fields, "start")
    let end = try bound(fields, "end")
    switch (start, end) {
    case (.yearly, .yearly), (.fixed, .fixed): break
    default:
      throw RuleFileError(
        location: fields.location,
        problem: "'start' and 'end' must both be MM-DD (every year) or both YYYY-MM-DD (once)"
      )
    }
    return Period(
      names: names,
      before: try fields.strings("before").map(\.0),
      deictic: try fields.bool("deictic") ?? false,
      start: start,
      end: end,
      location: fields.location
    )
  }

  fileprivate static func bound(_ fields: YAMLFields, _ key: String) throws(RuleFileError)
    -> Period.Bound
  {
    let text = try fields.requiredString(key)
    if let date = CalendarDate(iso: text) { return .fixed(date) }
    let parts = text.split(separator: "-")
    if parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      let month = Int(parts[0]), let day = Int(parts[1]),
      CalendarDate(year: 2000, month: month, day: day) != nil
    {
      return .yearly(month: month, day: day)
    }
    throw RuleFileError(
      location: fields.node(key)?.location ?? fields.location,
      problem: "'\(key)' must be MM-DD or YYYY-MM-DD, not '\(text)'"
    )
  }
}
