import Testing

@testable import ChecklistCore

/// The mechanisms that find who acts on speeches of any subject: each test is a class of
/// sentences, written fresh, not taken from the corpus.
@Suite struct OwnerMechanismTests {
  func names(_ directive: Directive?) -> [String] { directive?.departments.map(\.name) ?? [] }
  func roles(_ directive: Directive?) -> [String] {
    directive?.departments.map { "\($0.name):\($0.role.rawValue)" } ?? []
  }
  func vias(_ directive: Directive?) -> [DepartmentAssignment.Via] {
    directive?.departments.map(\.via) ?? []
  }

  // MARK: - Named subjects

  @Test func shortNamesCountInAClosedList() throws {
    let found = try directives(
      """
      公安、交通、应急等部门要在春节前完成道路隐患排查。
      自然资源、水利、气象等职能部门要加强会商研判。
      卫健、交通部门要做好转运保障。
      要加强安全教育、引导和管理。
      """
    )
    #expect(names(found[0]) == ["公安局", "交通运输局", "应急管理局"])
    #expect(vias(found[0]) == [.shortNames, .shortNames, .shortNames])
    #expect(names(found[1]) == ["自然资源局", "水利局", "气象局"])
    #expect(names(found[2]) == ["卫健委", "交通运输局"])
    #expect(names(found[3]).isEmpty, "short names outside a closed list are ordinary words")
  }

  @Test func aListItemIsItsDepartmentsWhenTheCloserNamesIt() throws {
    // 市场监督管理 is no short name, but 市场监督管理部门 is a name; 数据 alone is a short name
    // that does not end its item, so 数据管理 is read whole.
    let found = try directives(
      """
      住建、市场监督管理、数据管理等部门要加强燃气用户信息共享。
      应急、安全监管、铁路等部门要开展联合检查。
      """
    )
    #expect(names(found[0]) == ["住建局", "市场监管局", "数据局"])
    #expect(names(found[1]) == ["应急管理局", "铁路部门"])
  }

  @Test func aSystemWordNamesItsDepartment() throws {
    let found = try directives(
      "全县林业系统要加强护林员队伍管理。\n各级教育行政部门要开展校园周边安全隐患排查。"
    )
    #expect(names(found[0]) == ["林草局"])
    #expect(names(found[1]) == ["教育局"])
  }

  @Test func aBodyOutsideTheRegistryKeepsItsNameUnlessItsShapeNamesOne() throws {
    let found = try directives(
      """
      县水文站要加强雨情水情监测。
      县水利农机局要做好农田灌溉调度。
      梅州市自然资源局要加强隐患点巡查。
      县妇联要做好留守儿童关爱服务。
      """
    )
    #expect(names(found[0]) == ["水文站"])
    #expect(vias(found[0]) == [.organisation])
    #expect(names(found[1]) == ["水利局"])
    #expect(names(found[2]) == ["自然资源局"])
    #expect(names(found[3]) == ["妇联"])
  }

  @Test func aBodyNamedByLevelAndABareEndingKeepsItsLevel() throws {
    let found = try directives(
      """
      县委督查室、县政府督查室要跟踪督办会议议定事项。
      区委办公室要做好会务保障。
      县政府要加强统筹协调。
      """
    )
    #expect(names(found[0]) == ["县委督查室", "县政府督查室"])
    #expect(names(found[1]) == ["区委办公室"])
    #expect(names(found[2]).isEmpty, "a government is everybody's superior, not a department")
  }

  @Test func aVerbOrAFrameOpensNoBodysName() throws {
    let found = try directives(
      """
      要深入贯彻落实省委、省政府关于温暖过冬的部署。
      优化防控工作所需物资采购流程，确保及时到位。
      """
    )
    #expect(found.allSatisfy { $0.departments.isEmpty })
  }

  @Test func theAddresseeOfARequirementActs() throws {
    let found = try directives(
      """
      会议要求街道林业站、各村（社区）要对辖区森林防火形势再分析、再研判。
      会议要求各地各部门加强值班值守。
      """
    )
    #expect(names(found[0]) == ["林草局", "村社区"])
    #expect(vias(found[0]) == [.addressee, .addressee])
    #expect(names(found[1]).isEmpty)
    #expect(found[1].diffuseSubject == "各地各部门")
  }

