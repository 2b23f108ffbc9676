/// Why a Word or PDF file could not be read as a speech.
///
/// Each case names the file and says what the user can do, on one line; nothing is written.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A format the tool does not read (Word 97–2003 .doc, WPS, RTF): save it as .docx.
  case unsupportedFormat(file: String, kind: String)
  /// The document is protected by a password.
  case encrypted(file: String)
  /// The archive or one of its parts is damaged or cut short.
  case damaged(file: String, detail: String)
  /// A zip archive that is not a Word document (an .xlsx, a .pptx, any other zip).
  case notWordDocument(file: String, detail: String)
  /// A part expands past ``Limits/maximumDocumentPartBytes``, or the archive holds more than
  /// ``Limits/maximumArchiveEntries`` entries: a zip bomb, or no speech.
  case tooLargeWhenUnpacked(file: String, part: String, limit: Int)
  /// A PDF without a text layer: a scanned image.
  case noTextLayer(file: String)
  /// `pdftotext` is not installed.
  case pdfToolMissing(file: String)
  /// `pdftotext` failed or ran too long.
  case pdfUnreadable(file: String, detail: String)

  /// `file: error: message`.
  public var description: String {
    switch self {
    case .unsupportedFormat(let file, let kind):
      return
        "\(file): error: this is \(kind), which the tool does not read; open it in Word or WPS "
        + "and 另存为 .docx (or save it as .txt), then give that file"
    case .encrypted(let file):
      return
        "\(file): error: the document is protected by a password; open it, remove the password "
        + "(文件 → 信息 → 保护文档 in Word) and 另存为 .docx"
    case .damaged(let file, let detail):
      return
        "\(file): error: the Word document is damaged or cut short (\(detail)); open it in Word "
        + "or WPS, which can often repair it, and 另存为 .docx"
    case .notWordDocument(let file, let detail):
      return "\(file): error: this zip archive is not a Word document (\(detail))"
    case .tooLargeWhenUnpacked(let file, let part, let limit):
      return
        "\(file): error: \(part) unpacks to more than \(limit) bytes, the limit for one part of "
        + "a document (a zip bomb, or not a speech)"
    case .noTextLayer(let file):
      return
        "\(file): error: the PDF has no text layer (a scanned image?); use the original "
        + "document, or recognise the text (OCR) and 另存为 .docx"
    case .pdfToolMissing(let file):
      return
        "\(file): error: reading a PDF needs pdftotext, which is not installed "
        + "(apt-get install poppler-utils)"
    case .pdfUnreadable(let file, let detail):
      return "\(file): error: the PDF cannot be read: \(detail)"
    }
  }
}
