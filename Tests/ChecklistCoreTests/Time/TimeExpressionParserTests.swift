import Testing

@testable import ChecklistCore

extension TimeTests {
  @Suite struct TimeExpressionParserTests {
    /// One phrase the parser must find in a sentence, resolved against a meeting date.
    struct Case: CustomTestStringConvertible, Sendable {
      var sentence: String
      var meeting: String = "2021-01-27"
      var text: String
      var kind: Deadline.Kind
      var due: String?
      var start: String?
      var every: String?
      var testDescription: String { "\(sentence) @\(meeting)" }
    }

    static let cases: [Case] = [
      // Dates.
      Case(sentence: "1月27日前完成排查", text: "1月27日前", kind: .date, due: "2021-01-27"),
      Case(sentence: "于2021年2月3日前上报", text: "2021年2月3日前", kind: .date, due: "2021-02-03"),
      Case(sentence: "9月9日前完成", text: "9月9日前", kind: .date, due: "2021-09-09"),
      Case(sentence: "12月31日前报送总结", text: "12月31日前", kind: .date, due: "2021-12-31"),
      Case(sentence: "要在月底前完成", text: "月底前", kind: .date, due: "2021-01-31"),
      Case(sentence: "年底前全面完成整改", text: "年底前", kind: .date, due: "2021-12-31"),
      Case(sentence: "确保一季度实现开门红", text: "一季度", kind: .date, due: "2021-03-31"),
      Case(sentence: "今年底前建成", text: "今年底前", kind: .date, due: "2021-12-31"),
      Case(sentence: "3月底前完成", text: "3月底前", kind: .date, due: "2021-03-31"),
      Case(sentence: "2月底前完成", meeting: "2024-02-10", text: "2月底前", kind: .date, due: "2024-02-29"),
      Case(sentence: "2月底前完成", meeting: "2023-02-10", text: "2月底前", kind: .date, due: "2023-02-28"),
      Case(sentence: "5日前报送", text: "5日前", kind: .date, due: "2021-02-05"),
      Case(sentence: "截至2月10日", text: "截至2月10日", kind: .date, due: "2021-02-10"),
      Case(sentence: "自2月1日起执行", text: "2月1日起", kind: .date, due: "2021-02-01"),
      // Year ends: a date more than 60 days before the meeting is next year's.
      Case(
        sentence: "1月10日前完成",
        meeting: "2020-12-20",
        text: "1月10日前",
        kind: .date,
        due: "2021-01-10"
      ),
      Case(
        sentence: "12月25日前完成",
        meeting: "2020-12-20",
        text: "12月25日前",
        kind: .date,
        due: "2020-12-25"
      ),
      Case(
        sentence: "12月1日前完成",
        meeting: "2021-01-05",
        text: "12月1日前",
        kind: .date,
        due: "2021-12-01"
      ),
      Case(
        sentence: "1月3日前完成",
        meeting: "2021-01-05",
        text: "1月3日前",
        kind: .date,
        due: "2021-01-03"
      ),
      Case(sentence: "月底前完成", meeting: "2020-12-20", text: "月底前", kind: .date, due: "2020-12-31"),
      Case(sentence: "下月底前完成", meeting: "2020-12-20", text: "下月底前", kind: .date, due: "2021-01-31"),
      Case(
        sentence: "2月29日前完成",
        meeting: "2024-02-01",
        text: "2月29日前",
        kind: .date,
        due: "2024-02-29"
      ),
      Case(
        sentence: "一季度末前完成",
        meeting: "2020-12-20",
        text: "一季度末前",
        kind: .date,
        due: "2021-03-31"
      ),
      // Periods from the meeting.
      Case(sentence: "必须居家隔离14天。", text: "14天", kind: .within, due: "2021-02-10"),
      Case(sentence: "14天内完成", text: "14天内", kind: .within, due: "2021-02-10"),
      Case(sentence: "48小时内完成排查", text: "48小时内", kind: .within, due: "2021-01-29"),
      Case(sentence: "12小时内反馈", text: "12小时内", kind: .within, due: "2021-01-28"),
      Case(sentence: "3日内上报", text: "3日内", kind: .within, due: "2021-01-30"),
      Case(sentence: "三日内上报", text: "三日内", kind: .within, due: "2021-01-30"),
      Case(sentence: "十四天内", text: "十四天内", kind: .within, due: "2021-02-10"),
      Case(sentence: "严格执行2周", text: "2周", kind: .within, due: "2021-02-10"),
      Case(sentence: "两周内", text: "两周内", kind: .within, due: "2021-02-10"),
      Case(sentence: "一个月内完成", text: "一个月内", kind: .within, due: "2021-02-27"),
      Case(
        sentence: "一个月内完成",
        meeting: "2021-01-31",
        text: "一个月内",
        kind: .within,
        due: "2021-02-28"
      ),
      Case(
        sentence: "一个月内完成",
        meeting: "2024-01-31",
        text: "一个月内",
        kind: .within,
        due: "2024-02-29"
      ),
      Case(
        sentence: "10天内完成",
        meeting: "2024-02-20",
        text: "10天内",
        kind: .within,
        due: "2024-03-01"
      ),
      Case(
        sentence: "10天内完成",
        meeting: "2023-02-20",
        text: "10天内",
        kind: .within,
        due: "2023-03-02"
      ),
      Case(
        sentence: "10天内完成",
        meeting: "2020-12-25",
        text: "10天内",
        kind: .within,
        due: "2021-01-04"
      ),
      Case(sentence: "5-7天内完成", text: "5-7天内", kind: .within, due: "2021-02-03"),
      Case(sentence: "5个工作日内办结", text: "5个工作日内", kind: .within, due: "2021-02-03"),
      // Redacted numbers.
      Case(sentence: "核酸检测×小时内反馈", text: "×小时内", kind: .unspecified),
      Case(sentence: "核酸检测X小时内反馈结果", text: "X小时内", kind: .unspecified),
      Case(sentence: "落实xx小时值班备勤", text: "xx小时", kind: .unspecified),
      Case(sentence: "隔离观察**天。", text: "**天", kind: .unspecified),
      Case(sentence: "x月x日前完成", text: "x月x日前", kind: .unspecified),
      // At once.
      Case(sentence: "发现异常的立即留观", text: "立即", kind: .immediate, due: "2021-01-27"),
      Case(sentence: "即日起暂停", text: "即日起", kind: .immediate, due: "2021-01-27"),
      Case(sentence: "从现在起，全面暂停", text: "从现在起", kind: .immediate, due: "2021-01-27"),
      Case(sentence: "从现在开始全面排查", text: "从现在开始", kind: .immediate, due: "2021-01-27"),
      Case(sentence: "第一时间发布通报", text: "第一时间", kind: .immediate, due: "2021-01-27"),
      Case(sentence: "今天会后要传达", text: "今天会后", kind: .immediate, due: "2021-01-27"),
      Case(sentence: "督导组明天将赴各地", text: "明天", kind: .immediate, due: "2021-01-28"),
      Case(
        sentence: "督导组明天将赴各地",
        meeting: "2020-12-31",
        text: "明天",
        kind: .immediate,
        due: "2021-01-01"
      ),
      // Recurring.
      Case(sentence: "每日报告疫情", text: "每日报告", kind: .recurring, every: "P1D"),
      Case(sentence: "每日研究部署", text: "每日", kind: .recurring, every: "P1D"),
      Case(sentence: "每天召开调度会", text: "每天", kind: .recurring, every: "P1D"),
      Case(sentence: "体温每日二次检测", text: "每日二次", kind: .recurring, every: "PT12H"),
      Case(sentence: "重点场所员工落实“一天一检”", text: "一天一检", kind: .recurring, every: "P1D"),
      Case(sentence: "落实“一周一检”", text: "一周一检", kind: .recurring, every: "P1W"),
      Case(sentence: "坚持一天一调度", text: "一天一调度", kind: .recurring, every: "P1D"),
      Case(sentence: "落实疫情日报告制度", text: "日报告", kind: .recurring, every: "P1D"),
      Case(sentence: "政务信息日报送制度", text: "日报送", kind: .recurring, every: "P1D"),
      Case(sentence: "建立每日调度机制", text: "每日调度", kind: .recurring, every: "P1D"),
      Case(sentence: "关键岗位24小时值班", text: "24小时", kind: .recurring, every: "PT24H"),
      Case(sentence: "实行7×24小时值守", text: "7×24小时", kind: .recurring, every: "PT24H"),
      Case(sentence: "确保每7天检测一次", text: "每7天", kind: .recurring, every: "P7D"),
      Case(sentence: "每隔2小时巡查", text: "每隔2小时", kind: .recurring, every: "PT2H"),
      Case(
        sentence: "每月28日前报送台账",
        text: "每月28日前",
        kind: .recurring,
        due: "2021-01-28",
        every: "P1M"
      ),
      Case(sentence: "每月5日前报送台账", text: "每月5日前", kind: .recurring, due: "2021-02-05", every: "P1M"),
      Case(sentence: "每周报送一次", text: "每周", kind: .recurring, every: "P1W"),
      Case(sentence: "每周一报送", text: "每周一", kind: .recurring, due: "2021-02-01", every: "P1W"),
      // Named periods: the coming festival.
      Case(
        sentence: "确保春节期间疫情防控工作有序开展",
        text: "春节期间",
        kind: .period,
        due: "2021-02-17",
        start: "2021-02-11"
      ),
      Case(
        sentence: "春节期间",
        meeting: "2021-02-13",
        text: "春节期间",
        kind: .period,
        due: "2021-02-17",
        start: "2021-02-11"
      ),
      Case(
        sentence: "春节期间",
        meeting: "2021-03-01",
        text: "春节期间",
        kind: .period,
        due: "2022-02-06",
        start: "2022-01-31"
      ),
      Case(
        sentence: "春节期间",
        meeting: "2022-12-08",
        text: "春节期间",
        kind: .period,
        due: "2023-01-27",
        start: "2023-01-21"
      ),
      Case(sentence: "春节前完成", text: "春节前", kind: .date, due: "2021-02-10"),
      Case(sentence: "部署春节假期后的疫情防控", text: "春节假期后", kind: .period, start: "2021-02-18"),
      // A lead time before an event: that long before it, or (with 内) the days just before it.
      Case(sentence: "春节前一周完成排查", text: "春节前一周", kind: .date, due: "2021-02-04"),
      Case(
        sentence: "国庆节前3天完成检查",
        meeting: "2022-09-09",
        text: "国庆节前3天",
        kind: .date,
        due: "2022-09-28"
      ),
      Case(
        sentence: "汛前两个月完成清淤",
        meeting: "2025-03-01",
        text: "汛前两个月",
        kind: .date,
        due: "2025-04-01"
      ),
      Case(
        sentence: "开学前一周内完成全覆盖",
        meeting: "2026-08-25",
        text: "开学前一周内",
        kind: .date,
        due: "2026-08-31"
      ),
      // A cadence before a named time makes it recur, next due when it next falls due.
      Case(
        sentence: "每年汛前完成大坝安全检查",
        meeting: "2025-07-19",
        text: "每年汛前",
        kind: .recurring,
        due: "2026-05-31",
        every: "P1Y"
      ),
      Case(
        sentence: "每年都要在汛前完成清淤",
        meeting: "2025-03-19",
        text: "每年都要在汛前",
        kind: .recurring,
        due: "2025-05-31",
        every: "P1Y"
      ),
      Case(
        sentence: "每周调度一次，汛前完成清淤",
        meeting: "2025-03-19",
        text: "汛前",
        kind: .date,
        due: "2025-05-31"
      ),
      // 开学 is the coming term's start: autumn's in summer, spring's in winter.
      Case(
        sentence: "开学前完成校舍排查",
        meeting: "2026-11-20",
        text: "开学前",
        kind: .date,
        due: "2027-02-28"
      ),
      Case(
        sentence: "开学前完成校舍排查",
        meeting: "2026-06-20",
        text: "开学前",
        kind: .date,
        due: "2026-08-31"
      ),
      Case(
        sentence: "中秋、国庆期间，人员频繁流动",
        meeting: "2022-09-09",
        text: "中秋、国庆期间",
        kind: .period,
        due: "2022-10-07",
        start: "2022-09-10"
      ),
      Case(
        sentence: "做好“两节”期间工作",
        meeting: "2022-09-09",
        text: "“两节”期间",
        kind: .period,
        due: "2022-10-07",
        start: "2022-09-10"
      ),
      Case(
        sentence: "做好两节期间工作",
        meeting: "2020-12-20",
        text: "两节期间",
        kind: .period,
        due: "2021-02-17",
        start: "2021-01-01"
      ),
      Case(
        sentence: "节日期间加强值守",
        meeting: "2020-12-20",
        text: "节日期间",
        kind: .period,
        due: "2021-01-03",
        start: "2021-01-01"
      ),
      Case(
        sentence: "元旦春节期间",
        meeting: "2020-12-20",
        text: "元旦春节期间",
        kind: .period,
        due: "2021-02-17",
        start: "2021-01-01"
      ),
      Case(
        sentence: "国庆期间",
        meeting: "2021-01-27",
        text: "国庆期间",
        kind: .period,
        due: "2021-10-07",
        start: "2021-10-01"
      ),
      Case(
        sentence: "做好今冬明春疫情防控",
        meeting: "2020-12-31",
        text: "今冬明春",
        kind: .period,
        due: "2021-05-31",
        start: "2020-11-01"
      ),
      Case(sentence: "汛前完成隐患排查", meeting: "2025-03-19", text: "汛前", kind: .date, due: "2025-05-31"),
      Case(sentence: "汛前完成隐患排查", meeting: "2025-07-19", text: "汛前", kind: .date, due: "2026-05-31"),
      Case(
        sentence: "做好党的二十大前后疫情防控",
        meeting: "2022-09-09",
        text: "党的二十大前后",
        kind: .period,
        due: "2022-10-22",
        start: "2022-10-16"
      ),
      Case(
        sentence: "2022年春节期间",
        meeting: "2021-01-27",
        text: "2022年春节期间",
        kind: .period,
        due: "2022-02-06",
        start: "2022-01-31"
      ),
      Case(
        sentence: "今年，我们要力争筹拍一部电视剧",
        text: "今年",
        kind: .period,
        due: "2021-12-31",
        start: "2021-01-01"
      ),
      // Open limits.
      Case(sentence: "每周通报各县区工作进展", text: "每周通报", kind: .recurring, every: "P1W"),
      Case(sentence: "责令限期整改", text: "限期整改", kind: .unspecified),
      Case(sentence: "按时报送", text: "按时", kind: .unspecified),
      Case(sentence: "在规定时限内完成", text: "规定时限", kind: .unspecified),
    ]

