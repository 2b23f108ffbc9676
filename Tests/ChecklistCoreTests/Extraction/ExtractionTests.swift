import Testing

@testable import ChecklistCore

@Suite struct ExtractionTests {
  func names(_ directive: Directive?) -> [String] { directive?.departments.map(\.name) ?? [] }

  @Test func decidesWhatIsADirective() throws {
    let found = try directives("要加强发热门诊管理。会议指出，疫情防控取得了明显成效。这些重要指示精神意义重大。加强农贸市场监管。")
    #expect(found.map(\.text) == ["要加强发热门诊管理。", "加强农贸市场监管。"])
  }

  @Test func aVerbMarkedAsDoneReportsWork() throws {
    let found = try directives(
      "开展了地质灾害隐患排查，落实了包保责任。深入了解群众诉求，做到件件有回音。畅通供热服务热线，24小时接听。"
    )
    #expect(found.map(\.text) == ["深入了解群众诉求，做到件件有回音。", "畅通供热服务热线，24小时接听。"])
  }

  @Test func anItemMarkerWithItsModalAsks() throws {
    let found = try directives("县水利局要做好汛前准备。一要修订水库调度运用方案；二是汛前检查水库闸门启闭设施。")
    #expect(found.map(\.text) == ["县水利局要做好汛前准备。", "一要修订水库调度运用方案；"])
    #expect(names(found[1]) == ["水利局"])
  }

  @Test func aFrontedObjectIsNoFramedSubject() throws {
    let found = try directives("县水务局要加强农村供水管护，对供水不足的村组，要采取应急送水措施。有条件的医疗机构，要开设发热门诊。")
    #expect(names(found.first) == ["水利局"])
    #expect(names(found.last) == ["医疗机构"])
  }

