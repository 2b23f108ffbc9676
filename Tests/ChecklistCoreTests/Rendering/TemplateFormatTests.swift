import Foundation
import Testing

@testable import ChecklistCore

/// A template's file name sets the escaping of its values, and a template cannot turn it off.
@Suite struct TemplateFormatTests {
  struct Model {
    var value: String
  }

  static let hostile = "=1+1,<b>[x](javascript:y)</b>|`z`"

  @Test(
    "Each format escapes every {{value}}",
    arguments: [
      ("t.md.mustache", "=1+1,&lt;b&gt;\\[x\\](javascript:y)&lt;/b&gt;\\|\\`z\\`"),
      ("t.csv.mustache", "\"'=1+1,<b>[x](javascript:y)</b>|`z`\""),
      ("t.html.mustache", "=1+1,&lt;b&gt;[x](javascript:y)&lt;/b&gt;|`z`"),
    ]
  )
  func escaping(name: String, expected: String) throws {
    let template = try TemplateRenderer.parse("{{value}}", path: name)
    #expect(template.render(Model(value: Self.hostile)) == expected)
    let raw = try TemplateRenderer.parse("{{{value}}}", path: name)
    #expect(raw.render(Model(value: Self.hostile)) == Self.hostile)
  }

  @Test func aPragmaThatTurnsEscapingOffIsRefused() {
    let error = #expect(throws: TemplateError.self) {
      try TemplateRenderer.parse(
        "# 标题\n{{% CONTENT_TYPE: TEXT}}\n{{value}}\n",
        path: "t.md.mustache"
      )
    }
    #expect(
      error?.description
        == "t.md.mustache:2:1: error: 'CONTENT_TYPE: TEXT' would change the escaping; a template "
        + "named *.md.mustache is always escaped as MARKDOWN (write {{{name}}} for a value that "
        + "must go in as it is)\n"
        + "{{% CONTENT_TYPE: TEXT}}\n"
        + "^"
    )
  }

  @Test func syntaxErrorsKeepTheirLines() {
    let error = #expect(throws: TemplateError.self) {
      try TemplateRenderer.parse("a\n{{#open}}\n", path: "t.md.mustache")
    }
    #expect(error?.description.hasPrefix("t.md.mustache:") == true)
    #expect(error?.description.contains(":1:") == false)
  }
}
