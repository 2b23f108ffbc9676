import Foundation
import Testing

@testable import ChecklistCore

@Suite("Tracker status, todo.txt and report")
struct TrackerStatusTests {
  static let text = """
    # 跟踪

    - [ ] 标题下没有部门的任务 id:ung00001 due:2021-02-01

    ## 卫健委

    - [x] 已完成 id:a0000001 due:2021-02-01 act:inspect done:2021-01-31
    - [ ] 已逾期 id:a0000002 due:2021-02-09 owner:主要负责同志
    - [/] 今天到期 id:a0000003 due:2021-02-10
    - [ ] 三天后到期 id:a0000004 due:2021-02-13 with:公安局
    - [ ] 四天后到期 id:a0000005 due:2021-02-14
    - [>] 延期后未到期 id:a0000006 due:2021-02-01 延期:2021-02-20 原因:等待物资
    - [>] 延期后仍逾期 id:a0000007 due:2021-01-20 延期:2021-02-05 原因:人手不足
    - [ ] 没有期限 id:a0000008
    - [-] 取消 id:a0000009 due:2021-01-01
    - [ ] 已不在讲话中 id:a0000010 due:2021-01-01 src:0.txt:1 (已不在讲话中)

    ## 市场监管局

    - [x] 完成 id:b0000001

    """

