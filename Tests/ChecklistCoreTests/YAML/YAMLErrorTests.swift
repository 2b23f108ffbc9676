import Testing

@testable import ChecklistCore

/// YAML errors print as Yams prints them: `file:line:column: error: problem`, the source line,
/// a caret under the column, and libyaml's context as a note with its own line and caret.
@Suite struct YAMLErrorTests {
  func error(_ yaml: String) -> YAMLError? {
    #expect(throws: YAMLError.self) { try YAMLParser(file: "x.yaml").parse(yaml) }
  }

  @Test func syntaxErrorShowsTheLineAndTheContext() {
    let error = error("key: value\nlist: [a, b\nnext: c\n")
    #expect(
      error?.description
        == "x.yaml:3:5: error: did not find expected ',' or ']' "
        + "(while parsing a flow sequence started at x.yaml:2:7)\n"
        + "next: c\n"
        + "    ^\n"
        + "x.yaml:2:7: note: while parsing a flow sequence\n"
        + "list: [a, b\n"
        + "      ^"
    )
  }

  @Test func problemPastTheEndShowsOnlyTheContext() {
    let error = error("list: [a, b\n")
    #expect(
      error?.description
        == "x.yaml:2:1: error: did not find expected ',' or ']' "
        + "(while parsing a flow sequence started at x.yaml:1:7)\n"
        + "x.yaml:1:7: note: while parsing a flow sequence\n"
        + "list: [a, b\n"
        + "      ^"
    )
  }

  @Test func caretCountsChineseAsTwoColumns() {
    let error = error("卫健委: &anchor 张三\n")
    #expect(
      error?.description
        == "x.yaml:1:6: error: anchors (&name) are not allowed in rule files\n"
        + "卫健委: &anchor 张三\n"
        + "        ^"
    )
  }

  @Test func duplicateKeyPointsAtBoth() {
    let error = error("a: 1\nb: 2\na: 3\n")
    #expect(
      error?.description
        == "x.yaml:3:1: error: duplicate key 'a' (first at x.yaml:1:1)\n"
        + "a: 3\n"
        + "^\n"
        + "x.yaml:1:1: note: the first 'a'\n"
        + "a: 1\n"
        + "^"
    )
  }
}