  @Test func findsNamedSubjectsWithPrefixesAndLists() throws {
    let found = try directives(
      """
      区公安分局、属地镇街要全面落实追踪核查机制。
      交通运输、民航、铁路、海关等部门要坚决把好入口关。
      区纪委监委要会同区委营商办、区考核办对各单位值班值守情况开展督查。
      各乡镇要积极配合公安部门开展排查。
      """
    )
    #expect(names(found[0]) == ["公安局", "乡镇街道"])
    #expect(names(found[1]) == ["交通运输局", "民航部门", "铁路部门", "海关"])
    #expect(
      found[2].departments.map { "\($0.name):\($0.role.rawValue)" } == [
        "纪委监委:lead", "营商办:support", "考核办:support",
      ]
    )
    #expect(names(found[3]) == ["乡镇街道"])
    #expect(found.allSatisfy { $0.departments.allSatisfy { $0.basis == .explicit } })
  }

  @Test func carriesThePassageSubjectToItsItems() throws {
    let found = try directives("卫健委要落实防控主体责任。一要加强防控指导。二要抓实疫情监测。\n加强交通管理。")
    #expect(found.count == 4)
    #expect(found.prefix(3).map { names($0) } == [["卫健委"], ["卫健委"], ["卫健委"]])
    #expect(found[1].departments.first?.basis == .carried)
    #expect(found[3].departments.first?.basis != .carried)
  }

  @Test func aClauseThatOnlyHelpsSupportsTheLeadBeforeIt() throws {
    let found = try directives(
      """
      要成立口岸疫情防控工作组，由省商务厅牵头，发改、海关、外办等10个部门(单位)配合。
      区直各部门、镇(街道)要进一步压实责任清单。
      """
    )
    #expect(
      found[0].departments.map { "\($0.name):\($0.role.rawValue)" } == [
        "商务局:lead", "发改委:support", "海关:support", "外办:support",
      ]
    )
    #expect(names(found[1]) == ["乡镇街道"])
  }

  @Test func theAudienceTakesNoWorkButItsWorkKeepsItsDepartment() throws {
    let found = try directives(
      """
      这是今年文化旅游工作的重头戏，我们要全力抓好抓实。
      各地各部门要加强发热门诊管理。
      在短期内已经将病毒排查清楚、检测试剂盒研制成功，我们一定要坚定打赢这场硬仗的信心。
      """
    )
    #expect(names(found[0]) == ["文旅局"])
    #expect(found[0].departments.first?.basis == .rule)
    #expect(names(found[1]).isEmpty)
    #expect(names(found[2]).isEmpty)
  }

  @Test func readsFrontedObjectsFramesAndFragments() throws {
    let found = try directives(
      """
      对感染人员实行免费医疗救治。
      对于这次疫情，广大市民非常关心。
      自觉遵守防疫要求，尽量减少人员集聚。
      在落实定点医院的基础上，建好后备医院。
      严格落实首诊负责制，对确诊病例的密切接触者全面实行集中隔离医学观察。
      截至目前，全市累计报告新增确诊病例3例。
      对冷链?
      """
    )
    #expect(found.map(\.line) == [1, 3, 4, 5])
  }

  @Test func aCityFramedBeforeItsWorkActs() throws {
    let found = try directives(
      """
      成都市作为西部地区重要交通节点，疫情防控任务异常艰巨，要做好疫情防控工作。
      全市要做好疫情防控工作。
      作为疫情防控的重点地区，要做好防控工作。
      """
    )
    #expect(found.map { names($0) } == [["成都市"], [], []])
  }

  @Test func aNarrowingSentenceKeepsTheSubjectBeforeIt() throws {
    let found = try directives(
      "省委省政府已组成7个督导组，明天将赴各地开展督导工作。重点督查各级医疗机构是否安全规范运行。同时，加强发热门诊管理。"
    )
    #expect(found.count == 3)
    #expect(names(found[0]) == ["督导组"])
    #expect(names(found[1]) == ["督导组"])
    #expect(found[1].departments.first?.basis == .carried)
    #expect(names(found[2]) == ["卫健委"])
  }

  @Test func anItemsOwnSubjectDoesNotPassToTheNextItem() throws {
    let found = try directives("一是公安部门要加强治安管理。二是要做好群众工作。")
    #expect(names(found[0]) == ["公安局"])
    #expect(found[1].departments.first?.basis != .carried)
  }

  @Test func diffuseSubjectsHaveNoOwner() throws {
    let found = try directives("各地各部门要根据职责任务，梳理各项重点工作。")
    #expect(found.count == 1)
    #expect(found[0].hasNoSpecificOwner)
    #expect(found[0].diffuseSubject == "各地各部门")
  }

  @Test func phraseRulesDecideWhereNothingIsNamed() throws {
    let found = try directives("要加强发热门诊管理。\n要加强进口冷链食品检测。\n严厉打击造谣传谣行为。")
    #expect(found.map { names($0) } == [["卫健委"], ["市场监管局"], ["公安局"]])
    #expect(
      found.allSatisfy { $0.departments.first?.basis == .rule && $0.departments.first?.rule != nil }
    )
  }

  @Test func aSpeechAudienceGivesOwnerlessDirectivesItsDepartment() throws {
    let found = try directives("在全市疫情防控宣传引导工作会议上的讲话\n要坚持正确方向，把握工作主动。")
    #expect(names(found.last) == ["宣传部"])
    #expect(found.last?.departments.first?.basis == .context)
  }

  @Test func namesOwnerPosts() throws {
    let found = try directives("各级党政主要负责同志要亲自部署、亲自推动。")
    #expect(found.first?.owner == "党政主要负责同志")
    #expect(found.first?.hasNoSpecificOwner == false)
  }

  @Test func idsAreStableAndUnique() throws {
    let first = try directives("要加强管理。\n要加强管理。")
    let second = try directives("要加强管理。")
    #expect(first.map(\.id).count == Set(first.map(\.id)).count)
    #expect(first[0].id == second[0].id)
    #expect(first[0].id.count == 10)
  }
}
