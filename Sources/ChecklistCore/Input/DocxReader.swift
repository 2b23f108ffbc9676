import Foundation
internal import ZIPFoundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a Word document (.docx) as a speech: its paragraphs become lines, numbered by
/// paragraph, with Word's automatic numbering restored.
///
/// The archive is opened with ZIPFoundation and its XML parts are parsed with libxml2
/// (``XMLElementReader``). Only three parts are read (`word/document.xml`,
/// `word/numbering.xml`, `word/styles.xml`), each unpacked in memory and counted as it is
/// unpacked, so a part that expands past ``Limits/maximumDocumentPartBytes`` stops a zip bomb
/// whatever sizes the archive claims. CRCs are checked.
///
/// The archive is read from its file, never from memory: ZIPFoundation's in-memory archive
/// traps on an offset past the end (and leaks the data when opening fails), which fuzzing
/// found at once. Bytes without a file are written to a private temporary file first.
struct DocxReader: Sendable {
  /// The main part of a Word document.
  static let documentPart = "word/document.xml"

  /// Reads the document's text.
  ///
  /// - Parameters:
  ///   - bytes: The file's content (a zip archive).
  ///   - path: The file holding `bytes`, or `nil` to write them to a temporary file.
  ///   - file: The file's name for errors and for the text.
  /// - Returns: The text, one line per paragraph or table row (more under one number for a
  ///   paragraph with soft line breaks).
  /// - Throws: ``DocumentError`` for an encrypted, damaged, truncated or oversized archive, or
  ///   one that is not a Word document.
  func read(_ bytes: [UInt8], at path: String?, file: String) throws(DocumentError) -> SourceText {
    if Self.hasEncryptedEntries(bytes) { throw .encrypted(file: file) }
    guard let path else {
      let temporary = try Self.temporaryCopy(of: bytes, file: file)
      defer { unlink(temporary) }
      return try read(bytes, at: temporary, file: file)
    }
    let archive: Archive
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw .damaged(file: file, detail: "no readable zip directory")
    }
    let entries = Array(archive.prefix(Limits.maximumArchiveEntries + 1))
    guard entries.count <= Limits.maximumArchiveEntries else {
      throw .tooLargeWhenUnpacked(
        file: file,
        part: "the archive's list of entries",
        limit: Limits.maximumArchiveEntries
      )
    }
    guard let document = entries.first(where: { $0.path == Self.documentPart }) else {
      throw .notWordDocument(file: file, detail: Self.describe(entries))
    }
    let numberingPart = try entries.first { $0.path == "word/numbering.xml" }
      .map { entry throws(DocumentError) in try unpack(entry, of: archive, file: file) }
    let stylesPart = try entries.first { $0.path == "word/styles.xml" }
      .map { entry throws(DocumentError) in try unpack(entry, of: archive, file: file) }
    let body = try unpack(document, of: archive, file: file)
    let numbering: DocxNumbering
    switch DocxNumbering.read(numbering: numberingPart, styles: stylesPart) {
    case .success(let read): numbering = read
    case .failure(let failure):
      throw .damaged(file: file, detail: "\(failure.part): \(failure.detail)")
    }
    let reader = DocxBodyReader(numbering: numbering)
    if let failure = XMLElementReader.parse(Data(body), handler: reader) {
      throw .damaged(file: file, detail: "\(Self.documentPart): \(failure)")
    }
    var lines: [SourceLine] = []
    for (index, block) in reader.blocks.enumerated() {
      for line in block.lines { lines.append(SourceLine(number: index + 1, text: line)) }
    }
    return SourceText(file: file, lines: lines)
  }
}

// MARK: - Helpers

extension DocxReader {
  /// Unpacks one entry in memory, stopping at ``Limits/maximumDocumentPartBytes``.
  fileprivate func unpack(_ entry: Entry, of archive: Archive, file: String) throws(DocumentError)
    -> [UInt8]
  {
    let limit = Limits.maximumDocumentPartBytes
    if entry.uncompressedSize > UInt64(limit) {
      throw .tooLargeWhenUnpacked(file: file, part: entry.path, limit: limit)
    }
    var bytes: [UInt8] = []
    do {
      // extract(_:consumer:) hands back the checksum without comparing it: compare here.
      let checksum = try archive.extract(entry, bufferSize: 64 * 1024) { chunk in
        guard bytes.count + chunk.count <= limit else { throw PartTooLarge() }
        bytes.append(contentsOf: chunk)
      }
      guard checksum == entry.checksum else {
        throw DocumentError.damaged(file: file, detail: "\(entry.path) fails its checksum")
      }
    } catch let error as DocumentError {
      throw error
    } catch is PartTooLarge {
      throw .tooLargeWhenUnpacked(file: file, part: entry.path, limit: limit)
    } catch Archive.ArchiveError.invalidCRC32 {
      throw .damaged(file: file, detail: "\(entry.path) fails its checksum")
    } catch {
      throw .damaged(file: file, detail: "\(entry.path) cannot be unpacked")
    }
    return bytes
  }

  private struct PartTooLarge: Error {}

  /// `bytes` in a new file of the temporary folder that only this user can read.
  fileprivate static func temporaryCopy(of bytes: [UInt8], file: String) throws(DocumentError)
    -> String
  {
    var template = Array(
      (FileManager.default.temporaryDirectory.path + "/checklist-docx-XXXXXX").utf8CString
    )
    let descriptor = mkstemp(&template)
    guard descriptor >= 0 else {
      throw .damaged(file: file, detail: "no temporary file to read it from")
    }
    let path = String(cString: template)
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: bytes)
      try handle.close()
    } catch {
      unlink(path)
      throw .damaged(file: file, detail: "no temporary file to read it from")
    }
    return path
  }

  /// Whether any central-directory record sets the "encrypted" flag (ZIPFoundation skips such
  /// entries without a word, so the flag is read from the records themselves).
  fileprivate static func hasEncryptedEntries(_ bytes: [UInt8]) -> Bool {
    let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    var index = 0
    while index + 10 <= bytes.count {
      if bytes[index] == signature[0], bytes[index + 1] == signature[1],
        bytes[index + 2] == signature[2], bytes[index + 3] == signature[3]
      {
        if bytes[index + 8] & 0x01 != 0 { return true }
        index += 4
      } else {
        index += 1
      }
    }
    return false
  }

  /// What kind of archive it is instead, for the error.
  fileprivate static func describe(_ entries: [Entry]) -> String {
    let paths = entries.map(\.path)
    if paths.contains(where: { $0.hasPrefix("xl/") }) { return "it is an Excel workbook" }
    if paths.contains(where: { $0.hasPrefix("ppt/") }) { return "it is a PowerPoint file" }
    if paths.contains("content.xml") { return "it is an OpenDocument file; 另存为 .docx" }
    return "it has no \(documentPart)"
  }
}
