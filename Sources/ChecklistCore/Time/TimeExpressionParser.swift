/// Finds the time phrases of a directive and resolves them against the meeting date.
///
/// The grammar is here and in `TimeScanner`; the words come from ``TimeVocabulary``. Forms:
///
/// - dates: 2021年2月3日, 1月27日前, 月底前, 年底前, 一季度 (kind `date`). A date without a
///   year falls in the meeting's year unless that lies more than 60 days before the meeting,
///   when it means next year. A bare date (no 前, 起, 截至) counts only when it lies after the
///   meeting and its sentence does not report the past (召开, 以来, 了);
/// - periods from the meeting: 14天, 48小时内, 三日内, 2周, 一个月内 (`within`; hours round up
///   to days; a bare duration counts only at the end of its clause and never as an amount:
///   储备至少三个月的物资); redacted numbers ×小时内, **天 (`unspecified`);
/// - at once: 立即, 即日起, 第一时间, 明天 (`immediate`, due the meeting date or the next day);
/// - recurring work: 每日, 每日二次, 一天一检, 24小时值班, 每月28日前 (`recurring`);
/// - named periods: 春节期间, 中秋、国庆期间, “两节”期间, 今冬明春, 汛前, 党的二十大前后,
///   今年 opening a clause (`period`, or `date` for …前): the coming occurrence, not a past one;
/// - open limits: 限期整改, 按时 (`unspecified`).
public struct TimeExpressionParser: Sendable {
  /// The words the parser knows.
  public let vocabulary: TimeVocabulary
  /// What the scanner derives from the vocabulary, made once rather than once per text.
  private let anchors: TimeScanner.Anchors

  /// Creates a parser.
  ///
  /// - Parameter vocabulary: The words of time phrases.
  public init(vocabulary: TimeVocabulary) {
    self.vocabulary = vocabulary
    anchors = TimeScanner.Anchors(vocabulary)
  }

  /// Every time phrase in `text`, in reading order, each with its character range.
  ///
  /// - Parameters:
  ///   - text: A directive or any passage.
  ///   - meetingDate: The day of the speech, to resolve relative phrases; `nil` leaves them
  ///     unresolved.
  /// - Returns: The phrases found, none overlapping.
  public func deadlines(in text: String, meetingDate: CalendarDate?) -> [Deadline] {
    TimeScanner(text: text, meeting: meetingDate, vocabulary: vocabulary, anchors: anchors).run()
      .map(\.deadline)
  }

  /// The one deadline a directive carries: the most specific phrase, the first among equals.
  ///
  /// Dates and periods from the meeting are the most specific, then immediate and named
  /// periods, then recurring work and open limits.
  ///
  /// - Parameters:
  ///   - text: The directive.
  ///   - meetingDate: The day of the speech, if known.
  /// - Returns: The deadline, or `nil` when the text has no time phrase.
  public func deadline(in text: String, meetingDate: CalendarDate?) -> Deadline? {
    let all = TimeScanner(
      text: text,
      meeting: meetingDate,
      vocabulary: vocabulary,
      anchors: anchors
    ).run()
    guard let best = all.map(Self.rank).max() else { return nil }
    return all.first { Self.rank($0) == best }?.deadline
  }
}

// MARK: - Ranking

extension TimeExpressionParser {
  /// How specific a phrase is: its kind's tier, and within the dates a calendar date over one
  /// a season names (汛前检查，5月底前完成整改 is due at 5月底).
  fileprivate static func rank(_ candidate: TimeScanner.Candidate) -> Int {
    let calendar = candidate.deadline.kind == .date && !candidate.isNamed
    return specificity(candidate.deadline.kind) * 2 + (calendar ? 1 : 0)
  }

  fileprivate static func specificity(_ kind: Deadline.Kind) -> Int {
    switch kind {
    case .date, .within: return 3
    case .immediate, .period: return 2
    case .recurring, .unspecified: return 1
    }
  }
}
