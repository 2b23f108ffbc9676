import ChecklistCore
import ChecklistServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("checklist serve: many writers, one file")
struct ConcurrentWriteTests {
  /// Eleven departments of five tasks each.
  static func tracker() -> String {
    var text = "# 任务跟踪\n"
    for department in 0...10 {
      text += "\n## 部门\(department)\n\n"
      for task in 0..<5 {
        text += "- [ ] 任务\(department)-\(task) id:t\(department)x\(task) due:2021-03-01\n"
      }
    }
    return text
  }

  @Test func fiftyDepartmentsClickingAtOnceAndTheCLILoseNothing() async throws {
    let fixture = try ServerFixture(text: Self.tracker())
    let tokens = TokenFile.path(besideTracker: fixture.tracker)
    let departmentTokens = try (0..<10).map { department in
      try TokenFile.issue(for: .department("部门\(department)"), at: tokens)
    }
    let tracker = fixture.tracker
    try await fixture.test { base in
      var browsers: [Browser] = []
      for (number, token) in departmentTokens.enumerated() {
        var browser = base
        try await browser.signIn(token, from: "192.0.2.\(number + 10)")
        browsers.append(browser)
      }
      let signedIn = browsers
      try await withThrowingTaskGroup(of: Int.self) { group in
        for department in 0..<10 {
          for task in 0..<5 {
            group.addTask {
              let response = try await signedIn[department].post(
                "/tasks/t\(department)x\(task)/progress",
                ["text": "报告\(department)-\(task)"],
                version: "t\(department)x\(task)"
              )
              return response.status.code
            }
          }
        }
        // Meanwhile the office ticks tasks off from the command line.
        group.addTask {
          for task in 0..<5 {
            try TrackerFile.update(path: tracker) { document throws(TrackerError) in
              try document.markDone("t10x\(task)", on: CalendarDate(daysSinceEpoch: 18_680))
            }
          }
          return 303
        }
        for try await status in group { #expect(status == 303) }
      }
    }
    let text = try fixture.text()
    for department in 0..<10 {
      for task in 0..<5 {
        let note = "  - 2021-02-09 部门\(department)：报告\(department)-\(task)\n"
        #expect(text.components(separatedBy: note).count == 2, "\(note)")
        // Each note stands right under its own task.
        #expect(text.contains("id:t\(department)x\(task) due:2021-03-01"))
      }
    }
    let document = try TrackerDocument(text: text, file: "tasks.md")
    for tracked in document.tasks {
      let index = tracked.location.line - 1
      let notes = document.notes(ofTaskAt: index)
      guard !tracked.task.id.hasPrefix("t10") else {
        #expect(tracked.task.state == .done)
        #expect(notes.isEmpty)
        continue
      }
      #expect(notes.count == 1)
      #expect(notes.first?.text == "报告" + tracked.task.text.dropFirst(2))
      #expect(tracked.task.state == .inProgress)
    }
  }

  @Test func theServerReadsTheFileAgainWhenItChangesOnDisk() async throws {
    let fixture = try ServerFixture(text: Self.tracker())
    try await fixture.test { base in
      var office = base
      try await office.signIn(fixture.officeToken)
      #expect(try await office.page().contains("任务0-0"))
      // An editor that saves in place, same size: only the time tells.
      let edited = Self.tracker().replacingOccurrences(of: "任务0-0", with: "改名0-0")
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: fixture.tracker))
      try handle.write(contentsOf: Data(edited.utf8))
      try handle.close()
      #expect(try await office.page().contains("改名0-0"))
      // A tracker that no longer reads is reported, and read again once repaired.
      try Data((edited + "- [ ] 重复 id:t0x0\n").utf8).write(
        to: URL(fileURLWithPath: fixture.tracker)
      )
      let broken = try await office.get("/")
      #expect(broken.status == .serviceUnavailable)
      try Data(edited.utf8).write(to: URL(fileURLWithPath: fixture.tracker))
      #expect(try await office.get("/").status == .ok)
    }
  }
}
