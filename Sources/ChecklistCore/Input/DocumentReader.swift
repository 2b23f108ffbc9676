import Foundation

/// Reads any input file as the lines of a speech: plain text (through ``InputDecoder``), HTML
/// (``HTMLText``), Word (``DocxReader``) and PDF with a text layer (``PDFReader``).
///
/// The format is told from the bytes, not the name; the name only tells a WPS file from a
/// Word 97–2003 one. Every reader hands the rest of the pipeline the same thing, lines that
/// remember where they stood, so nothing after this stage knows the format.
public struct DocumentReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads the file at `path`.
  ///
  /// - Parameter path: The file's path as the user gave it; used in errors and locations.
  /// - Returns: The file's lines.
  /// - Throws: ``InputError`` or ``DocumentError`` naming the file.
  public func read(path: String) throws -> SourceText {
    let bytes = try InputDecoder().bytes(path: path)
    if bytes.starts(with: Self.pdfSignature) { return try PDFReader().read(path: path) }
    return try read(bytes, at: path, file: path)
  }

  /// Reads a file's bytes (any format but PDF, which needs the file itself; a .docx is written
  /// to a temporary file to be read).
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The file's name for errors and locations.
  /// - Returns: The file's lines.
  /// - Throws: ``InputError`` or ``DocumentError`` naming the file.
  public func read(_ bytes: [UInt8], file: String) throws -> SourceText {
    try read(bytes, at: nil, file: file)
  }

  private func read(_ bytes: [UInt8], at path: String?, file: String) throws -> SourceText {
    if bytes.starts(with: Self.zipSignature) {
      let text = try DocxReader().read(bytes, at: path, file: file)
      try Self.check(text)
      return text
    }
    if bytes.starts(with: Self.compoundFileSignature) {
      throw Self.compoundFileError(bytes, file: file)
    }
    if bytes.starts(with: Array("{\\rtf".utf8)) {
      throw DocumentError.unsupportedFormat(file: file, kind: "an RTF document (.rtf)")
    }
    return SourceReader().text(decoded: try InputDecoder().decode(bytes, file: file), file: file)
  }

  /// How `file:line` is said to a reader: `speech.docx 第12段` for a Word document, whose lines
  /// are paragraphs, and `speech.txt:12` otherwise; without the file's folder.
  ///
  /// - Parameters:
  ///   - file: The file as named.
  ///   - line: The line (for a .docx, the paragraph).
  /// - Returns: The reference.
  public static func reference(file: String, line: Int) -> String {
    let name = (file as NSString).lastPathComponent
    let lowered = name.lowercased()
    if lowered.hasSuffix(".docx") || lowered.hasSuffix(".pdf") { return "\(name) 第\(line)段" }
    return "\(name):\(line)"
  }
}

// MARK: - Helpers

extension DocumentReader {
  fileprivate static let pdfSignature: [UInt8] = Array("%PDF".utf8)
  fileprivate static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
  fileprivate static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

  /// The same promises as for a text file: not empty, no line past the limit.
  fileprivate static func check(_ text: SourceText) throws(InputError) {
    guard text.lines.contains(where: { !$0.text.trimmingWhitespace().isEmpty }) else {
      throw .empty(file: text.file)
    }
    if let long = text.lines.first(where: { $0.text.utf8.count > Limits.maximumLineBytes }) {
      throw .lineTooLong(file: text.file, line: long.number, limit: Limits.maximumLineBytes)
    }
  }

  /// What an OLE compound file is, as an error.
  ///
  /// It is a password-protected .docx (Word wraps the encrypted package in one), a .doc, a
  /// .wps, or another legacy Office file. Stream names are UTF-16 in the file's directory.
  fileprivate static func compoundFileError(_ bytes: [UInt8], file: String) -> DocumentError {
    func holds(_ stream: String) -> Bool {
      let needle = stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      guard let first = needle.first, bytes.count >= needle.count else { return false }
      var index = 0
      while index + needle.count <= bytes.count {
        if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
          return true
        }
        index += 1
      }
      return false
    }
    if holds("EncryptedPackage") { return .encrypted(file: file) }
    let lowered = file.lowercased()
    if lowered.hasSuffix(".wps") || lowered.hasSuffix(".wpt") {
      return .unsupportedFormat(file: file, kind: "a WPS 文字 document (.wps)")
    }
    if holds("WordDocument") {
      return .unsupportedFormat(file: file, kind: "a Word 97–2003 document (.doc)")
    }
    return .unsupportedFormat(file: file, kind: "a legacy Office document (.xls, .ppt or .doc)")
  }
}