    @Test(arguments: cases)
    func findsAndResolves(_ example: Case) throws {
      let parser = try shippedTimeParser()
      let meeting = try day(example.meeting)
      let found = parser.deadlines(in: example.sentence, meetingDate: meeting)
      let deadline = try #require(
        found.first { $0.text == example.text },
        "found \(found.map(\.text))"
      )
      #expect(deadline.kind == example.kind)
      #expect(deadline.due?.description == example.due)
      #expect(deadline.start?.description == example.start)
      #expect(deadline.every == example.every)
    }

    @Test(arguments: [
      "要尽快完善防控工作技术指南，及时回应社会关切。",
      "推动文明实践活动常态化、精准化开展。",
      "希望各相关部门做好长期作战的准备。",
      "足量储备至少三个月的防护物资。",
      "X书记对今年工作提出了很高要求。",
      "这是今年文化旅游工作的重头戏。",
      "今年是宣传工作创新年。",
      "分片开展为期15天的冬春季疫情防控检查。",
      "隔离14天后解除观察。",
      "献礼建党100周年。",
      "1月份陆续召开了工作会。",
      "仅26日一天，就新增确诊病例76例。",
      "要统筹做好节后防控等工作。",
      "去年年底，我市启动了应急响应。",
      "一年一度的评比。",
      "提倡就地过节。",
    ])
    func findsNothingIn(_ sentence: String) throws {
      let parser = try shippedTimeParser()
      let found = parser.deadlines(in: sentence, meetingDate: try day("2021-01-27"))
      #expect(found.isEmpty, "found \(found.map(\.text))")
    }

