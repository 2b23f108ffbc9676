import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the bytes of an input file into text, or says clearly why it cannot.
///
/// Accepts UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and
/// GB18030 (which includes GBK and GB2312, the encodings Windows Notepad saves Chinese in).
/// Refuses binary formats, NUL bytes and bytes that are valid in none of these, naming the line
/// and column of the first bad byte.
public struct InputDecoder: Sendable {
  /// The largest input the tool reads, in bytes.
  public static let maximumBytes = 64 * 1024 * 1024

  /// Creates a decoder.
  public init() {}

  /// Reads and decodes the file at `path`.
  ///
  /// - Parameter path: The file's path as the user gave it; used in errors.
  /// - Returns: The decoded text.
  /// - Throws: ``InputError`` naming the file.
  public func read(path: String) throws(InputError) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
      throw .unreadable(file: path, reason: reason)
    }
    defer { try? handle.close() }
    let data: Data
    do {
      guard let read = try handle.read(upToCount: Self.maximumBytes + 1) else {
        throw InputError.empty(file: path)
      }
      data = read
    } catch let error as InputError {
      throw error
    } catch {
      throw .unreadable(file: path, reason: "\(error.localizedDescription)")
    }
    if data.count > Self.maximumBytes {
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
      let size = (attributes?[.size] as? Int) ?? data.count
      throw .tooLarge(file: path, bytes: size, limit: Self.maximumBytes)
    }
    return try decode([UInt8](data), file: path)
  }

  /// Decodes `bytes`, naming `file` in errors.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The file's name for errors.
  /// - Returns: The decoded text, without a byte-order mark.
  /// - Throws: ``InputError`` when the bytes are empty, binary or undecodable.
  public func decode(_ bytes: [UInt8], file: String) throws(InputError) -> String {
    if let kind = Self.binaryKind(bytes) { throw .binary(file: file, kind: kind) }
    let text: String
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      text = try utf8(bytes[3...], file: file)
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      text = try utf16(bytes[2...], bigEndian: false, file: file)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      text = try utf16(bytes[2...], bigEndian: true, file: file)
    } else {
      if let nul = bytes.firstIndex(of: 0) {
        let (line, column) = Self.position(of: nul, in: bytes)
        let detail =
          Self.looksLikeUTF16(bytes)
          ? "looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM)"
          : "NUL byte: this is binary data, not a text speech"
        throw .undecodable(file: file, line: line, column: column, detail: detail)
      }
      if let valid = String(validating: bytes, as: UTF8.self) {
        text = valid
      } else {
        text = try gb18030(bytes, file: file)
      }
    }
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw .empty(file: file)
    }
    return text
  }
}

// MARK: - Encodings

private extension InputDecoder {
  func utf8(_ bytes: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let offset = Self.firstInvalidUTF8(bytes) ?? bytes.startIndex
    let (line, column) = Self.position(of: offset, in: Array(bytes[bytes.startIndex...]))
    throw .undecodable(
      file: file, line: line, column: column, detail: "invalid UTF-8 after a UTF-8 byte-order mark")
  }

  func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(InputError)
    -> String
  {
    guard bytes.count % 2 == 0 else {
      throw .undecodable(
        file: file, line: 1, column: 1, detail: "UTF-16 text with an odd number of bytes")
    }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    guard let text = String(validating: units, as: UTF16.self) else {
      throw .undecodable(file: file, line: 1, column: 1, detail: "invalid UTF-16 (a lone surrogate)")
    }
    if text.unicodeScalars.contains("\0") {
      throw .undecodable(file: file, line: 1, column: 1, detail: "NUL character in UTF-16 text")
    }
    return text
  }

  /// Converts GB18030 through iconv, failing at the first byte that is not GB18030.
  func gb18030(_ bytes: [UInt8], file: String) throws(InputError) -> String {
    guard let converter = IconvConverter(from: "GB18030", to: "UTF-8") else {
      throw .undecodable(
        file: file, line: 1, column: 1, detail: "not UTF-8, and GB18030 is not available here")
    }
    switch converter.convert(bytes) {
    case .success(let output):
      if let text = String(validating: output, as: UTF8.self) { return text }
      throw .undecodable(file: file, line: 1, column: 1, detail: "not valid UTF-8 or GB18030")
    case .failure(let offset):
      let utf8Bad = Self.firstInvalidUTF8(bytes[...]) ?? offset
      let (line, column) = Self.position(of: utf8Bad, in: bytes)
      throw .undecodable(
        file: file, line: line, column: column,
        detail: "not valid UTF-8 or GB18030 (bad byte 0x\(String(bytes[utf8Bad], radix: 16)))")
    }
  }
}

// MARK: - Sniffing

private extension InputDecoder {
  static func binaryKind(_ bytes: [UInt8]) -> String? {
    let signatures: [([UInt8], String)] = [
      ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
      ([0xFF, 0xD8, 0xFF], "JPEG image"),
      ([0x47, 0x49, 0x46, 0x38], "GIF image"),
      ([0x25, 0x50, 0x44, 0x46], "PDF document"),
      ([0x50, 0x4B, 0x03, 0x04], "zip archive, such as a .docx or .xlsx"),
      ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document, such as a .doc"),
      ([0x1F, 0x8B], "gzip archive"),
      ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
      ([0x52, 0x61, 0x72, 0x21], "RAR archive"),
      ([0x37, 0x7A, 0xBC, 0xAF], "7z archive"),
    ]
    return signatures.first { bytes.starts(with: $0.0) }?.1
  }

  static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(512)
    guard sample.count >= 4 else { return false }
    var evenZeros = 0
    var oddZeros = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let half = sample.count / 2
    return (evenZeros > half / 4 && oddZeros == 0) || (oddZeros > half / 4 && evenZeros == 0)
  }

  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      let length: Int
      switch byte {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.endIndex else { return index }
      if length > 1, String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil {
        return index
      }
      index += length
    }
    return nil
  }

  /// The 1-based line and column (in bytes) of byte `offset`.
  static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }
}
