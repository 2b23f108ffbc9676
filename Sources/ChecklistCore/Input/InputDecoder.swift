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
  /// Creates a decoder.
  public init() {}

  /// Reads and decodes the file at `path`.
  ///
  /// - Parameter path: The file's path as the user gave it; used in errors.
  /// - Returns: The decoded text.
  /// - Throws: ``InputError`` naming the file.
  public func read(path: String) throws(InputError) -> String {
    try decode(try bytes(path: path), file: path)
  }

  /// Reads the bytes of the file at `path`, refusing one past ``Limits/maximumInputBytes``.
  ///
  /// The file must be a regular file (``RegularFile``): a named pipe, folder or device is
  /// refused at once.
  ///
  /// - Parameter path: The file's path as the user gave it; used in errors.
  /// - Returns: The file's bytes.
  /// - Throws: ``InputError`` when the file cannot be read, is empty or is too large.
  public func bytes(path: String) throws(InputError) -> [UInt8] {
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(path, limit: Limits.maximumInputBytes)
    } catch {
      if case .tooLarge(let size, let limit) = error {
        throw .tooLarge(file: path, bytes: size, limit: limit)
      }
      throw .unreadable(file: path, reason: error.description)
    }
    guard !bytes.isEmpty else { throw .empty(file: path) }
    return bytes
  }

  /// Decodes `bytes`, naming `file` in errors.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The file's name for errors.
  /// - Returns: The decoded text, without a byte-order mark.
  /// - Throws: ``InputError`` when the bytes are empty (or only white space), binary,
  ///   undecodable, or hold a line longer than ``Limits/maximumLineBytes``.
  public func decode(_ bytes: [UInt8], file: String) throws(InputError) -> String {
    let text = try decode(bytes, file: file, maximumLineBytes: Limits.maximumLineBytes)
    if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw .empty(file: file)
    }
    return text
  }

  /// Decodes a tracker's `bytes`: like ``decode(_:file:)``, but blank text is given back rather
  /// than refused, and lines may be of any length.
  ///
  /// A tracker may be empty or hold only blank lines, in any of its encodings, and a task the
  /// user pasted a whole report into must still round-trip.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: The file's name for errors.
  /// - Returns: The decoded text, without a byte-order mark; empty for no bytes.
  /// - Throws: ``InputError`` when the bytes are binary or undecodable.
  public func decodeAllowingBlank(_ bytes: [UInt8], file: String) throws(InputError) -> String {
    try decode(bytes, file: file, maximumLineBytes: nil)
  }
}

// MARK: - Encodings

private extension InputDecoder {
  func decode(_ bytes: [UInt8], file: String, maximumLineBytes: Int?) throws(InputError) -> String {
    if let kind = Self.binaryKind(bytes) { throw .binary(file: file, kind: kind) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let text = try utf16(bytes[2...], bigEndian: bytes[0] == 0xFE, file: file)
      if let maximumLineBytes {
        try Self.checkLineLengths(Array(text.utf8), limit: maximumLineBytes, file: file)
      }
      return text
    }
    // Before anything that reads the whole file: a file without line breaks fails fast.
    if let maximumLineBytes {
      try Self.checkLineLengths(bytes, limit: maximumLineBytes, file: file)
    }
    if let nul = bytes.firstIndex(of: 0) {
      if Self.looksLikeUTF16(bytes) {
        throw .undecodable(file: file, detail: Self.utf16WithoutBOM)
      }
      throw Self.invalid(
        before: Self.readable(bytes[..<nul]),
        file: file,
        detail: "NUL byte: this is binary data, not a text speech"
      )
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try utf8(bytes[3...], file: file) }
    if let valid = String(validating: bytes, as: UTF8.self) { return valid }
    // Chinese UTF-16 without line breaks has no zero byte, and GB18030 reads it as gibberish
    // full of control characters.
    let text = try? gb18030(bytes, file: file)
    if text.map(Self.hasControlCharacters) ?? true, Self.looksLikeUTF16(bytes) {
      throw .undecodable(file: file, detail: Self.utf16WithoutBOM)
    }
    if let text { return text }
    return try gb18030(bytes, file: file)
  }

