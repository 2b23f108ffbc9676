import Foundation
import Testing

@testable import ChecklistCore

/// Outputs that other programs open (Excel, Markdown viewers, browsers, todo.txt clients) under
/// hostile text from speeches, file names and rule files: nothing in a value becomes a formula,
/// a tag, a link, a table cell or a todo.txt field.
@Suite("Bad input: outputs that other programs open")
struct OutputInjectionTests {
  let folder: BadInputFolder

  init() throws {
    folder = try BadInputFolder()
  }

  /// A copy of the shipped rules with a department whose name breaks Markdown tables and links
  /// and whose head title is a formula; speeches call it 恶意局.
  func hostileRules() throws -> String {
    let rules = try folder.rules()
    let path = "\(rules)/departments.yaml"
    let entry = """
        - name: "卫健委 | x](javascript:alert(1)) <img src=x onerror=alert(1)>"
          aliases: [恶意局]
          head: "=HYPERLINK(\\"http://evil.example/x\\",\\"点击\\")"
          examples:
            triggering: [恶意局要加强管理。]
            non_triggering: [各地要向恶意局报告。]

      """
    let text = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: "departments:\n", with: "departments:\n" + entry)
    try folder.write("rules/departments.yaml", text)
    return rules
  }

  /// A speech named like a formula, whose lines start like formulas and hold Markdown markup.
  func hostileSpeech() throws -> String {
    try folder.write(
      "=1+1.txt",
      """
      =HYPERLINK("http://evil.example/x","点击")市卫健委要做好发热门诊管理。
      @SUM(1)市教育局要抓好校园防控。
      +1市公安局要加强治安管理。
      -1市民政局要做好困难群众救助。
      恶意局要加强[点击](javascript:alert(1))管理，做好a|b|c和`代码`和&lt;img&gt;工作。

      """
    )
  }

  @Test("10. No CSV cell starts with = + - @, a tab or a carriage return")
  func csvFormulaInjection() throws {
    let rules = try hostileRules()
    let speech = try hostileSpeech()
    let result = try runChecklist(
      [
        "generate", (speech as NSString).lastPathComponent, "--rules", rules, "--format", "csv",
        "--date", "2021-01-27",
      ],
      timeout: 60,
      in: folder.url.path
    )
    #expect(result.status == 0, "\(result.error)")
    let rows = try CSVTestParser.rows(String(result.output.dropFirst())).filter { $0 != [""] }
    #expect(rows.count == 6)
    for row in rows { #expect(row.count == 9, "\(row)") }
    let cells = rows.flatMap { $0 }
    for cell in cells {
      let first = cell.unicodeScalars.first
      #expect(first.map { !SpreadsheetText.formulaStarts.contains($0) } ?? true, "\(cell)")
    }
    #expect(cells.contains("'=HYPERLINK(\"http://evil.example/x\",\"点击\")市卫健委要做好发热门诊管理。"))
    #expect(cells.contains("'@SUM(1)市教育局要抓好校园防控。"))
    #expect(cells.contains("'=1+1.txt:1"))  // The file named as given, relative to the folder.
    #expect(cells.contains("'=HYPERLINK(\"http://evil.example/x\",\"点击\")"))
    for text in ["\tx", "\rx", "'=x", "-1", "+1", "@x", "=x", "plain"] {
      #expect(SpreadsheetText.restored(SpreadsheetText.neutralised(text)) == text)
    }
  }

  /// Renders `markdown` as a GFM viewer would (cmark-gfm with tables, raw HTML allowed).
  func viewerHTML(_ markdown: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["cmark-gfm", "--unsafe", "-e", "table", "-e", "autolink"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(markdown.utf8))
    try input.fileHandleForWriting.close()
    let html = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: html, as: UTF8.self)
  }

  /// Expects HTML that a viewer made of the tool's Markdown to hold no element, link or image
  /// the values brought in.
  func expectInert(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for bad in ["<img", "<script", "<svg", "href=\"javascript", "<a ", "<code"] {
      #expect(!html.contains(bad), "\(bad) in \(html)", sourceLocation: sourceLocation)
    }
  }

  @Test(
    "11. Every Markdown view escapes HTML, links, code and table pipes",
    .enabled(if: cmarkAvailable, "needs cmark-gfm (Scripts/test.sh installs it)")
  )
  func markdownInjection() throws {
    let rules = try hostileRules()
    let speech = try hostileSpeech()
    let out = folder.path("out")
    let generated = try runChecklist(
      ["generate", speech, "--rules", rules, "--out", out, "--date", "2021-01-27"]
    )
    #expect(generated.status == 0, "\(generated.error)")
    let index = try String(contentsOfFile: "\(out)/index.md", encoding: .utf8)
    let indexHTML = try viewerHTML(index)
    // The only links are the index's own, one per section, to files in the folder.
    let links = indexHTML.components(separatedBy: "<a href=\"").dropFirst()
    #expect(links.count == 5)
    for link in links { #expect(!link.hasPrefix("javascript") && link.contains(".md\"")) }
    #expect(!indexHTML.contains("<img") && !indexHTML.contains("href=\"javascript"))
    // Each row of the table has its four cells.
    for row in indexHTML.components(separatedBy: "<tr>").dropFirst() {
      #expect(row.components(separatedBy: "<td").count - 1 == 4 || row.contains("<th"), "\(row)")
    }
    for file in try FileManager.default.contentsOfDirectory(atPath: out) where file != "index.md" {
      expectInert(try viewerHTML(try String(contentsOfFile: "\(out)/\(file)", encoding: .utf8)))
    }
    let hostile = try #require(
      try FileManager.default.contentsOfDirectory(atPath: out).first { $0.hasPrefix("卫健委 _") }
    )
    let page = try viewerHTML(try String(contentsOfFile: "\(out)/\(hostile)", encoding: .utf8))
    #expect(page.contains("[点击](javascript:alert(1))"))
    #expect(page.contains("a|b|c和`代码`和&lt;img&gt;"))
    // The tracker is a Markdown view too.
    let tracker = folder.path("t.md")
    let created = try runChecklist(
      ["track", "init", tracker, speech, "--rules", rules, "--date", "2021-01-27"]
    )
    #expect(created.status == 0, "\(created.error)")
    let trackerText = try String(contentsOfFile: tracker, encoding: .utf8)
    expectInert(try viewerHTML(trackerText.replacingOccurrences(of: "<!-- checklist", with: "")))
    // What a tracker shows is what the speech said.
    let document = try TrackerFile.read(path: tracker)
    #expect(
      document.tasks.contains {
        $0.task.text == "恶意局要加强[点击](javascript:alert(1))管理，做好a|b|c和`代码`和<img>工作。"
      }
    )
  }

  @Test("11. The HTML report escapes every value")
  func htmlReportEscapes() throws {
    let tracker = try folder.write(
      "t.md",
      "# 跟踪\n\n## <img src=x onerror=alert(1)>\n\n"
        + "- [ ] <script>alert(\"x\")</script> id:aaaa0001 due:2021-01-01 owner:'\"><b>x</b>\n"
    )
    let html = folder.path("report.html")
    let result = try runChecklist(
      ["report", tracker, "--html", html, "--as-of", "2021-02-01", "--title", "<i>t</i>"]
    )
    #expect(result.status == 0, "\(result.error)")
    let page = try String(contentsOfFile: html, encoding: .utf8)
    for raw in ["<img src", "<script>", "<b>x</b>", "<i>t</i>", "'\"><b>"] {
      #expect(!page.contains(raw), "\(raw)")
    }
    #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
    #expect(page.contains("&#39;&quot;&gt;&lt;b&gt;x&lt;/b&gt;"))
  }

  @Test("12. Task text cannot pass for todo.txt completion, priority, dates, projects or tags")
  func todoTxtInjection() throws {
    let tracker = try folder.write(
      "t.md",
      """
      # 跟踪

      ## 卫健委

      - [ ] x 2020-01-01 伪造完成 id:aaaa0001 due:2030-01-01
      - [ ] (A) 伪造优先 id:aaaa0002 due:2030-01-01
      - [ ] 2020-01-01 伪造创建日期 id:aaaa0003
      - [ ] 加强 +proj @ctx due:1999-01-01 http://evil.example 管理 id:aaaa0004 act:inspect
      - [x] 2019-12-31 (B) 已完成 id:aaaa0005 done:2021-01-02

      """
    )
    let result = try runChecklist(["export", tracker, "--todotxt", "--as-of", "2021-02-01"])
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map { TodoTxtTestParser.parse(String($0)) }
    #expect(lines.count == 5)
    for (index, line) in lines.enumerated() {
      #expect(line.done == (index == 4), "\(line)")
      #expect(line.priority == nil, "\(line)")
      #expect(line.dates == (index == 4 ? ["2021-01-02"] : []), "\(line)")
      #expect(line.projects == ["卫健委"], "\(line)")
      #expect(line.contexts == (index == 3 ? ["inspect"] : []), "\(line)")
      let keys = line.tags.map(\.key)
      #expect(keys == (index <= 1 ? ["due", "id"] : ["id"]), "\(line)")
      #expect(line.tags.last?.value == "aaaa000\(index + 1)")
    }
    // Found through FuzzWriters: a combining or prepended mark beside a space makes one Swift
    // Character of the two, but a client cuts at every U+0020.
    for (text, word) in [
      ("x \u{0301}备注", "x"), ("a\u{0601} +proj", "+proj"), ("b\u{0601} @c", "@c"),
    ] {
      let parsed = TodoTxtTestParser.parse(TodoTxt.neutralised(text) + " id:aaaa0001")
      #expect(!parsed.done && parsed.projects.isEmpty && parsed.contexts.isEmpty, "\(word)")
    }
  }
}

/// Whether `cmark-gfm` is on the `PATH`.
let cmarkAvailable: Bool = {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["cmark-gfm", "--version"]
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return false }
  process.waitUntilExit()
  return process.terminationStatus == 0
}()
