/// The word lists of a rule set compiled into matchers, built once per pipeline and shared (a
/// class, so that the stages holding it copy one reference, not some fifty matchers).
///
/// Every list keeps its own automaton so that one word can play two parts (确保 is both a
/// modal marker and an imperative opening; 配合 both a support verb and a mention word).
final class Lexicon: Sendable {
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
  /// Words that relay a superior's instruction (作出批示): a 要求 after them is reported.
  let relayedInstructions: PhraseMatcher<Void>
  /// The copula that turns an opening imperative clause into what is being evaluated (是).
  let copulas: PhraseMatcher<Void>
  /// Words that state what a meeting is for (主要任务是): the unit describes, not asks.
  let meetingPurposes: PhraseMatcher<Void>
  /// Modal markers that, after a report, state its purpose (确保, 力争).
  let purposeModals: Set<String>
  /// Words that make a sentence ending in ？ a question (吗, 是否); a ？ alone may be mojibake.
  let questionWords: PhraseMatcher<Void>
  let continuation: PhraseMatcher<Void>
  /// Openings that narrow the sentence before to its focus (重点…): the same actor's work.
  let narrowing: PhraseMatcher<Void>
  /// Every name of every department (canonical, aliases, short name + system word), with the
  /// canonical name as payload.
  let departments: PhraseMatcher<String>
  /// Words after a short name that make it a system's department (系统, 行政部门).
  let systemWords: [String]
  /// Short names (公安, 交通), valid only in a closed list or before a system word.
  let shortNames: PhraseMatcher<String>
  /// Words that close a list of short names as departments (等部门).
  let listClosers: PhraseMatcher<Void>
  /// Endings of a bureau's own name after a short name (局, 站): 水利农机局 → 水利局.
  let bureauSuffixes: [Scalars]
  /// Verbs that address a requirement to the names after them (要求).
  let addressingVerbs: PhraseMatcher<Void>
  /// Words between a task line's subject and its verb (从, 对).
  let taskPrepositions: PhraseMatcher<Void>
  let mannerPhrases: PhraseMatcher<Void>
  /// Labels of a responsibility note (牵头单位, 责任单位, 配合单位).
  let leadLabels: PhraseMatcher<Void>
  let responsibleLabels: PhraseMatcher<Void>
  let supportLabels: PhraseMatcher<Void>
  /// Labels of a responsibility note's time limit (完成时限).
  let limitLabels: PhraseMatcher<Void>
  /// Headers of a task table's task column (工作任务).
  let taskLabels: PhraseMatcher<Void>
  /// Headers of a task table's row-number column (序号), matched as whole cells.
  let numberLabels: Set<String>
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
  /// Endings that make a body's name only when it is short (站, 所).
  let stationSuffixes: [String]
  /// ``organisationSuffixes`` and ``notOrganisations`` as scalars when all their scalars are
  /// plain, so that suffix tests on text of plain scalars can compare scalars; `nil` otherwise.
  let plainSuffixes: (organisation: [Scalars], not: [Scalars])?
  /// Words between the names of a subject list, longest first.
  let joiners: [String]
  let leadInEndings: [String]
  /// Verbs that end a speaker's lead-in (彭清华指出，): taken off the task text.
  let speakerVerbs: [String]
  /// A clause that opens with one of these and ends with one of ``frameEndings`` frames the work
  /// (按照…要求，) and names no duty of its own.
  let frameOpenings: [String]
  /// Words that make a clause an exhortation of attitude or responsibility (责任感, 主体责任):
  /// its phrases name no duty.
  let exhortations: PhraseMatcher<Void>
  let frameEndings: [String]
  /// Diffuse subjects that are the speaker's audience (我们, 大家): they name nobody, but do not
  /// keep the work phrase rules recognise from its department.
  let audiencePronouns: Set<String>
  /// Diffuse subjects that stand for the members of a joint body (各成员单位): a list of bodies
  /// in the same unit names them.
  let memberWords: Set<String>
  /// A department's party bodies, which act for it (公安局党委).
  let partyBodies: Set<String>

  init(rules: RuleSet) {
    func plain(_ id: WordListID) -> PhraseMatcher<Void> {
      PhraseMatcher(rules.words(id).words.map { ($0, ()) })
    }
    modal = PhraseMatcher(
      rules.words(.modal).words.map { ($0, ModalWord.modal) }
        + rules.words(.notModal).words.map { ($0, ModalWord.blocker) }
    )
    imperative = plain(.imperative)
    notImperative = plain(.notImperative)
    report = plain(.report)
    copulas = plain(.copulas)
    relayedInstructions = plain(.relayedInstructions)
    meetingPurposes = plain(.meetingPurposes)
    purposeModals = Set(rules.words(.purposeModals).words)
    questionWords = plain(.questionWords)
    continuation = plain(.continuation)
    narrowing = plain(.narrowing)
    systemWords = rules.words(.systemWords).words
    var names: [(String, String)] = []
    var short: [(String, String)] = []
    for department in rules.departments {
      names.append((department.name, department.name))
      names += department.aliases.map { ($0, department.name) }
      short += department.shortNames.map { ($0, department.name) }
      // A short name before a system word is a full name: 水利系统, 教育行政部门.
      for name in department.shortNames {
        names += systemWords.map { (name + $0, department.name) }
      }
    }
    departments = PhraseMatcher(names)
    shortNames = PhraseMatcher(short)
    listClosers = plain(.listClosers)
    bureauSuffixes = rules.words(.bureauSuffixes).words.map { Array($0.unicodeScalars) }
    addressingVerbs = plain(.addressingVerbs)
    taskPrepositions = plain(.taskPrepositions)
    mannerPhrases = plain(.mannerPhrases)
    leadLabels = plain(.leadLabels)
    responsibleLabels = plain(.responsibleLabels)
    supportLabels = plain(.supportLabels)
    limitLabels = plain(.limitLabels)
    taskLabels = plain(.taskLabels)
    numberLabels = Set(rules.words(.numberLabels).words)
    diffuse = plain(.diffuse)
    posts = plain(.ownerPosts)
    supportVerbs = plain(.supportVerbs)
    helpingVerbs = plain(.helpingVerbs)
    dispatchVerbs = plain(.dispatchVerbs)
    leadVerbs = plain(.leadVerbs)
    framingVerbs = plain(.framingVerbs)
    mentionWords = plain(.mentionBefore)
    levelPrefixes = PhraseMatcher(rules.levelPrefixes.words.map { ($0, ()) })
    organisationSuffixes = rules.words(.organisationSuffixes).words
    notOrganisations = rules.words(.notOrganisations).words
    stationSuffixes = rules.words(.stationSuffixes).words
    let suffixes = organisationSuffixes.map { Array($0.unicodeScalars) }
    let notSuffixes = notOrganisations.map { Array($0.unicodeScalars) }
    plainSuffixes =
      (suffixes + notSuffixes).allSatisfy { $0.allSatisfy(\.isPlain) }
      ? (suffixes, notSuffixes) : nil
    joiners = rules.words(.subjectJoiners).words.sorted { $0.count > $1.count }
    leadInEndings = rules.words(.leadIn).words
    speakerVerbs = rules.words(.speakerVerbs).words
    frameOpenings = rules.words(.frameOpenings).words
    exhortations = plain(.exhortations)
    frameEndings = rules.words(.frameEndings).words
    audiencePronouns = Set(rules.words(.audiencePronouns).words)
    memberWords = Set(rules.words(.memberWords).words)
    partyBodies = Set(rules.words(.partyBodies).words)
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
