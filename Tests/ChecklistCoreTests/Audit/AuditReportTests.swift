import Foundation
import Testing

@testable import ChecklistCore

@Suite struct AuditReportTests {
  @Test func listsWhatHasNoOwnerOrDeadlineAndCountsCoverage() throws {
    let result = try RenderingGoldenTests.result()
    let report = AuditReport(directives: result.directives, rules: shippedRuleSet)
    #expect(report.directiveCount == result.directives.count)
    #expect(
      report.withoutOwner.allSatisfy { entry in
        result.directives.contains {
          $0.id == entry.id && $0.departments.isEmpty && $0.owner == nil
        }
      }
    )
    #expect(report.hasFindings)
    try expectGolden(AuditTextRenderer().render(report), "Audit/audit.txt")
  }

  @Test func nothingToListIsNoFinding() {
    let report = AuditReport(directives: [], rules: RuleSet())
    #expect(!report.hasFindings)
    #expect(
      AuditTextRenderer().render(report)
        == "## 无具体责任单位 (no specific owner): 0\n\n## 无完成时限 (no deadline): 0\n\n"
        + "## 泛指主语 (subject names everybody): 0\n\n\n## 覆盖率 (coverage)\ndirectives: 0\n"
        + "with a specific owner: 100.0%\nwith a deadline: 100.0%\n\n"
        + "## 未触发的规则 (rules that never fired): 0\n"
    )
  }
}
