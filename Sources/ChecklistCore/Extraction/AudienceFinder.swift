/// Finds the one system a speech is addressed to, whose department then takes the speech's
/// otherwise ownerless work.
///
/// The context rules (contexts.yaml) decide first: a propaganda-work meeting is 宣传部's. Then
/// the opening is read for the shapes that make any department the audience, whatever its
/// subject:
/// - a bureau's own meeting: a department followed closely by a convening verb
///   (县林业局召开…, 县公安局党委高度重视，先后召开会议);
/// - a system's meeting: a system word and a meeting word on one line (全市水利系统…会议);
/// - a department's work meeting: a department's name right before a meeting word
///   (全县应急管理工作会议);
/// - a page published by a department (发布单位：县水利局).
struct AudienceFinder: Sendable {
  private let lexicon: Lexicon
  private let rules: ContextResolver
  private let convening: PhraseMatcher<Void>
  private let meetings: PhraseMatcher<Void>
  private let publishers: PhraseMatcher<Void>
  private let notAudiences: Set<String>

  init(rules: RuleSet, lexicon: Lexicon) {
    self.lexicon = lexicon
    self.rules = ContextResolver(rules: rules.contextRules)
    func plain(_ id: WordListID) -> PhraseMatcher<Void> {
      PhraseMatcher(rules.words(id).words.map { ($0, ()) })
    }
    convening = plain(.conveningVerbs)
    meetings = plain(.meetingWords)
    publishers = plain(.publisherLabels)
    notAudiences = Set(rules.words(.notAudiences).words)
  }

  /// The audience of a speech, read from its opening.
  ///
  /// - Parameter opening: The speech's title and opening lines.
  /// - Returns: The department and what decided it, or `nil`.
  func audience(for opening: String) -> ContextResolver.Context? {
    if let context = rules.context(for: opening) { return context }
    for line in opening.split(separator: "\n") {
      let scalars = Array(line.unicodeScalars)
      if let found = ownMeeting(in: scalars) ?? systemMeeting(in: scalars)
        ?? publisher(in: scalars)
      {
        return found
      }
    }
    return nil
  }

  /// A department that convenes the meeting itself (县林业局召开…).
  private func ownMeeting(in line: Scalars) -> ContextResolver.Context? {
    let departments = audiences(in: line)
    for verb in convening.matches(in: line) {
      let host = departments.last {
        $0.end <= verb.start && verb.start - $0.end <= Self.hostReach
          && !line[$0.end..<verb.start].contains(where: Punctuation.sentenceStops.contains)
      }
      if let host {
        return context(host, in: line, through: verb.end, rule: "own_meeting")
      }
    }
    return nil
  }

  /// A system's meeting (全市水利系统…会议) or a department's work meeting (全县应急管理工作会议).
  private func systemMeeting(in line: Scalars) -> ContextResolver.Context? {
    let meetingStarts = Set(meetings.matches(in: line).map(\.start))
    guard !meetingStarts.isEmpty else { return nil }
    let departments = audiences(in: line)
    let systemWords = lexicon.systemWords
    for match in departments {
      let text = line.string(match.range)
      let isSystem = systemWords.contains { text.hasSuffix($0) } && match.length > 2
      let workMeeting = meetingStarts.contains(match.end)
      let laterMeeting = meetingStarts.contains { $0 >= match.end }
      if workMeeting || (isSystem && laterMeeting) {
        return context(match, in: line, through: match.end, rule: "system_meeting")
      }
    }
    for match in shortNames(in: line) where meetingStarts.contains(match.end) {
      return context(match, in: line, through: match.end, rule: "system_meeting")
    }
    return nil
  }

  /// The department a page names as its publisher (发布单位：县水利局).
  private func publisher(in line: Scalars) -> ContextResolver.Context? {
    for label in publishers.matches(in: line) {
      let after = audiences(in: line).first {
        $0.start >= label.end && $0.start - label.end <= Self.publisherReach
      }
      if let after { return context(after, in: line, through: after.end, rule: "publisher") }
    }
    return nil
  }

  /// The departments named in a line that may be an audience: not towns or villages, which
  /// address every department, nor headquarters of several departments.
  private func audiences(in line: Scalars) -> [PhraseMatcher<String>.Match] {
    lexicon.departments.longestMatches(in: line).filter { !notAudiences.contains($0.payload) }
  }

  private func shortNames(in line: Scalars) -> [PhraseMatcher<String>.Match] {
    lexicon.shortNames.longestMatches(in: line).filter { !notAudiences.contains($0.payload) }
  }

  private func context(
    _ match: PhraseMatcher<String>.Match,
    in line: Scalars,
    through end: Int,
    rule: String
  ) -> ContextResolver.Context {
    ContextResolver.Context(
      department: match.payload,
      rule: rule,
      phrase: line.string(match.start..<min(line.count, end))
    )
  }

  /// How far a convening verb may stand after its host (县公安局党委高度重视，先后召开).
  static let hostReach = 14
  /// How far after a publisher label the department may start.
  static let publisherReach = 4
}
