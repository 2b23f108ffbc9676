import Foundation
import Testing

@testable import ChecklistCore

@Suite("Tracker audit")
struct TrackerAuditTests {
  static let text = """
    # 跟踪

    ## 卫健委

    - [ ] 有人有期限 id:t1 due:2021-03-01 owner:王主任
    - [ ] 无人负责 id:t2 due:2021-03-01
    - [ ] 没有期限 id:t3 owner:王主任
    - [ ] 已逾期 id:t4 due:2021-02-01 owner:王主任
    - [>] 延期后逾期有原因 id:t5 due:2021-01-20 延期:2021-02-05 owner:王主任 原因:人手不足
    - [x] 完成了不查 id:t6
    - [ ] 早已不在讲话中 id:t7 due:2021-03-01 owner:王主任 src:a.txt:1 (已不在讲话中) stale:2021-01-01
    - [ ] 刚不在讲话中 id:t8 due:2021-03-01 owner:王主任 src:a.txt:2 (已不在讲话中) stale:2021-02-05

    ## 无具体责任单位

    - [ ] 没有单位 id:t9 every:P1D owner:李科长
    - [ ] 协办单位也算 id:t10 due:2021-03-01 owner:李科长 lead:教育局

    """

  @Test func listsTheTrackersGaps() throws {
    let document = try TrackerDocument(text: Self.text, file: "t.md")
    let audit = TrackerAudit(document: document, asOf: try day("2021-02-10"), staleDays: 14)
    #expect(audit.withoutDepartment.map(\.id) == ["t9"])
    #expect(audit.withoutOwner.map(\.id) == ["t2"])
    #expect(audit.withoutDeadline.map(\.id) == ["t3"])
    #expect(audit.overdueWithoutReason.map(\.id) == ["t4"])
    #expect(audit.longStale.map(\.id) == ["t7"])
    #expect(audit.hasFindings)
    let text = TrackerAuditRenderer().render(audit)
    #expect(
      text.contains("## 逾期未说明延期原因 (overdue without a 延期 reason): 1\nt.md:8 [t4] 已逾期（逾期 9 天）\n")
    )
    #expect(text.contains("t.md:11 [t7] 早已不在讲话中（已不在讲话中 40 天，自 2021-01-01）\n"))
  }

  @Test func auditGivenATrackerAuditsTheTracker() throws {
    let folder = try temporaryFolder()
    let tracker = folder.appendingPathComponent("tasks.md")
    try Self.text.write(to: tracker, atomically: true, encoding: .utf8)
    let run = try runChecklist(["audit", tracker.path, "--as-of", "2021-02-10", "--strict"])
    #expect(run.status == 1)
    #expect(run.output.hasPrefix("截至 2021-02-10，共 10 项任务\n\n## 无责任单位 (no department): 1\n"))
    #expect(!run.output.contains("无具体责任单位 (no specific owner)"))
  }
}