  @Test func anAgentAfterYouActsThroughALevelPrefix() throws {
    let found = try directives("由县防汛抗旱指挥部统一调度，各乡镇必须严格执行。")
    #expect(Set(names(found[0])) == ["防指", "乡镇街道"])
  }

  @Test func aBareListJoinsTheNextClausesSubject() throws {
    let found = try directives("加快淘汰落后产能。由发改局牵头，经信局、环保局、水务局，供电局配合。")
    #expect(
      roles(found[0])
        == ["发改委:lead", "工信局:support", "生态环境局:support", "水利局:support", "供电公司:support"]
    )
  }

  @Test func theMembersOfAJointBodyAreTheBodiesTheUnitLists() throws {
    let found = try directives(
      """
      会议要求，联席会议各成员单位要共商共治，完善县食安办、县公安局、县市场监管局等三部门共同参与的治理机制。
      各成员单位要共商共治，形成工作合力。
      """
    )
    #expect(names(found[0]) == ["食安办", "公安局", "市场监管局"])
    #expect(names(found[1]).isEmpty)
  }

  @Test func aRedactedLevelStillNamesTheDepartment() throws {
    let found = try directives("x场监管部门要加强农贸x场监管。")
    #expect(names(found[0]) == ["市场监管局"])
  }

  // MARK: - Task lines

  @Test func linesOfATaskListNameWhoActsWithoutAModalMarker() throws {
    let found = try directives(
      """
      会议压实各部门职责：县住建局统筹协调燃气安全整治；县应急局严管工业燃料违规民用；县市场监管局从源头严控燃气具质量。
      区财政局负责专项经费的落实。
      3、县交通运输局加快推进农村公路危桥改造。
      四是要做好严格排查。各村对各超市严格排查，各督导组对敬老院加大巡查。
      一、加强宣传力度：派出所、市场监管所出动宣传车巡回宣传。
      """
    )
    #expect(
      found.map { names($0) } == [
        ["住建局"], ["应急管理局"], ["市场监管局"], ["财政局"], ["交通运输局"], ["村社区", "督导组"],
        ["公安局", "市场监管局"],
      ]
    )
  }

  @Test func aNewsReportWithoutAListIsNoTask() throws {
    let found = try directives("会后，县市场监管局联合县公安局对商铺开展了检查。")
    #expect(found.isEmpty)
  }

  // MARK: - Responsibility notes

  @Test func aResponsibilityNoteGivesItsItemLeadSupportAndDeadline() throws {
    let found = try directives(
      """
      1.加大简政放权力度。做好省下放行政许可事项承接。推进相对集中行政许可权改革。（牵头单位：县行政审批服务局；责任单位：县司法局、县委编办，6月底完成）
      2.推动政务服务导则落实。加快乡镇政务服务中心建设。
      """,
      date: try day("2020-02-22")
    )
    #expect(found.count == 3, "the numbered titles are headings, not tasks")
    #expect(roles(found[0]) == ["营商办:lead", "司法局:support", "编办:support"])
    #expect(roles(found[1]) == ["营商办:lead", "司法局:support", "编办:support"])
    #expect(found[0].deadline?.due == (try day("2020-06-30")))
    #expect(vias(found[0]).allSatisfy { $0 == .annotation })
    #expect(!found[2].departments.contains { $0.via == .annotation })
  }

  @Test func aBracketedNoteRunsUntilItsBracketCloses() throws {
    let found = try directives(
      """
      1.开展渔业水域禁捕执法行动。（牵头单位：县农业农村局；配合单位：县公安局、县市场监管局；完成时限：2026年8月底前）
      2.推进入河排污口排查整治。（县生态环境局、县水利局按职责分工负责）
      3.加强河道采砂监管。（县水利局负责
      4.落实河湖长巡河制度。
      """,
      date: try day("2026-03-01")
    )
    #expect(roles(found[0]) == ["农业农村局:lead", "公安局:support", "市场监管局:support"])
    #expect(found[0].deadline?.due == (try day("2026-08-31")), "the note's last part is its own")
    #expect(roles(found[1]) == ["生态环境局:lead", "水利局:lead"])
    #expect(found.count == 4, "a bracket never closed ends with its line")
    #expect(roles(found[2]) == ["水利局:lead"])
  }

  @Test func namesBeforeAColonLabelWhoActs() throws {
    let found = try directives(
      """
      二、职责分工
      县水利局：负责水库山塘安全度汛，落实巡查值守。
      县自然资源局、县气象局：负责地质灾害气象风险预警。
      联系电话：12345678。
      """
    )
    #expect(found.map { names($0) } == [["水利局"], ["自然资源局", "气象局"]])
    #expect(found.allSatisfy { $0.departments.allSatisfy { $0.via == .subject } })
  }

  @Test func aLineOfNamesHeadsTheDutiesUnderIt() throws {
    let found = try directives(
      """
      三、职责分工
      1.县林业局
      负责森林防火期野外用火管控。
      加强护林员队伍管理。
      县应急管理局：
      负责森林火灾扑救力量调度。
      工作要求
      加强组织领导，落实工作责任。
      """
    )
    #expect(found.map(\.text).first == "负责森林防火期野外用火管控。", "a line of names asks nothing")
    #expect(found.map { names($0) } == [["林草局"], ["林草局"], ["应急管理局"], []])
  }

  @Test func aTaskTablesRowsAreTasksWithTheirNotes() throws {
    let found = try directives(
      [
        "全县防溺水工作任务分工表",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t危险水域警示标识设置\t县水利局\t各乡镇\t2026年6月15日前",
        "2\t开展学生防溺水专题教育\t县教育局\t\t暑假前",
        "各乡镇要落实巡查看护责任。",
      ].joined(separator: "\n"),
      date: try day("2026-05-10")
    )
    #expect(found.map(\.text) == ["1.危险水域警示标识设置。", "2.开展学生防溺水专题教育。", "各乡镇要落实巡查看护责任。"])
    #expect(roles(found[0]) == ["水利局:lead", "乡镇街道:support"])
    #expect(found[0].deadline?.due == (try day("2026-06-15")))
    #expect(roles(found[1]) == ["教育局:lead"])
    #expect(found[1].deadline?.text == "暑假前")
    #expect(found[0].line == 3, "a row keeps its line")
  }

  @Test func aTaskTablesColumnsWrittenAsSentencesMakeOneNote() throws {
    let found = try directives(
      """
      1. 推进农村公路危桥改造，确保汛前完工。牵头单位：县交通运输局；责任单位：县财政局、县水利局。完成时限：2026年5月底前。
      2. 做好改造资金保障。牵头单位：县财政局。
      """,
      date: try day("2026-03-01")
    )
    #expect(found.count == 2, "a numbered item written with a space after its number is a task")
    #expect(roles(found[0]) == ["交通运输局:lead", "财政局:support", "水利局:support"])
    #expect(found[0].deadline?.due == (try day("2026-05-31")), "the time-limit column wins")
    #expect(roles(found[1]) == ["财政局:lead"])
    #expect(found[1].deadline == nil, "a limit never reaches the next item")
  }

  @Test func aNoteOnLinesOfItsOwnIsTheItemsAbove() throws {
    let found = try directives(
      """
      1.加快背街小巷雨污管网改造。
      牵头单位：区住建局
      配合单位：区财政局、各街道办事处
      完成时限：2026年9月底前
      2.加强改造工地扬尘管控。
      责任单位：区住建局、区城管局
      """,
      date: try day("2026-03-01")
    )
    #expect(roles(found[0]) == ["住建局:lead", "财政局:support", "乡镇街道:support"])
    #expect(found[0].deadline?.due == (try day("2026-09-30")))
    #expect(roles(found[1]) == ["住建局:lead", "城管局:lead"])
    #expect(found[1].deadline == nil)
  }

  // MARK: - Audiences

  @Test func aBureausOwnMeetingTakesItsOwnerlessWork() throws {
    let found = try directives(
      """
      2月21日，县林业局召开全县森林防灭火工作会议。
      会议强调，要压紧压实工作责任，做到守土有责。
      各地各部门要加强值班值守。
      """
    )
    #expect(found.map { names($0) } == [["林草局"], ["林草局"]])
    #expect(found[0].departments.first?.basis == .context)
  }

  @Test func aTownsMeetingGivesNoAudience() throws {
    let found = try directives(
      "附城街道召开森林防灭火工作专题研究会。\n会议强调，要压紧压实工作责任，做到守土有责。"
    )
    #expect(names(found.last).isEmpty)
  }

  @Test func aSystemsOwnRuleSettlesWorkSeveralRulesShare() throws {
    let found = try directives(
      """
      县公安局召开校园安全工作会议。
      要整合校园安保力量，加强校园周边巡逻防控。
      """
    )
    #expect(names(found.last) == ["公安局"])
  }

  // MARK: - Carrying and weak signals

  @Test func aWeakPhraseNeverMovesACarriedSubject() throws {
    let found = try directives(
      "县消防救援大队要对人员密集场所开展消防安全检查。同时要加大宣传力度。"
    )
    #expect(names(found[1]) == ["消防救援机构"])
    #expect(found[1].departments.first?.basis == .carried)
  }

  @Test func anExhortationNamesNoDutyButTheRestOfItsSentenceMay() throws {
    let found = try directives(
      """
      要层层压实属地管理责任和企业主体责任，坚持防范和救治两手抓。
      要增强做好道路交通安全工作的责任感，深入开展道路交通安全隐患排查。
      """
    )
    #expect(names(found[0]).isEmpty)
    #expect(names(found[1]) == ["公安局"])
  }

  @Test func aDemonstrativePointsBackToTheSubject() throws {
    let found = try directives("各乡镇必须严格执行调度指令。这是一条严肃的纪律，必须无条件执行。")
    #expect(names(found[1]) == ["乡镇街道"])
  }

  // MARK: - Headings, questions and task texts

  @Test func headingsAreNotTasks() throws {
    let found = try directives(
      """
      一要高度重视。各村要迅速传达会议精神。
      要严防输入。对新进入人员严格体温筛检。
      一要加强防控指导。二要抓实疫情监测。
      """
    )
    #expect(
      found.map(\.text) == [
        "各村要迅速传达会议精神。", "对新进入人员严格体温筛检。", "一要加强防控指导。", "二要抓实疫情监测。",
      ]
    )
  }

  @Test func aQuestionIsNoDirectiveButAStrayQuestionMarkIs() throws {
    let found = try directives(
      "防汛物资是否到位？\n要对外来人员进行重新排查，确?\n各乡镇要开展汛前检查，特别是病险水库是否加固完成？"
    )
    #expect(
      found.map(\.source) == ["要对外来人员进行重新排查，确?", "各乡镇要开展汛前检查，特别是病险水库是否加固完成？"]
    )
  }

  @Test func purposesQuotesAndReportedPurposesAskNothing() throws {
    let found = try directives(
      """
      今天我们召开全县防汛工作会议，主要任务是分析形势，确保安全度汛。
      省长围绕“领导干部要坚守岗位”等方面作出了部署。
      县公安局党委高度重视，先后召开会议进行专题部署，确保校园绝对安全。
      请结合实际，认真贯彻落实。
      做好防汛工作，是保障人民群众生命财产安全的重要举措。
      副市长主持召开抗旱会商会，要求科学抗旱，抓好水资源调度。
      以政务服务导则为基准，加快乡镇政务服务中心建设。
      责任部门和项目主体，要进一步明确责任。
      """
    )
    #expect(
      found.map(\.text) == [
        "请结合实际，认真贯彻落实。", "副市长主持召开抗旱会商会，要求科学抗旱，抓好水资源调度。",
        "以政务服务导则为基准，加快乡镇政务服务中心建设。", "责任部门和项目主体，要进一步明确责任。",
      ]
    )
  }

  @Test func theTaskTextLeavesOutTheSpeakersLeadIn() throws {
    let found = try directives("彭清华指出，要严格落实重点场所防控措施。\n在落实定点医院的基础上，建好后备医院。")
    #expect(found[0].text == "要严格落实重点场所防控措施。")
    #expect(found[0].source == "彭清华指出，要严格落实重点场所防控措施。")
    #expect(found[0].reasons.contains(.leadIn("彭清华指出，")))
    #expect(found[1].text == "在落实定点医院的基础上，建好后备医院。")
  }
}

/// The directives of a text under the shipped rules, with a meeting date.
private func directives(_ text: String, date: CalendarDate) throws -> [Directive] {
  try makePipeline(date: date).process(text: text, file: "test.txt").directives
}
