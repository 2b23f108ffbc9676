/// The word lists the generator reads from `kind: words` rule files, each named once here.
///
/// A rule folder must declare every list and no other: a list renamed in YAML is an error at
/// its line, not a feature that silently stops working.
public enum WordListID: String, Sendable, CaseIterable, Comparable {
  // MARK: - Directive markers (directive_markers.yaml)

  /// Words that make a unit a directive wherever they stand (要, 必须, 严禁).
  case modal
  /// Longer words that contain a modal marker but do not ask (重要, 要求).
  case notModal = "not_modal"
  /// Verbs that lay down work when they open a unit (加强, 做好).
  case imperative
  /// Longer words that start like an imperative opening but do not ask (对于).
  case notImperative = "not_imperative"
  /// Words that mark a report of what was done rather than work laid down (取得了, 会议听取).
  case report
  /// Words that relay a superior's instruction (作出批示), after which 要求 is reported.
  case relayedInstructions = "relayed_instructions"
  /// Copulas that open the clause after an imperative one and make it what is evaluated
  /// (抓好根治欠薪工作，是…的重要内容).
  case copulas
  /// Words that state what a meeting is for (主要任务是): such a unit asks nothing.
  case meetingPurposes = "meeting_purposes"
  /// Modal markers that, after a report of what was done, state its purpose (确保).
  case purposeModals = "purpose_modals"
  /// Words that make a sentence ending in ？ a question, which asks nothing of anybody (是否).
  case questionWords = "question_words"
  /// Openings that continue the sentence before (同时, 此外).
  case continuation
  /// Openings that narrow the sentence before to its focus (重点…).
  case narrowing
  /// Words that end a speaker's lead-in before the directive itself (强调, 指出).
  case leadIn = "lead_in"
  /// Verbs that end a speaker's lead-in (彭清华指出，), which the task text leaves out.
  case speakerVerbs = "speaker_verbs"
  /// Openings of a clause that frames the work by whose requirements it follows (按照).
  case frameOpenings = "frame_openings"
  /// Endings of such a frame clause (要求, 部署).
  case frameEndings = "frame_endings"
  /// Words that make a clause an exhortation of attitude or responsibility (责任感, 主体责任),
  /// whose phrases name no department's duty.
  case exhortations

  // MARK: - Subjects (subjects.yaml)

  /// Subjects that name everybody and so nobody (各地各部门).
  case diffuse
  /// Diffuse subjects that are the speaker's audience (我们, 大家).
  case audiencePronouns = "audience_pronouns"
  /// Diffuse subjects that stand for a joint body's members (各成员单位), named by a list of
  /// bodies in the same unit.
  case memberWords = "member_words"
  /// Posts that answer for work (主要负责同志).
  case ownerPosts = "owner_posts"
  /// Verbs after which named departments support the subject (会同, 协同).
  case supportVerbs = "support_verbs"
  /// Verbs by which a subject helps another (配合, 协助).
  case helpingVerbs = "helping_verbs"
  /// Verbs that make a subject the lead (牵头, 负责).
  case leadVerbs = "lead_verbs"
  /// Verbs that frame a subject before what it must do (作为).
  case framingVerbs = "framing_verbs"
  /// Words before a department that make it only mentioned (向, 配合).
  case mentionBefore = "mention_before"
  /// Words between the names of a subject list (、, 和).
  case subjectJoiners = "subject_joiners"
  /// Words that close a list of names as departments (等部门, 等单位).
  case listClosers = "list_closers"
  /// Words after a short name that make it a system's department (水利系统, 教育行政部门).
  case systemWords = "system_words"
  /// Endings of a body's own name after a short name (水利农机局, 林业站): the short name's
  /// department.
  case bureauSuffixes = "bureau_suffixes"
  /// Verbs that address a requirement to the names after them (要求各村…).
  case addressingVerbs = "addressing_verbs"
  /// Endings that make a name in subject position a body outside the registry (…办, …站).
  case organisationSuffixes = "organisation_suffixes"
  /// One-character endings that make a body's name only when the name is short (站, 所).
  case stationSuffixes = "station_suffixes"
  /// A department's party bodies after its name, which act for it (公安局党委).
  case partyBodies = "party_bodies"
  /// Names that end like a body but name a place or everybody (小区, 党委).
  case notOrganisations = "not_organisations"
  /// Verbs by which a meeting forms or sends a team (组成, 派驻).
  case dispatchVerbs = "dispatch_verbs"
  /// Words that may stand between a named subject and a task line's verb (从…, 对…).
  case taskPrepositions = "task_prepositions"
  /// How a subject acts, between it and its verb (按职责分工, 分别, 共同): 县生态环境局、县自然资源局
  /// 按职责分工负责.
  case mannerPhrases = "manner_phrases"

  // MARK: - Responsibility annotations (subjects.yaml)

  /// Labels of a plan's lead department (牵头单位).
  case leadLabels = "lead_labels"
  /// Labels of the departments that carry a task out (责任单位): lead, or support after a lead.
  case responsibleLabels = "responsible_labels"
  /// Labels of supporting departments (配合单位).
  case supportLabels = "support_labels"
  /// Labels of an item's time limit in a plan's note (完成时限).
  case limitLabels = "limit_labels"
  /// Headers of a task table's task column (工作任务, 重点任务).
  case taskLabels = "task_labels"
  /// Headers of a task table's column that numbers the rows (序号).
  case numberLabels = "number_labels"

  // MARK: - Audiences (audiences.yaml)

  /// Verbs by which a department convenes its own meeting (召开).
  case conveningVerbs = "convening_verbs"
  /// Words that name a meeting (工作会议, 推进会).
  case meetingWords = "meeting_words"
  /// Labels of the body that publishes a page (发布单位).
  case publisherLabels = "publisher_labels"
  /// Departments whose meetings address every department (乡镇街道, 防控指挥部).
  case notAudiences = "not_audiences"

  /// Orders lists by their YAML name.
  public static func < (lhs: WordListID, rhs: WordListID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
