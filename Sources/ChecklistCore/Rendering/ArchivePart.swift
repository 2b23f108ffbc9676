import Foundation
internal import ZIPFoundation

/// Reads one small part of a ZIP archive in memory, to tell whether a `.docx` or `.xlsx` on disk
/// is one the tool wrote (``GeneratedFormat``).
enum ArchivePart {
  /// The most bytes a part may unpack to here.
  static let limit = 1 << 20

  /// The bytes of the part `name` of the archive `bytes`, or `nil` when it is not an archive,
  /// lacks the part, or the part is larger than ``limit``.
  ///
  /// - Parameters:
  ///   - name: The part's path inside the archive, such as `docProps/core.xml`.
  ///   - bytes: The archive.
  /// - Returns: The part's bytes.
  static func bytes(of name: String, in bytes: [UInt8]) -> [UInt8]? {
    guard bytes.starts(with: [0x50, 0x4B]),
      let archive = try? Archive(data: Data(bytes), accessMode: .read),
      let entry = archive[name], entry.uncompressedSize <= UInt64(limit)
    else { return nil }
    var part: [UInt8] = []
    guard (try? archive.extract(entry, consumer: { part += $0 })) != nil else { return nil }
    return part
  }
}
