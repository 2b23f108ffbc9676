import Foundation
import Testing
import ZIPFoundation

@testable import ChecklistCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// 催办通知 (Markdown and .docx), their index, and the week's 通报, pinned in golden files.
@Suite("Reminders and bulletin")
struct ReminderRenderingTests {
  static let tracker = """
    # 任务跟踪

    ## 卫健委

    - [ ] 加强发热门诊管理 id:a1 due:2021-02-05 owner:王主任 lead:市场监管局 with:公安局 src:000.txt:12
    - [>] 完成全员核酸检测 id:a2 due:2021-02-05 src:000.txt:16 延期:2021-02-12 postponed:2021-02-08 原因:试剂未到位
    - [x] 做好院感防控 id:a3 due:2021-02-03 done:2021-02-09 src:000.txt:14
    - [x] 早已完成 id:a5 due:2021-01-20 done:2021-01-25 src:000.txt:10
    - [ ] 落实预检分诊 <制度> & "规范" id:a4 due:2021-01-30 src:000.txt:18

    ## 公安局

    - [ ] 加强交通卡口查验 id:b1 due:2021-03-20 src:000.txt:20

    ## 无具体责任单位

    - [ ] 各部门要提高认识 id:c1 due:2021-02-01 src:000.txt:3

    """

  static func status() throws -> (TrackerDocument, TrackerStatus) {
    let document = try TrackerDocument(text: tracker, file: "tasks.md")
    return (
      document, TrackerStatus(document: document, asOf: try day("2021-02-10"), warningDays: 7)
    )
  }

  static var templates: TemplateRenderer {
    get throws {
      try TemplateRenderer(directory: packageRoot.appendingPathComponent("templates").path)
    }
  }

  @Test func oneNoticePerDepartmentWithAnIndex() throws {
    let (_, status) = try Self.status()
    let notices = ReminderNotice.notices(for: status, tracker: "tasks.md")
    #expect(notices.map(\.department) == ["卫健委", "公安局", "市场监管局"])
    #expect(notices[0].overdue.map(\.id) == ["a4", "a1"])
    #expect(notices[0].overdue.map(\.days) == [11, 5])
    #expect(notices[1].supporting.map(\.id) == ["a1"])
    let files = try ReminderRenderer(templates: try Self.templates).files(
      for: notices,
      index: ReminderIndex(notices: notices, status: status, tracker: "tasks.md")
    )
    #expect(
      files.map(\.name) == [
        "卫健委催办通知.md", "卫健委催办通知.docx", "公安局催办通知.md", "公安局催办通知.docx",
        "市场监管局催办通知.md", "市场监管局催办通知.docx", "index.md",
      ]
    )
    try expectGolden(String(decoding: files[0].bytes, as: UTF8.self), "Rendering/remind/卫健委催办通知.md")
    try expectGolden(String(decoding: files[2].bytes, as: UTF8.self), "Rendering/remind/公安局催办通知.md")
    try expectGolden(String(decoding: files[6].bytes, as: UTF8.self), "Rendering/remind/index.md")

    // The .docx: a ZIP of well-formed XML parts, the main part pinned.
    let archive = try Archive(data: Data(files[1].bytes), accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      parts[entry.path] = data
    }
    #expect(
      parts.keys.sorted() == [
        "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
        "word/styles.xml",
      ]
    )
    for (name, data) in parts {
      #expect(XMLParser(data: data).parse(), "\(name) is not well-formed XML")
    }
    let document = try #require(parts["word/document.xml"])
    try expectGolden(String(decoding: document, as: UTF8.self), "Rendering/remind/卫健委-document.xml")
    #expect(
      String(decoding: document, as: UTF8.self).contains("落实预检分诊 &lt;制度&gt; &amp; &quot;规范&quot;")
    )
    // The same notice gives the same bytes.
    let again = try ReminderRenderer(templates: try Self.templates).files(
      for: notices,
      index: ReminderIndex(notices: notices, status: status, tracker: "tasks.md")
    )
    #expect(again == files)
  }

  @Test func theWeeksBulletin() throws {
    let (document, _) = try Self.status()
    let digest = TrackerDigest(
      document: document,
      since: try day("2021-02-03"),
      asOf: try day("2021-02-10"),
      tracker: "tasks.md"
    )
    #expect(digest.done.map(\.id) == ["a3"])
    #expect(digest.postponed.map(\.detail) == ["延期至 2021-02-12，原因：试剂未到位"])
    #expect(digest.newlyOverdue.map(\.id) == ["a1"])
    #expect(digest.stillOverdue.map(\.id) == ["a4", "c1"])
    let health = try #require(digest.departments.first)
    #expect(
      [health.total, health.done, health.percent, health.percentBefore] as [Int] == [5, 2, 40, 20]
    )
    #expect(health.change == "+20")
    try expectGolden(
      try Self.templates.render(digest, template: "digest.md"),
      "Rendering/digest.md"
    )
  }

  @Test func remindCommandWritesTheFilesForOneDepartment() throws {
    let folder = try temporaryFolder()
    let tracker = folder.appendingPathComponent("tasks.md")
    try Self.tracker.write(to: tracker, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("催办")
    let run = try runChecklist([
      "remind", tracker.path, "--as-of", "2021-02-10", "--department", "公安局", "--out", out.path,
    ])
    #expect(run.status == 0, "\(run.error)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        == ["index.md", "公安局催办通知.docx", "公安局催办通知.md"]
    )
    let digest = try runChecklist([
      "digest", tracker.path, "--since", "2021-02-03", "--as-of", "2021-02-10",
    ])
    #expect(digest.status == 0)
    #expect(digest.output.hasPrefix("# 督查工作通报（2021-02-03 至 2021-02-10）\n"))
  }
}
