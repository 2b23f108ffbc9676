extension TimeVocabulary {
  /// The words around the time grammar's numbers and units, from `rules/time.yaml`.
  ///
  /// The scanner reads numbers, dates (年, 月, 日 or 号), duration and cadence units (小时, 天,
  /// 周, 工作日, 个月, 年, 每, 次) itself: they carry the grammar. The words that stand before
  /// or after them (前, 以内, 截至, 期间, 底) and the words that rule a reading out (周年, 上月)
  /// are data, here.
  struct Grammar: Sendable {
    /// How a phrase after a name relates to the named period.
    enum Relation: Sendable {
      case during, before, after
    }

    /// What a word after a month means (3月上旬, 3月底, 3月份).
    enum MonthPart: Sendable, Equatable {
      /// The day of the month it ends on.
      case day(Int)
      /// The month's last day.
      case end
      /// The month as a whole: no day.
      case whole
    }

    // MARK: - Read from the file

    /// What follows a holiday's or a period's name (期间, 假期结束后, 前后), before_suffixes
    /// included.
    private(set) var relations: [(word: String, relation: Relation)] = []
    /// Month parts (上旬: 10), period_ends included as the month's end.
    private(set) var monthParts: [(word: String, part: MonthPart)] = []
    /// What before 月 names this month (本, 当: 0) or the next (下: 1).
    private(set) var monthOffsets: [Character: Int] = [:]

    /// A time limit after a date, a month end or a period (之前, 以前, 前).
    var beforeSuffixes: [String] = []
    /// Within, after a duration (以内, 之内, 内).
    var withinSuffixes: [String] = []
    /// Until, after a date (为止, 截止, 止).
    var untilSuffixes: [String] = []
    /// From, after a date (起, 开始).
    var fromSuffixes: [String] = []
    /// After, after a date (以后): a start, and no deadline without a day.
    var afterSuffixes: [String] = []
    /// Besides ``beforeSuffixes``, what may follow a day of the month standing alone (止).
    var daySuffixes: [String] = []
    /// A time limit before a date (截至, 不晚于).
    var datePrefixes: [String] = []
    /// Times of day after a date, skipped (上午, 晚上).
    var timesOfDay: [String] = []
    /// The end of a month or a year (底, 末).
    var periodEnds: [String] = []
    /// Besides ``periodEnds``, after a 月 without a number (内, 以内).
    var monthTails: [String] = []
    /// After a year (年底, 年末, 年内).
    var yearTails: [String] = []
    /// Besides ``yearTails`` and ``periodEnds``, after a year word or a written year (以内, 度内).
    var namedYearTails: [String] = []
    /// What joins two holiday names (、, 和).
    var nameJoiners: Set<Character> = []
    /// What before 月 rules out this month's end (上, 每, 个).
    var monthBlockers: Set<Character> = []
    /// What before 年 rules out this year's (去, 前, 上).
    var yearBlockers: Set<Character> = []
    /// What just before a duration makes it part of a date (日, 月, 号).
    var durationBlockers: Set<Character> = []
    /// What after 周 makes it no week (周年, 周边, 周到).
    var weekBlockers: Set<Character> = []
    /// What before the 日, 周 or 月 of a recurring word belongs to the phrase (每日报告, 每周通报).
    var dailyOpeners: Set<Character> = []
    /// What ends the verb of 一天一检.
    var verbStops: Set<Character> = []
    /// What before a duration makes it a limit from now even without 内 (今后三年, 未来五年).
    var withinPrefixes: [String] = []
    /// What joins the two numbers of a range (15-30分钟内, 3至5天内); the second is the limit.
    var rangeJoiners: Set<Character> = []
    /// What after a name opening a clause makes it no time frame (春节是…, 汛期将至).
    var clauseNameBlockers: [String] = []

    private var baseRelations: [(word: String, relation: Relation)] = []
    private var baseMonthParts: [(word: String, part: MonthPart)] = []

    // MARK: - Made from the lists

    /// What may follow a date: before, until, from and after suffixes.
    private(set) var dateSuffixes: [String] = []
    /// What may follow a quarter or a half year: before and within suffixes.
    private(set) var limitSuffixes: [String] = []
    /// What must follow a day of the month standing alone: before and day suffixes.
    private(set) var dayAloneSuffixes: [String] = []
    /// What may follow 月 without a number: period ends and month tails.
    private(set) var monthEndTails: [String] = []
    /// What may follow a year word or a written year: year tails, period ends, named tails.
    private(set) var allYearTails: [String] = []

    /// The lists of words, by key.
    static let wordLists: [(key: String, path: any WritableKeyPath<Grammar, [String]> & Sendable)] =
      [
        ("before_suffixes", \.beforeSuffixes), ("within_suffixes", \.withinSuffixes),
        ("until_suffixes", \.untilSuffixes), ("from_suffixes", \.fromSuffixes),
        ("after_suffixes", \.afterSuffixes), ("day_suffixes", \.daySuffixes),
        ("date_prefixes", \.datePrefixes), ("times_of_day", \.timesOfDay),
        ("period_ends", \.periodEnds), ("month_tails", \.monthTails),
        ("year_tails", \.yearTails), ("named_year_tails", \.namedYearTails),
        ("within_prefixes", \.withinPrefixes), ("clause_name_blockers", \.clauseNameBlockers),
      ]
    /// The lists of single characters, by key.
    static let characterLists:
      [(key: String, path: any WritableKeyPath<Grammar, Set<Character>> & Sendable)] = [
        ("name_joiners", \.nameJoiners), ("month_blockers", \.monthBlockers),
        ("year_blockers", \.yearBlockers), ("duration_blockers", \.durationBlockers),
        ("week_blockers", \.weekBlockers), ("daily_openers", \.dailyOpeners),
        ("verb_stops", \.verbStops), ("range_joiners", \.rangeJoiners),
      ]
    /// Every key the grammar reads.
    static let keys: [String] =
      ["relations", "month_parts", "month_offsets"] + wordLists.map(\.key)
      + characterLists.map(\.key)
  }
}

