import Foundation
import Testing

@testable import ChecklistCore

/// Word, WPS and PDF files that cannot be read: one line naming the file and what to do, exit
/// status 1, and `generate --out` writes nothing.
@Suite("Bad input: documents")
struct DocumentInputTests {
  let folder: BadInputFolder

  init() throws {
    folder = try BadInputFolder()
  }

  func expectRefused(
    fixture name: String,
    message: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let path = DocxReaderTests.fixture(name)
    try expectGenerateRefusal(
      in: folder,
      [path],
      message: "\(path): error: \(message)",
      sourceLocation: sourceLocation
    )
  }

  @Test func truncated() throws {
    try expectRefused(
      fixture: "bad-truncated.docx",
      message: "the Word document is damaged or cut short (no readable zip directory); "
        + "open it in Word or WPS, which can often repair it, and 另存为 .docx"
    )
  }

  @Test func corrupt() throws {
    try expectRefused(
      fixture: "bad-corrupt.docx",
      message: "the Word document is damaged or cut short (word/document.xml fails its "
        + "checksum); open it in Word or WPS, which can often repair it, and 另存为 .docx"
    )
  }

  @Test func encrypted() throws {
    try expectRefused(
      fixture: "bad-encrypted.docx",
      message: "the document is protected by a password; open it, remove the password "
        + "(文件 → 信息 → 保护文档 in Word) and 另存为 .docx"
    )
  }

  @Test(arguments: ["bad-bomb.docx", "bad-bomb-lying.docx"])
  func zipBomb(name: String) throws {
    try expectRefused(
      fixture: name,
      message: "word/document.xml unpacks to more than 67108864 bytes, the limit for one part "
        + "of a document (a zip bomb, or not a speech)"
    )
  }

  @Test func malformedXML() throws {
    try expectRefused(
      fixture: "bad-xml.docx",
      message: "the Word document is damaged or cut short (word/document.xml: line 1, column "
        + "45: Specification mandates value for attribute X); open it in Word or WPS, which "
        + "can often repair it, and 另存为 .docx"
    )
  }

  @Test func entityBomb() throws {
    try expectRefused(
      fixture: "bad-entities.docx",
      message: "the Word document is damaged or cut short (word/document.xml: an XML part "
        + "declares a DTD, which Word never writes); open it in Word or WPS, which can often "
        + "repair it, and 另存为 .docx"
    )
  }

  @Test func aWorkbookIsNotAWordDocument() throws {
    try expectRefused(
      fixture: "bad-workbook.docx",
      message: "this zip archive is not a Word document (it is an Excel workbook)"
    )
  }

  @Test func wordDocumentOf1997() throws {
    let path = try folder.write("讲话.doc", Self.compoundFile(stream: "WordDocument"))
    try expectGenerateRefusal(
      in: folder,
      [path],
      message: "\(path): error: this is a Word 97–2003 document (.doc), which the tool does "
        + "not read; open it in Word or WPS and 另存为 .docx (or save it as .txt), then give "
        + "that file"
    )
  }

  @Test func wpsDocument() throws {
    let path = try folder.write("讲话.wps", Self.compoundFile(stream: "WordDocument"))
    try expectGenerateRefusal(
      in: folder,
      [path],
      message: "\(path): error: this is a WPS 文字 document (.wps), which the tool does not "
        + "read; open it in Word or WPS and 另存为 .docx (or save it as .txt), then give that "
        + "file"
    )
  }

  @Test func scannedPDF() throws {
    try expectRefused(
      fixture: "bad-scanned.pdf",
      message: "the PDF has no text layer (a scanned image?); use the original document, or "
        + "recognise the text (OCR) and 另存为 .docx"
    )
  }

  @Test func brokenPDF() throws {
    try expectRefused(
      fixture: "bad-broken.pdf",
      message: "the PDF cannot be read: Syntax Error: Couldn't find trailer dictionary"
    )
  }

  @Test func blankParagraphsOnly() throws {
    try expectRefused(
      fixture: "bad-blank.docx",
      message: "the file is empty; there is no speech to read"
    )
  }

  /// The start of an OLE compound file with one stream name in its directory (UTF-16LE).
  static func compoundFile(stream: String) -> [UInt8] {
    [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
      + stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      + [UInt8](repeating: 0, count: 64)
  }
}
