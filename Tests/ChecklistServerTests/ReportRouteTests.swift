import ChecklistCore
import ChecklistServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("checklist serve: reports, decisions and the tracker's bytes")
struct ReportRouteTests {
  /// `trackerText` with `line` inserted after the line that starts with `after`, and lines
  /// replaced as given.
  func expected(
    inserting inserted: [(after: String, line: String)] = [],
    replacing replaced: [(String, String)] = []
  ) -> String {
    var lines = trackerText.components(separatedBy: "\n")
    for (old, new) in replaced {
      if let index = lines.firstIndex(where: { $0 == old }) { lines[index] = new }
    }
    for (after, line) in inserted {
      if let index = lines.firstIndex(where: { $0.hasPrefix(after) }) {
        lines.insert(line, at: index + 1)
      }
    }
    return lines.joined(separator: "\n")
  }

  static let healthTask =
    "- [ ] 加强发热门诊管理</td><script>alert(1)</script> id:a0000001 due:2021-02-10 "
    + "owner:主要负责同志 with:公安局 src:000.txt:12"

  @Test func aProgressNoteIsDatedSignedAndStartsTheTask() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.healthToken)
      let response = try await browser.post(
        "/tasks/a0000001/progress",
        ["text": "已督查12家\r\n另有<script>x</script>"],
        version: "a0000001"
      )
      #expect(response.status == .seeOther)
      #expect(response.headers[.location] == "/#task-a0000001")
      #expect(
        try fixture.text()
          == expected(
            inserting: [("  - 2月8日", "  - 2021-02-09 卫健委：已督查12家  另有<script>x</script>")],
            replacing: [
              (Self.healthTask, Self.healthTask.replacingOccurrences(of: "[ ]", with: "[/]"))
            ]
          )
      )
      let page = try await browser.page()
      #expect(page.contains("已记录进展。"))
      #expect(page.contains("另有&lt;script&gt;x&lt;/script&gt;"))
      #expect(!page.contains("<script>"))
      // The message is shown once.
      #expect(!(try await browser.page()).contains("已记录进展。"))
    }
  }

  @Test func aSupportingDepartmentReportsProgressButNotCompletion() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.policeToken)
      let page = try await browser.page()
      #expect(page.contains("id=\"task-a0000001\""))
      #expect(page.contains("配合"))
      #expect(!page.contains("action=\"/tasks/a0000001/complete\""))
      let complete = try await browser.post(
        "/tasks/a0000001/complete",
        ["text": "x"],
        version: "a0000001"
      )
      #expect(complete.status == .forbidden)
      #expect(try fixture.text() == trackerText)
      let progress = try await browser.post(
        "/tasks/a0000001/progress",
        ["text": "已派警力"],
        version: "a0000001"
      )
      #expect(progress.status == .seeOther)
      #expect(try fixture.text().contains("\n  - 2021-02-09 公安局：已派警力\n- [>] 完成全员核酸检测"))
    }
  }

  @Test func anotherDepartmentsTaskIsForbidden() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.policeToken)
      #expect(try await browser.get("/tasks/b0000001").status == .ok)
      #expect(try await browser.get("/tasks/a0000002").status == .forbidden)
      #expect(try await browser.get("/tasks/c0000001").status == .forbidden)
      let version = Browser.version(of: "a0000002", in: try await fixture.officePage())
      for action in ["progress", "complete", "postpone"] {
        let response = try await browser.post(
          "/tasks/a0000002/\(action)",
          ["text": "越权", "date": "2021-03-01", "version": version]
        )
        #expect(response.status == .forbidden, "\(action)")
      }
      // The office's decisions are the office's alone.
      let decision = try await browser.post("/office/tasks/b0000001/approve", ["version": "x"])
      #expect(decision.status == .forbidden)
      // An unknown id, or one shaped like a path, is not found.
      #expect(try await browser.post("/tasks/zzz/progress", ["text": "x"]).status == .notFound)
      #expect(try await browser.get("/tasks/..%2Ftasks.md").status == .notFound)
      #expect(try await browser.get("/tasks/../tasks.md").status == .notFound)
      // A department's filter cannot widen its page.
      let page = try await browser.page("/?department=卫健委&state=all")
      #expect(!page.contains("完成全员核酸检测"))
    }
    #expect(try fixture.text() == trackerText)
  }

  @Test func aCoLeadSeesTheTaskAsItsOwnAndReportsItsCompletion() async throws {
    let shared = "- [ ] 整治校园周边交通秩序 id:d0000001 due:2021-02-20 lead:公安局 with:<b>教育局</b>"
    let text = trackerText.replacingOccurrences(
      of: "原因:试剂未到位\n",
      with: "原因:试剂未到位\n" + shared + "\n"
    )
    let fixture = try ServerFixture(text: text)
    try await fixture.test { base in
      var police = base
      try await police.signIn(fixture.policeToken)
      let page = try await police.page()
      #expect(page.contains("action=\"/tasks/d0000001/complete\""))
      let response = try await police.post(
        "/tasks/d0000001/complete",
        ["text": "已设置护学岗"],
        version: "d0000001"
      )
      #expect(response.status == .seeOther)
      #expect(
        try fixture.text()
          .contains(
            shared.replacingOccurrences(of: "[ ]", with: "[/]") + "\n  - 2021-02-09 公安局 报完成：已设置护学岗"
          )
      )
      var school = base
      try await school.signIn(fixture.schoolToken)
      #expect(try await school.get("/tasks/d0000001").status == .ok)
      let complete = try await school.post(
        "/tasks/d0000001/complete",
        ["text": "x"],
        version: "d0000001"
      )
      #expect(complete.status == .forbidden)
    }
  }

  @Test func aFormWithoutTheSessionsCSRFTokenChangesNothing() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.healthToken)
      var other = base
      try await other.signIn(fixture.healthToken, from: "192.0.2.55")
      let theirs = Browser.csrf(in: try await other.page())
      for csrf in ["", "forged", theirs] {
        let response = try await browser.post(
          "/tasks/a0000001/progress",
          ["text": "伪造"],
          csrf: csrf,
          version: "a0000001"
        )
        #expect(response.status == .forbidden)
        #expect(String(buffer: response.body).contains("表单已失效"))
      }
    }
    #expect(try fixture.text() == trackerText)
  }

  @Test func aCompletionReportIsConfirmedByTheOffice() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var department = base
      try await department.signIn(fixture.healthToken)
      let report = try await department.post(
        "/tasks/a0000001/complete",
        ["text": "全部整改到位"],
        version: "a0000001"
      )
      #expect(report.status == .seeOther)
      let reported = expected(
        inserting: [("  - 2月8日", "  - 2021-02-09 卫健委 报完成：全部整改到位")],
        replacing: [(Self.healthTask, Self.healthTask.replacingOccurrences(of: "[ ]", with: "[/]"))]
      )
      #expect(try fixture.text() == reported)
      #expect(try await department.page().contains("报完成，待确认"))

      var office = base
      try await office.signIn(fixture.officeToken, from: "192.0.2.9")
      let page = try await office.page()
      #expect(page.contains("待确认（1）"))
      #expect(page.contains("action=\"/office/tasks/a0000001/approve\""))
      let confirm = try await office.post(
        "/office/tasks/a0000001/approve",
        [:],
        version: "a0000001"
      )
      #expect(confirm.status == .seeOther)
      #expect(
        try fixture.text()
          == expected(
            inserting: [
              ("  - 2月8日", "  - 2021-02-09 卫健委 报完成：全部整改到位"),
              ("  - 2021-02-09 卫健委 报完成", "  - 2021-02-09 督查室 确认完成"),
            ],
            replacing: [
              (
                Self.healthTask,
                Self.healthTask.replacingOccurrences(of: "[ ]", with: "[x]") + " done:2021-02-09"
              )
            ]
          )
      )
      #expect(try await office.page().contains("待确认（0）"))
    }
  }

  @Test func aPostponementRequestIsGrantedOrSentBack() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var department = base
      try await department.signIn(fixture.healthToken)
      let early = try await department.post(
        "/tasks/a0000002/postpone",
        ["date": "2021-02-11", "text": "试剂仍未到位"],
        version: "a0000002"
      )
      #expect(early.status == .unprocessableContent)
      #expect(String(buffer: early.body).contains("延期日期须晚于今天，也须晚于当前的完成期限"))
      #expect(String(buffer: early.body).contains("试剂仍未到位"))
      #expect(try fixture.text() == trackerText)
      let noDate = try await department.post(
        "/tasks/a0000002/postpone",
        ["date": "下周", "text": "x"],
        version: "a0000002"
      )
      #expect(noDate.status == .unprocessableContent)

      let request = try await department.post(
        "/tasks/a0000002/postpone",
        ["date": "2021-02-20", "text": "试剂仍未到位"],
        version: "a0000002"
      )
      #expect(request.status == .seeOther)
      let requestLine = "  - 2021-02-09 卫健委 申请延期至2021-02-20：试剂仍未到位"
      #expect(try fixture.text() == expected(inserting: [("- [>] 完成全员核酸检测", requestLine)]))

      var office = base
      try await office.signIn(fixture.officeToken, from: "192.0.2.9")
      let sendBack = try await office.post(
        "/office/tasks/a0000002/send-back",
        ["text": ""],
        version: "a0000002"
      )
      #expect(sendBack.status == .unprocessableContent)
      let sentBack = try await office.post(
        "/office/tasks/a0000002/send-back",
        ["text": "请附供货证明"],
        version: "a0000002"
      )
      #expect(sentBack.status == .seeOther)
      #expect(
        try fixture.text()
          == expected(inserting: [
            ("- [>] 完成全员核酸检测", requestLine),
            ("  - 2021-02-09 卫健委 申请延期", "  - 2021-02-09 督查室 退回：请附供货证明"),
          ])
      )
      #expect(try await department.page().contains("请附供货证明"))

      let again = try await department.post(
        "/tasks/a0000002/postpone",
        ["date": "2021-02-18", "text": "已附供货证明"],
        version: "a0000002"
      )
      #expect(again.status == .seeOther)
      let granted = try await office.post(
        "/office/tasks/a0000002/approve",
        ["text": "同意"],
        version: "a0000002"
      )
      #expect(granted.status == .seeOther)
      #expect(
        try fixture.text()
          == expected(
            inserting: [
              ("- [>] 完成全员核酸检测", requestLine),
              ("  - 2021-02-09 卫健委 申请延期", "  - 2021-02-09 督查室 退回：请附供货证明"),
              ("  - 2021-02-09 督查室 退回", "  - 2021-02-09 卫健委 申请延期至2021-02-18：已附供货证明"),
              ("  - 2021-02-09 卫健委 申请延期至2021-02-18", "  - 2021-02-09 督查室 同意延期：同意"),
            ],
            replacing: [
              (
                "- [>] 完成全员核酸检测 id:a0000002 due:2021-02-05 src:000.txt:16 延期:2021-02-12 原因:试剂未到位",
                "- [>] 完成全员核酸检测 id:a0000002 due:2021-02-05 src:000.txt:16 延期:2021-02-18 原因:已附供货证明"
              )
            ]
          )
      )
    }
  }

  @Test func aPageOlderThanTheTaskIsToldSo() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.healthToken)
      let stale = Browser.version(of: "a0000001", in: try await browser.page())
      // A clerk edits the file by hand meanwhile.
      let edited = trackerText.replacingOccurrences(of: "owner:主要负责同志", with: "owner:分管副主任")
      try Data(edited.utf8).write(to: URL(fileURLWithPath: fixture.tracker))
      let complete = try await browser.post(
        "/tasks/a0000001/complete",
        ["text": "已完成", "version": stale]
      )
      #expect(complete.status == .conflict)
      let body = String(buffer: complete.body)
      #expect(body.contains("这次提交没有保存"))
      #expect(body.contains("已完成"))
      #expect(try fixture.text() == edited)
      // The page shows the file as it is now.
      #expect(try await browser.page().contains("分管副主任"))
      // A progress note only adds a line: it is kept, with a word that the task changed.
      let note = try await browser.post(
        "/tasks/a0000001/progress",
        ["text": "继续督查", "version": stale]
      )
      #expect(note.status == .seeOther)
      #expect(try fixture.text().contains("  - 2021-02-09 卫健委：继续督查\n"))
      #expect(try await browser.page().contains("您打开页面后这项任务已有变化"))
    }
  }

  @Test func hostileTextIsEscapedEverywhere() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var office = base
      try await office.signIn(fixture.officeToken)
      let hostileNote = "<img src=x onerror=alert(2)>"
      var school = base
      try await school.signIn(fixture.schoolToken, from: "192.0.2.3")
      _ = try await school.post(
        "/tasks/c0000001/progress",
        ["text": "\"><svg onload=alert(3)>"],
        version: "c0000001"
      )
      var pages = [
        try await office.page(),
        try await office.page(
          "/?department=%3Cb%3E%E6%95%99%E8%82%B2%E5%B1%80%3C%2Fb%3E&state=all"
        ),
        try await office.page("/?department=%22%3E%3Cscript%3E&state=%3Cscript%3E"),
        try await office.page("/tasks/a0000001"),
        try await school.page(),
      ]
      var health = base
      try await health.signIn(fixture.healthToken, from: "192.0.2.4")
      pages.append(try await health.page())
      for page in pages {
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<svg onload"))
        #expect(!page.contains("<b>教育局"))
        #expect(!page.contains("\"><svg"))
      }
      #expect(pages[0].contains("加强发热门诊管理&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
      #expect(
        pages[5].contains(
          hostileNote.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
            of: ">",
            with: "&gt;"
          )
        )
      )
      #expect(pages[1].contains("&lt;b&gt;教育局&lt;/b&gt;"))
      #expect(pages[1].contains("做好校园防控"))
      #expect(pages[1].contains("任务列表（1）"))
      #expect(pages[4].contains("&quot;&gt;&lt;svg onload=alert(3)&gt;"))
    }
  }

  @Test func aBodyOverTheLimitIsRefused() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var browser = base
      try await browser.signIn(fixture.healthToken)
      let long = String(repeating: "长", count: 30_000)
      let response = try await browser.post(
        "/tasks/a0000001/progress",
        ["text": long],
        version: "a0000001"
      )
      #expect(response.status == .contentTooLarge)
      let tooLong = String(repeating: "长", count: 2001)
      let refused = try await browser.post(
        "/tasks/a0000001/progress",
        ["text": tooLong],
        version: "a0000001"
      )
      #expect(refused.status == .unprocessableContent)
    }
    #expect(try fixture.text() == trackerText)
  }

  @Test func theOfficeFiltersByDepartmentAndState() async throws {
    let fixture = try ServerFixture()
    try await fixture.test { base in
      var office = base
      try await office.signIn(fixture.officeToken)
      let all = try await office.page()
      #expect(all.contains("任务列表（4）"))
      #expect(all.contains("催办"))
      #expect(all.contains("维护秩序"))
      let overdueTable = try #require(all.range(of: "<table class=\"overdue\">"))
      #expect(all[overdueTable.upperBound...].prefix(600).contains("维护秩序"))
      let police = try await office.page("/?department=%E5%85%AC%E5%AE%89%E5%B1%80&state=all")
      #expect(police.contains("任务列表（2）"))
      let overdue = try await office.page("/?department=&state=overdue")
      #expect(overdue.contains("任务列表（1）"))
      let postponed = try await office.page("/?state=postponed")
      #expect(postponed.contains("任务列表（1）"))
      #expect(postponed.contains("<option value=\"postponed\" selected>"))
    }
  }
}

extension ServerFixture {
  /// The office's page, for reading versions off it.
  func officePage() async throws -> String {
    try await test { base in
      var office = base
      try await office.signIn(officeToken, from: "192.0.2.200")
      return try await office.page()
    }
  }
}