  @Test func countsPerDepartmentAsOfADay() throws {
    let document = try TrackerDocument(text: Self.text, file: "s.md")
    let status = TrackerStatus(document: document, asOf: try day("2021-02-10"), warningDays: 3)
    #expect(status.departments.map(\.name) == ["未分组", "卫健委", "市场监管局", "公安局"])
    #expect(status.departments[3].total == 0)
    #expect(status.departments[3].supporting.map(\.tracked.task.id) == ["a0000004"])
    let health = status.departments[1]
    #expect(
      [
        health.done, health.total, health.percentDone, health.overdue, health.dueSoon,
        health.onTrack, health.cancelled, health.stale,
      ] as [Int] == [1, 8, 12, 2, 2, 3, 1, 1]
    )
    #expect(status.departments[2].percentDone == 100)
    #expect(status.overdueItems.map(\.tracked.task.id) == ["ung00001", "a0000007", "a0000002"])
    #expect(status.overdueItems.map(\.daysLeft) == [-9, -5, -1])
    #expect(status.hasOverdue)
    let overall = status.overall
    #expect([overall.done, overall.total, overall.overdue] as [Int] == [2, 10, 3])
    let only = TrackerStatus(
      document: document,
      asOf: try day("2021-01-01"),
      department: "市场监管局"
    )
    #expect(only.departments.map(\.name) == ["市场监管局"])
    #expect(!only.hasOverdue)
  }

  /// A task led by three departments is one line, counts under each lead and once overall, and
  /// is listed as 配合 by its supporting department.
  @Test func coLedTasksCountUnderEveryLead() throws {
    let text = """
      ## 卫健委

      - [ ] 联合检查 id:c1 due:2021-02-01 lead:市场监管局,文旅局 with:公安局
      - [x] 独立完成 id:c2 done:2021-01-30

      ## 文旅局

      - [ ] 景区管控 id:c3 due:2021-03-01

      """
    let document = try TrackerDocument(text: text, file: "c.md")
    #expect(document.departmentNames == ["卫健委", "文旅局", "市场监管局", "公安局"])
    let status = TrackerStatus(document: document, asOf: try day("2021-02-10"))
    let names = status.departments.map(\.name)
    #expect(names == ["卫健委", "文旅局", "市场监管局", "公安局"])
    let counts: [[Int]] = status.departments.map {
      [$0.total, $0.done, $0.overdue, $0.supporting.count]
    }
    #expect(counts == [[2, 1, 1, 0], [2, 0, 1, 0], [1, 0, 1, 0], [0, 0, 0, 1]])
    #expect([status.overall.total, status.overall.overdue] as [Int] == [3, 1])
    #expect(status.overdueItems.map(\.tracked.task.id) == ["c1"])

    let market = TrackerStatus(document: document, asOf: try day("2021-02-10"), department: "市场监管局")
    #expect(market.departments.map(\.name) == ["市场监管局"])
    #expect(market.overdueItems.map(\.tracked.task.id) == ["c1"])
    let police = TrackerStatus(document: document, asOf: try day("2021-02-10"), department: "公安局")
    #expect(police.departments.first?.supporting.map(\.role) == [.support])
    #expect(police.overall.total == 0)  // 配合 does not count, not even in 合计.
    #expect(TrackerStatusRenderer(colour: false).render(police).contains("卫健委、市场监管局、文旅局（配合）"))
    #expect(
      TodoTxt.export(document, asOf: try day("2021-02-10")).hasPrefix(
        "(A) 联合检查 +卫健委 +市场监管局 +文旅局 +公安局 due:2021-02-01 id:c1\n"
      )
    )
  }

  @Test func todoTxtExport() throws {
    let document = try TrackerDocument(text: Self.text, file: "s.md")
    #expect(
      TodoTxt.export(document, asOf: try day("2021-02-10"), warningDays: 3) == """
        (A) 标题下没有部门的任务 due:2021-02-01 id:ung00001
        x 2021-01-31 已完成 +卫健委 @inspect due:2021-02-01 id:a0000001
        (A) 已逾期 +卫健委 due:2021-02-09 id:a0000002
        (B) 今天到期 +卫健委 due:2021-02-10 id:a0000003
        (B) 三天后到期 +卫健委 +公安局 due:2021-02-13 id:a0000004
        四天后到期 +卫健委 due:2021-02-14 id:a0000005
        延期后未到期 +卫健委 due:2021-02-20 id:a0000006
        (A) 延期后仍逾期 +卫健委 due:2021-02-05 id:a0000007
        没有期限 +卫健委 id:a0000008
        x 完成 +市场监管局 id:b0000001

        """
    )
  }

  @Test func reportModelAndPage() throws {
    let document = try TrackerDocument(text: Self.text, file: "s.md")
    let status = TrackerStatus(document: document, asOf: try day("2021-02-10"))
    let report = TrackerReport(status: status, file: "s.md", chartWidth: 400)
    let health = try #require(report.departments.first { $0.name == "卫健委" })
    #expect(health.segments.map(\.kind) == ["done", "overdue", "soon", "track"])
    #expect(health.segments.map(\.x) == [0, 50, 150, 250])
    #expect(health.segments.map(\.width) == [50, 100, 100, 150])
    #expect(report.overdue.map(\.daysLate) == [9, 5, 1])
    let folder = try ResourceLocator.templatesDirectory(override: nil)
    let page = try TrackerReportRenderer(templatesDirectory: folder).render(report)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<rect class=\"overdue\" x=\"50\" y=\"2\" width=\"100\" height=\"14\">"))
    #expect(page.contains("<td>已逾期</td>"))
    #expect(!page.contains("<script"))
    #expect(!page.contains("{{"))
  }

  @Test func resourceLocatorWalksUpFromTheExecutable() throws {
    let executable = URL(fileURLWithPath: "/opt/pkg/.build/debug/checklist")
    #expect(
      ResourceLocator.candidates(folder: "templates", executable: executable) == [
        "/opt/pkg/.build/share/checklist/templates", "/opt/pkg/.build/debug/templates",
        "/opt/pkg/.build/templates", "/opt/pkg/templates", "/opt/templates", "/templates",
      ]
    )
    #expect(
      try ResourceLocator.templatesDirectory(override: nil)
        == packageRoot.appendingPathComponent("templates").path
    )
    #expect(
      try ResourceLocator.rulesDirectory(override: nil)
        == packageRoot.appendingPathComponent("rules").path
    )
    #expect(throws: ResourceError.missingFolder("/nonexistent", file: "departments.yaml")) {
      try ResourceLocator.rulesDirectory(override: "/nonexistent")
    }
    let empty = try temporaryFolder().path
    #expect(throws: ResourceError.missingInOverride(folder: empty, file: "departments.yaml")) {
      try ResourceLocator.rulesDirectory(override: empty)
    }
  }
}