// MARK: - Reading

extension TimeVocabulary.Grammar {
  /// Adds the grammar's entries of one file's vocabulary.
  mutating func add(_ fields: YAMLFields) throws(RuleFileError) {
    for (key, path) in Self.wordLists {
      self[keyPath: path] += try fields.strings(key).map(\.0)
    }
    for (key, path) in Self.characterLists {
      for (text, location) in try fields.strings(key) {
        guard text.count == 1, let character = text.first else {
          throw RuleFileError(
            location: location,
            problem: "items of '\(key)' must be single characters, not '\(text)'"
          )
        }
        self[keyPath: path].insert(character)
      }
    }
    if let node = fields.node("relations") {
      let entries = try YAMLFields(
        node,
        allowed: ["during", "before", "after"],
        what: "relations"
      )
      let kinds: [(String, Relation)] = [
        ("during", .during), ("before", .before), ("after", .after),
      ]
      for (key, relation) in kinds {
        baseRelations += try entries.strings(key).map { ($0.0, relation) }
      }
    }
    if let node = fields.node("month_parts") {
      for (key, value) in try TimeVocabulary.pairs(of: node, what: "month_parts") {
        let text = value.string ?? ""
        let part: MonthPart
        if text == "end" {
          part = .end
        } else if text == "whole" {
          part = .whole
        } else if let day = Int(text), (1...31).contains(day) {
          part = .day(day)
        } else {
          throw RuleFileError(
            location: value.location,
            problem: "'\(key.text)' must give a day (1 to 31), 'end' or 'whole', not '\(text)'"
          )
        }
        baseMonthParts.append((key.text, part))
      }
    }
    if let node = fields.node("month_offsets") {
      for (key, value) in try TimeVocabulary.pairs(of: node, what: "month_offsets") {
        guard key.text.count == 1, let character = key.text.first, let text = value.string,
          let offset = Int(text), (0...1).contains(offset)
        else {
          throw RuleFileError(
            location: key.location,
            problem: "'\(key.text)' must be one character giving 0 (this month) or 1 (the next)"
          )
        }
        monthOffsets[character] = offset
      }
    }
    compose()
  }

  /// Makes the combined lists the scanner reads from the lists of the file.
  private mutating func compose() {
    relations = baseRelations + beforeSuffixes.map { ($0, .before) }
    monthParts = baseMonthParts + periodEnds.map { ($0, .end) }
    dateSuffixes = beforeSuffixes + untilSuffixes + fromSuffixes + afterSuffixes
    limitSuffixes = beforeSuffixes + withinSuffixes
    dayAloneSuffixes = beforeSuffixes + daySuffixes
    monthEndTails = periodEnds + monthTails
    allYearTails = yearTails + periodEnds + namedYearTails
  }
}
