/// One decision the extractor took about a directive, and why.
///
/// Decisions are values, like swift-format's findings: `explain`, the JSON and the templates
/// render them, and tests compare them, instead of each stage building its own sentence.
public enum Reason: Sendable, Hashable, CustomStringConvertible {
  /// Why the unit is a directive.
  case directive(String)
  /// What the subject analysis found (a name acting, a name only mentioned).
  case subject(String)
  /// The speaker's lead-in was taken off the task text (彭清华指出，).
  case leadIn(String)
  /// The subject names everybody, so nobody specific.
  case diffuse(word: String)
  /// The subject is the speaker's audience, so the work's own department takes it.
  case audiencePronoun(word: String)
  /// The unit inherits the subject set up before it.
  case carried(names: [String], line: Int, licence: String)
  /// The carried subject leads; the unit's own subject only supports it.
  case carriedLeads(name: String, line: Int)
  /// Phrase rules name other work than the carried subject's.
  case carriedGivesWay(names: [String], line: Int)
  /// A phrase rule decided.
  case phraseRule(id: String, priority: Int, phrase: String, department: String)
  /// A phrase rule fired but lost to a higher priority.
  case lostRule(id: String, priority: Int, winning: Int, phrase: String, department: String)
  /// A phrase rule fired but the speech's audience, whose own rule fired too, settles the work.
  case lostToAudience(id: String, phrase: String, department: String, audience: String)
  /// The speech's audience decided.
  case audience(rule: String, phrase: String, department: String)
  /// A plan's responsibility note decided (牵头单位：…；责任单位：…).
  case annotation(line: Int, text: String)
  /// The note's deadline applies to the item's tasks.
  case annotationDeadline(line: Int, text: String)
  /// The note's time limit (完成时限：…) is the item's deadline, over any the task's text holds.
  case annotationLimit(line: Int, text: String, replacing: String?)
  /// Nothing named anybody.
  case noOwner
  /// An answerable post is named.
  case post(String)
  /// The roster names the lead department's person.
  case rosterPerson(String, department: String)
  /// The action type.
  case action(id: String, verb: String)
  /// The deadline found.
  case deadline(text: String, kind: String)

  /// The decision in words.
  public var description: String {
    switch self {
    case .directive(let why):
      "directive: \(why)"
    case .subject(let note):
      note
    case .leadIn(let words):
      "the speaker's lead-in '\(words)' is not part of the task"
    case .diffuse(let word):
      "subject '\(word)' names everybody, so nobody specific"
    case .audiencePronoun(let word):
      "subject '\(word)' is the audience and names nobody, so the work's own department takes it"
    case .carried(let names, let line, let licence):
      "no subject of its own: carries \(names.joined(separator: "、")) from line \(line) (\(licence))"
    case .carriedLeads(let name, let line):
      "\(name) leads (carried from line \(line)); the named subject supports"
    case .carriedGivesWay(let names, let line):
      "the carried subject (\(names.sorted().joined(separator: "、")), line \(line)) gives way: phrase rules name other work"
    case .phraseRule(let id, let priority, let phrase, let department):
      "phrase rule \(id) (priority \(priority)): '\(phrase)' → \(department)"
    case .lostRule(let id, let priority, let winning, let phrase, let department):
      "  lost: \(id) (priority \(priority), lower than \(winning)): '\(phrase)' → \(department)"
    case .lostToAudience(let id, let phrase, let department, let audience):
      "  lost: \(id): '\(phrase)' → \(department); in \(audience)'s own meeting its rule settles the work"
    case .audience(let rule, let phrase, let department):
      "audience \(rule): the speech's opening names '\(phrase)' → \(department)"
    case .annotation(let line, let text):
      "the responsibility note on line \(line) ('\(text)') names who leads and supports"
    case .annotationDeadline(let line, let text):
      "deadline '\(text)' from the responsibility note on line \(line)"
    case .annotationLimit(let line, let text, let replacing):
      "deadline '\(text)': the time limit of the responsibility note on line \(line)"
        + (replacing.map { ", not '\($0)' of the task's text" } ?? "")
    case .noOwner:
      "no subject, no carried subject, no phrase rule, no audience: no specific owner"
    case .post(let post):
      "owner: the post '\(post)' is named"
    case .rosterPerson(let person, let department):
      "owner: \(person) from the roster for \(department)"
    case .action(let id, let verb):
      "action \(id): verb '\(verb)'"
    case .deadline(let text, let kind):
      "deadline '\(text)' (\(kind))"
    }
  }
}
