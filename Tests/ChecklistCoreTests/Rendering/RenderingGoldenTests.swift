import Foundation
import Testing

@testable import ChecklistCore

/// Every output format, rendered from the sample speech and pinned in full in golden files
/// under `Fixtures/Rendering/` (run with `CHECKLIST_UPDATE_GOLDEN=1` to write them anew).
@Suite struct RenderingGoldenTests {
  static let sample = "huaian-2022-09-09.txt"

  /// The sample speech as the pipeline gives it, dated 2022-09-09.
  static func result() throws -> Pipeline.FileResult {
    let text = try String(
      contentsOf: packageRoot.appendingPathComponent("samples/\(sample)"),
      encoding: .utf8
    )
    return try makePipeline(date: try day("2022-09-09")).process(text: text, file: sample)
  }

  static let templates = packageRoot.appendingPathComponent("templates").path

  @Test func directiveFormats() throws {
    let result = try Self.result()
    try expectGolden(JSONLinesRenderer().render(result.directives), "Rendering/extract.jsonl")
    try expectGolden(DirectiveTextRenderer().render(result.directives), "Rendering/extract.txt")
    try expectGolden(RunNoteRenderer().meetingDates(of: result), "Rendering/meeting-dates.txt")
  }

  @Test func explanations() throws {
    let result = try Self.result()
    var text = ""
    for line in [1, 3, 12, 20] {
      text += "== --line \(line)\n" + ExplanationRenderer().render(line: line, of: result)
    }
    let id = try #require(result.directives.first?.id)
    text += "== --id \(id.prefix(4))\n"
    text += try #require(ExplanationRenderer().render(idPrefix: String(id.prefix(4)), of: result))
    #expect(ExplanationRenderer().render(idPrefix: "zzzz", of: result) == nil)
    try expectGolden(text, "Rendering/explain.txt")
  }

  @Test func checklistTemplates() throws {
    let result = try Self.result()
    let book = ChecklistBook(directives: result.directives, rules: shippedRuleSet)
    let renderer = ChecklistRenderer(templates: try TemplateRenderer(directory: Self.templates))
    let outputs = try renderer.markdown(book)
    try expectGolden(
      outputs.map(\.fileName).joined(separator: "\n") + "\n",
      "Rendering/markdown/files.txt"
    )
    for output in outputs {
      try expectGolden(output.text, "Rendering/markdown/\(output.fileName)")
    }
    try expectGolden(try renderer.csv(book), "Rendering/任务分解表.csv")
  }

  @Test func trackerViews() throws {
    let result = try Self.result()
    let document = TrackerDocument.new(directives: result.directives, file: "tasks.md")
    try expectGolden(String(decoding: try document.encoded(), as: UTF8.self), "Rendering/tasks.md")
    let asOf = try day("2022-10-01")
    let status = TrackerStatus(document: document, asOf: asOf, warningDays: 3)
    try expectGolden(TrackerStatusRenderer(colour: false).render(status), "Rendering/status.txt")
    try expectGolden(
      TrackerStatusRenderer(colour: true).render(status),
      "Rendering/status-colour.txt"
    )
    let report = TrackerReport(status: status, file: "tasks.md", title: "任务进度")
    try expectGolden(
      try TrackerReportRenderer(templatesDirectory: Self.templates).render(report),
      "Rendering/report.html"
    )
    try expectGolden(TodoTxt.export(document, asOf: asOf), "Rendering/todo.txt")
  }
}
