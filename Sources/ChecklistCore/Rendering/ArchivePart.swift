import Foundation
internal import ZIPFoundation

/// Reads one small part of a ZIP archive in memory, to tell whether a `.docx` or `.xlsx` on disk
/// is one the tool wrote (``GeneratedFormat``).
enum ArchivePart {
  /// The most bytes a part may unpack to here.
  static let limit = 1 << 20

  /// The bytes of the part `name` of the archive at `path`, or `nil` when it is not an
  /// archive, lacks the part, or the part is larger than ``limit``.
  ///
  /// The archive is read from its file, as ``DocxReader`` reads one: ZIPFoundation's in-memory
  /// archive traps on a record that points past the end (FuzzDocx found it).
  ///
  /// - Parameters:
  ///   - name: The part's path inside the archive, such as `docProps/core.xml`.
  ///   - path: The archive's file.
  /// - Returns: The part's bytes.
  static func bytes(of name: String, inArchiveAt path: String) -> [UInt8]? {
    guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read),
      let entry = archive[name], entry.uncompressedSize <= UInt64(limit)
    else { return nil }
    var part: [UInt8] = []
    guard (try? archive.extract(entry, consumer: { part += $0 })) != nil else { return nil }
    return part
  }
}