    @Test func acceptanceChecks() throws {
      let parser = try shippedTimeParser()
      let meeting = try day("2021-01-27")
      let within = try #require(parser.deadline(in: "14天", meetingDate: meeting))
      #expect(within.kind == .within)
      #expect(within.due == (try day("2021-02-10")))
      let twice = try #require(parser.deadline(in: "每日二次", meetingDate: meeting))
      #expect(twice.kind == .recurring)
      #expect(twice.every == "PT12H")
      let festival = try #require(parser.deadline(in: "春节期间", meetingDate: meeting))
      #expect(festival.kind == .period)
      #expect(festival.start == (try day("2021-02-11")))
      #expect(festival.due == (try day("2021-02-17")))
    }

    @Test func withoutMeetingDateNothingRelativeIsResolved() throws {
      let parser = try shippedTimeParser()
      let found = parser.deadlines(in: "14天内完成，春节期间值守，2021年2月3日前上报", meetingDate: nil)
      #expect(found.map(\.text) == ["14天内", "春节期间", "2021年2月3日前"])
      #expect(found.map(\.due) == [nil, nil, try day("2021-02-03")])
    }

    @Test func rangesAreCharacterOffsets() throws {
      let parser = try shippedTimeParser()
      let text = "各地要在48小时内完成排查，春节期间每日报告。"
      let found = parser.deadlines(in: text, meetingDate: try day("2021-01-27"))
      #expect(found.map(\.text) == ["48小时内", "春节期间", "每日报告"])
      let chars = Array(text)
      for deadline in found {
        let range = try #require(deadline.range)
        #expect(String(chars[range]) == deadline.text)
      }
    }

    @Test func theMostSpecificPhraseIsTheDeadline() throws {
      let parser = try shippedTimeParser()
      let meeting = try day("2021-01-27")
      let text = "落实xx小时值班备勤和领导带班制度，确保春节期间疫情防控工作有力有序开展。"
      #expect(parser.deadline(in: text, meetingDate: meeting)?.text == "春节期间")
      #expect(parser.deadline(in: "每日调度，3日内上报", meetingDate: meeting)?.text == "3日内")
      #expect(parser.deadline(in: "加强宣传教育。", meetingDate: meeting) == nil)
      let check = "组织开展一次汛前安全检查，4月底前完成问题整改。"
      #expect(
        parser.deadline(in: check, meetingDate: meeting)?.text == "4月底前",
        "a calendar date over a season's"
      )
      #expect(parser.deadline(in: "春节前完成，汛前复查。", meetingDate: meeting)?.text == "春节前")
    }
  }
}
