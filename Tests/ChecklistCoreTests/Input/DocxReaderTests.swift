import Foundation
import Testing

@testable import ChecklistCore

/// Word documents made from the corpus by `Scripts/make-document-fixtures.py`: each must give
/// exactly what its text gives.
@Suite struct DocxReaderTests {
  static let fixtures = packageRoot.appendingPathComponent(
    "Tests/ChecklistCoreTests/Fixtures/Documents"
  )

  static let corpus: [URL] = SeedTests.seeds + SeedTests.external

  static func fixture(_ name: String) -> String {
    fixtures.appendingPathComponent(name).path
  }

  /// What a directive is, without the file it came from.
  static func essence(_ directives: [Directive]) -> [String] {
    directives.map { directive in
      var copy = directive
      copy.file = ""
      return JSONLinesRenderer().render([copy])
    }
  }

  @Test(arguments: corpus)
  func aDocxOfEachCorpusTextGivesTheSameDirectives(text: URL) throws {
    let name = text.deletingPathExtension().lastPathComponent + ".docx"
    let pipeline = try makePipeline()
    let fromText = try pipeline.extract(paths: [text.path])
    let fromWord = try pipeline.extract(paths: [Self.fixture(name)])
    #expect(!fromWord.isEmpty)
    #expect(Self.essence(fromWord) == Self.essence(fromText))
  }

  @Test func paragraphsAreLinesNumberedAsInTheText() throws {
    let text = try #require(Self.corpus.first)
    let name = text.deletingPathExtension().lastPathComponent + ".docx"
    let word = try DocumentReader().read(path: Self.fixture(name))
    let plain = try DocumentReader().read(path: text.path)
    #expect(word.lines.map(\.text) == plain.lines.map(\.text).map { Self.xmlSafe($0) })
    #expect(word.lines.map(\.number) == plain.lines.map(\.number))
  }

  @Test func automaticNumberingIsRestored() throws {
    let word = try DocumentReader().read(path: Self.fixture("numbered.docx"))
    let plain = try DocumentReader().read(path: Self.fixture("numbered.txt"))
    #expect(word.lines == plain.lines.map { SourceLine(number: $0.number, text: $0.text) })
    let pipeline = try makePipeline()
    let fromWord = try pipeline.extract(paths: [Self.fixture("numbered.docx")])
    let fromText = try pipeline.extract(paths: [Self.fixture("numbered.txt")])
    #expect(Self.essence(fromWord) == Self.essence(fromText))
    #expect(fromWord.contains { $0.text.hasPrefix("1.市住建局") && $0.lead == "住建局" })
  }

  @Test func aSeedNumberedByWordGivesTheSameItems() throws {
    let text = try #require(Self.corpus.first)
    let stem = text.deletingPathExtension().lastPathComponent
    let pipeline = try makePipeline()
    let fromWord = try pipeline.extract(paths: [Self.fixture("\(stem)-numbered.docx")])
    let fromText = try pipeline.extract(paths: [text.path])
    #expect(Self.essence(fromWord) == Self.essence(fromText))
  }

  @Test func tableRowsAreOneLineEachAndSoftBreaksSplitAParagraph() throws {
    let word = try DocumentReader().read(path: Self.fixture("table.docx"))
    #expect(
      word.lines == [
        SourceLine(number: 1, text: "关于落实安全生产工作任务的通知"),
        SourceLine(number: 2, text: "序号\t工作任务\t牵头单位\t完成时限"),
        SourceLine(number: 3, text: "1\t完成全部在建工地的安全检查\t市住建局\t10月15日前"),
        SourceLine(number: 4, text: "2\t开展人员密集场所消防检查\t市消防救援支队\t国庆节前"),
        SourceLine(number: 5, text: "请各单位认真落实。"),
        SourceLine(number: 5, text: "联系人：张三"),
      ]
    )
  }

  @Test func theSourceSaysWhichParagraph() {
    #expect(DocumentReader.reference(file: "/a/b/讲话.docx", line: 12) == "讲话.docx 第12段")
    #expect(DocumentReader.reference(file: "/a/b/speech.txt", line: 12) == "speech.txt:12")
  }

  @Test func numberFormats() {
    let chinese = DocxNumberFormat(name: "chineseCounting")
    #expect(
      [1, 10, 11, 20, 21, 100, 101, 110].map(chinese.format) == [
        "一", "十", "十一", "二十", "二十一", "一百", "一百零一", "一百一十",
      ]
    )
    #expect(DocxNumberFormat(name: "decimalEnclosedCircle").format(3) == "③")
    #expect(DocxNumberFormat(name: "ideographTraditional").format(2) == "乙")
    #expect(DocxNumberFormat(name: "upperRoman").format(14) == "XIV")
    #expect(DocxNumberFormat(name: "lowerLetter").format(28) == "bb")
    #expect(DocxNumberFormat(name: "bullet").format(1) == "")
  }

  private static func xmlSafe(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 == "\t" || $0.value >= 0x20 }))
  }
}
