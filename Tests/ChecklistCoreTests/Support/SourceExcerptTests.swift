import Testing

@testable import ChecklistCore

@Suite struct SourceExcerptTests {
  @Test func caretStandsUnderTheColumn() {
    #expect(SourceExcerpt(line: "rules: [a, b", column: 8).description == "rules: [a, b\n       ^")
  }

  @Test func wideCharactersTakeTwoColumnsAndTabsStay() {
    #expect(SourceExcerpt(line: "\t市教育局要", column: 4).description == "\t市教育局要\n\t    ^")
  }

  @Test func longLinesAreCutAroundTheColumn() {
    let line = String(repeating: "a", count: 100) + "X" + String(repeating: "b", count: 100)
    let excerpt = SourceExcerpt(line: line, column: 101)
    #expect(
      excerpt.text
        == "…" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 39) + "…"
    )
    #expect(excerpt.caretOffset == 61)
  }

  @Test func findsTheLineInAText() {
    #expect(SourceExcerpt(line: 2, column: 1, in: "a\r\nb\rc")?.text == "b")
    #expect(SourceExcerpt(line: 3, column: 1, in: "a\r\nb\rc")?.text == "c")
    #expect(SourceExcerpt(line: 4, column: 1, in: "a\nb\n") == nil)
    #expect(SourceExcerpt(line: 9, column: 1, in: "a") == nil)
  }
}
