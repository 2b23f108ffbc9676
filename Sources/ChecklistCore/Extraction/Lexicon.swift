/// The word lists of a rule set compiled into matchers, built once per pipeline.
///
/// Every list keeps its own automaton so that one word can play two parts (确保 is both a
/// modal marker and an imperative opening; 配合 both a support verb and a mention word).
struct Lexicon: Sendable {
  /// What a modal-marker match is: a real marker, or a word that contains one (重要 holds 要).
  enum ModalWord: Sendable {
    case modal
    case blocker
  }

  let modal: PhraseMatcher<ModalWord>
  let imperative: PhraseMatcher<Void>
  /// Longer words an imperative opening may start (对于 holds 对).
  let notImperative: PhraseMatcher<Void>
  let report: PhraseMatcher<Void>
  let continuation: PhraseMatcher<Void>
  /// Openings that narrow the sentence before to its focus (重点…): the same actor's work.
  let narrowing: PhraseMatcher<Void>
  let departments: PhraseMatcher<String>
  let diffuse: PhraseMatcher<Void>
  let posts: PhraseMatcher<Void>
  let supportVerbs: PhraseMatcher<Void>
  let helpingVerbs: PhraseMatcher<Void>
  let dispatchVerbs: PhraseMatcher<Void>
  let leadVerbs: PhraseMatcher<Void>
  /// Verbs that frame a subject before what it must do (成都市作为…，要…).
  let framingVerbs: PhraseMatcher<Void>
  let mentionWords: PhraseMatcher<Void>
  let levelPrefixes: PhraseMatcher<Void>
  let organisationSuffixes: [String]
  let notOrganisations: [String]
  /// ``organisationSuffixes`` and ``notOrganisations`` as scalars when all their scalars are
  /// plain, so that suffix tests on text of plain scalars can compare scalars; `nil` otherwise.
  let plainSuffixes: (organisation: [Scalars], not: [Scalars])?
  /// Words between the names of a subject list, longest first.
  let joiners: [String]
  let leadInEndings: [String]
  /// A clause that opens with one of these and ends with one of ``frameEndings`` frames the work
  /// (按照…要求，) and names no duty of its own.
  let frameOpenings: [String]
  let frameEndings: [String]
  /// Diffuse subjects that are the speaker's audience (我们, 大家): they name nobody, but do not
  /// keep the work phrase rules recognise from its department.
  let audiencePronouns: Set<String>

  init(rules: RuleSet) {
    func plain(_ id: String) -> PhraseMatcher<Void> {
      PhraseMatcher(rules.words(id).words.map { ($0, ()) })
    }
    modal = PhraseMatcher(
      rules.words("modal").words.map { ($0, ModalWord.modal) }
        + rules.words("not_modal").words.map { ($0, ModalWord.blocker) }
    )
    imperative = plain("imperative")
    notImperative = plain("not_imperative")
    report = plain("report")
    continuation = plain("continuation")
    narrowing = plain("narrowing")
    var names: [(String, String)] = []
    for department in rules.departments {
      names.append((department.name, department.name))
      names += department.aliases.map { ($0, department.name) }
    }
    departments = PhraseMatcher(names)
    diffuse = plain("diffuse")
    posts = plain("owner_posts")
    supportVerbs = plain("support_verbs")
    helpingVerbs = plain("helping_verbs")
    dispatchVerbs = plain("dispatch_verbs")
    leadVerbs = plain("lead_verbs")
    framingVerbs = plain("framing_verbs")
    mentionWords = plain("mention_before")
    levelPrefixes = PhraseMatcher(rules.levelPrefixes.words.map { ($0, ()) })
    organisationSuffixes = rules.words("organisation_suffixes").words
    notOrganisations = rules.words("not_organisations").words
    let suffixes = organisationSuffixes.map { Array($0.unicodeScalars) }
    let notSuffixes = notOrganisations.map { Array($0.unicodeScalars) }
    plainSuffixes =
      (suffixes + notSuffixes).allSatisfy { $0.allSatisfy(\.isPlain) }
      ? (suffixes, notSuffixes) : nil
    joiners = rules.words("subject_joiners").words.sorted { $0.count > $1.count }
    leadInEndings = rules.words("lead_in").words
    frameOpenings = rules.words("frame_openings").words
    frameEndings = rules.words("frame_endings").words
    audiencePronouns = Set(rules.words("audience_pronouns").words)
  }

  /// The modal markers in `scalars` (要, 必须 …), leaving out words that only contain one
  /// (重要 holds 要).
  func modalMarkers(in scalars: Scalars) -> [PhraseMatcher<ModalWord>.Match] {
    modal.longestMatches(in: scalars).filter {
      if case .modal = $0.payload { return true }
      return false
    }
  }
}