  func utf8(_ bytes: ArraySlice<UInt8>, file: String) throws(InputError) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    let offset = Self.firstInvalidUTF8(bytes) ?? bytes.startIndex
    throw Self.invalid(
      before: String(decoding: bytes[..<offset], as: UTF8.self),
      file: file,
      detail: "invalid UTF-8 after a UTF-8 byte-order mark"
    )
  }

  func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(InputError)
    -> String
  {
    guard bytes.count % 2 == 0 else {
      throw .undecodable(file: file, detail: "UTF-16 text with an odd number of bytes")
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
      throw Self.invalid(
        before: String(decoding: units[..<Self.firstLoneSurrogate(units)], as: UTF16.self),
        file: file,
        detail: "invalid UTF-16 (a lone surrogate)"
      )
    }
    if let nul = text.unicodeScalars.firstIndex(of: "\0") {
      throw Self.invalid(
        before: String(text.unicodeScalars[..<nul]),
        file: file,
        detail: "NUL character in UTF-16 text"
      )
    }
    return text
  }

  /// Converts GB18030 through iconv, failing at the first byte that is not GB18030.
  func gb18030(_ bytes: [UInt8], file: String) throws(InputError) -> String {
    guard let converter = IconvConverter(from: "GB18030", to: "UTF-8") else {
      throw .undecodable(file: file, detail: "not UTF-8, and GB18030 is not available here")
    }
    switch converter.convert(bytes) {
    case .success(let output):
      if let text = String(validating: output, as: UTF8.self) { return text }
      throw .undecodable(file: file, detail: "not valid UTF-8 or GB18030")
    case .failure(let offset):
      // Report the byte where the encoding that read further stopped: a UTF-8 file with a stray
      // byte breaks GB18030 early, a GB18030 file with one breaks UTF-8 at once.
      let utf8Bad = Self.firstInvalidUTF8(bytes[...]) ?? offset
      let (bad, encoding) = utf8Bad >= offset ? (utf8Bad, "UTF-8") : (offset, "GB18030")
      let byte = bad < bytes.count ? "byte 0x\(String(bytes[bad], radix: 16))" : "the end"
      let before =
        encoding == "UTF-8"
        ? String(decoding: bytes[..<bad], as: UTF8.self) : Self.readable(bytes[..<bad])
      throw Self.invalid(
        before: before,
        file: file,
        detail:
          "not valid UTF-8 or GB18030: the text reads as \(encoding) up to \(byte) here "
          + "(a stray byte, or a file cut short)"
      )
    }
  }
}

// MARK: - Sniffing

private extension InputDecoder {
  static let utf16WithoutBOM =
    "this looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)"

  static func hasControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
  }

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

  /// Whether `bytes` read as UTF-16 text in either byte order: an even count, no lone
  /// surrogates, no control characters but tab and line breaks, and nine characters in ten
  /// Chinese, ASCII or CJK punctuation.
  ///
  /// Chinese in UTF-16 has few zero bytes (each line break has one), so counting zeros is not
  /// enough; reading the text is. UTF-8 Chinese read as UTF-16 gives many Hangul, Yi and
  /// private-use characters, so it fails the nine-in-ten test.
  static func looksLikeUTF16(_ file: [UInt8]) -> Bool {
    guard file.count >= 2, file.count % 2 == 0 else { return false }
    let bytes = file.prefix(64 * 1024)
    return [false, true].contains { bigEndian in
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var index = 0
      while index + 1 < bytes.count {
        let first = UInt16(bytes[index])
        let second = UInt16(bytes[index + 1])
        units.append(bigEndian ? first << 8 | second : second << 8 | first)
        index += 2
      }
      guard let text = String(validating: units, as: UTF16.self), !hasControlCharacters(text)
      else { return false }
      let plausible = text.unicodeScalars.count {
        $0.isASCII || $0.isHan || (0x3000...0x303F).contains($0.value)
          || (0xFF00...0xFFEF).contains($0.value)
      }
      return plausible * 10 >= text.unicodeScalars.count * 9
    }
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

  /// Throws ``InputError/lineTooLong(file:line:limit:)`` at the first line longer than `limit`
  /// bytes; `\r\n`, `\n` and `\r` each end a line.
  static func checkLineLengths(_ bytes: [UInt8], limit: Int, file: String) throws(InputError) {
    var line = 1
    var length = 0
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == 0x0A || byte == 0x0D {
        if !(byte == 0x0A && previous == 0x0D) { line += 1 }
        length = 0
      } else {
        length += 1
        if length > limit {
          throw .lineTooLong(file: file, line: line, limit: limit)
        }
      }
      previous = byte
    }
  }

  /// The error for a bad byte or character right after `before`, the file's readable text up
  /// to it: its line, its column in characters, and the start of its line as the excerpt.
  ///
  /// Lines end at `\n`, `\r\n` and `\r`, as ``SourceText`` numbers them.
  static func invalid(before: String, file: String, detail: String) -> InputError {
    let lines = SourceText(file: file, text: before).lines
    let endsLine = before.unicodeScalars.last.map { $0 == "\n" || $0 == "\r" } ?? true
    let last = endsLine ? "" : lines.last?.text ?? ""
    let line = endsLine ? (lines.last?.number ?? 0) + 1 : lines.last?.number ?? 1
    let column = last.count + 1
    let location = SourceLocation(file: file, line: line, column: column)
    let excerpt = last.allSatisfy(\.isWhitespace) ? nil : SourceExcerpt(line: last, column: column)
    return .invalidBytes(location, detail: detail, excerpt: excerpt)
  }

  /// Bytes that are valid up to a bad one, as text: UTF-8, else GB18030, else UTF-8 with
  /// replacement characters.
  static func readable(_ bytes: ArraySlice<UInt8>) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    if let converter = IconvConverter(from: "GB18030", to: "UTF-8"),
      case .success(let output) = converter.convert(Array(bytes)),
      let text = String(validating: output, as: UTF8.self)
    {
      return text
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The index of the first UTF-16 unit that is half of no pair.
  static func firstLoneSurrogate(_ units: [UInt16]) -> Int {
    var index = 0
    while index < units.count {
      let unit = units[index]
      if UTF16.isLeadSurrogate(unit) {
        guard index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) else {
          return index
        }
        index += 2
      } else if UTF16.isTrailSurrogate(unit) {
        return index
      } else {
        index += 1
      }
    }
    return units.count
  }
}
