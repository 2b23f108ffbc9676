import Foundation
import Testing

@testable import ChecklistCore

/// A seed printed to PDF by LibreOffice (`Scripts/make-document-fixtures.py`), read back
/// through pdftotext.
@Suite struct PDFReaderTests {
  @Test func aPDFOfASeedGivesTheSameDirectives() throws {
    let text = try #require(SeedTests.seeds.first { $0.lastPathComponent.hasPrefix("001_") })
    let pdf = DocxReaderTests.fixture(
      text.deletingPathExtension().lastPathComponent + ".pdf"
    )
    let pipeline = try makePipeline()
    let fromText = try pipeline.extract(paths: [text.path])
    let fromPDF = try pipeline.extract(paths: [pdf])
    #expect(fromPDF.count == fromText.count)
    let strip = { (directives: [Directive]) in
      directives.map { directive in
        var copy = directive
        copy.file = ""
        copy.line = 0
        return JSONLinesRenderer().render([copy])
      }
    }
    #expect(strip(fromPDF) == strip(fromText))
  }

  @Test func paragraphsAreNumberedInReadingOrder() throws {
    let text = try #require(SeedTests.seeds.first { $0.lastPathComponent.hasPrefix("001_") })
    let pdf = DocxReaderTests.fixture(text.deletingPathExtension().lastPathComponent + ".pdf")
    let lines = try DocumentReader().read(path: pdf).lines
    #expect(lines.map(\.number) == Array(1...lines.count))
    #expect(lines.first?.text.hasPrefix("9月9日,在收听收看全国新冠肺炎疫情防控工作") == true)
    #expect(DocumentReader.reference(file: pdf, line: 3).hasSuffix(".pdf 第3段"))
  }
}
