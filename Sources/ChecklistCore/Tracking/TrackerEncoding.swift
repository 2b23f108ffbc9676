/// How a tracker file's bytes encode its text, kept so that a rewrite uses the same bytes.
public enum TrackerEncoding: String, Sendable, Hashable, CaseIterable {
  /// UTF-8 without a byte-order mark.
  case utf8
  /// UTF-8 starting with the bytes `EF BB BF`, as Windows Notepad used to save it.
  case utf8WithBOM
  /// UTF-16, little-endian, with a byte-order mark.
  case utf16LittleEndian
  /// UTF-16, big-endian, with a byte-order mark.
  case utf16BigEndian
  /// GB18030, which includes GBK and GB2312.
  case gb18030

  /// Guesses the encoding of `bytes` the way ``InputDecoder`` decodes them.
  ///
  /// - Parameter bytes: A file's content.
  /// - Returns: The byte-order mark's encoding, else UTF-8 when the bytes are valid UTF-8, else
  ///   GB18030.
  public static func detect(_ bytes: [UInt8]) -> TrackerEncoding {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8WithBOM }
    if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
    if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
    if String(validating: bytes, as: UTF8.self) != nil { return .utf8 }
    return .gb18030
  }

  /// Encodes `text` in this encoding, with the byte-order mark where the encoding has one.
  ///
  /// - Parameter text: The text.
  /// - Returns: The bytes, or `nil` when a character cannot be written in this encoding.
  public func encode(_ text: String) -> [UInt8]? {
    switch self {
    case .utf8:
      return Array(text.utf8)
    case .utf8WithBOM:
      return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case .utf16LittleEndian, .utf16BigEndian:
      var bytes: [UInt8] = self == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
      bytes.reserveCapacity(2 + text.utf16.count * 2)
      for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += self == .utf16LittleEndian ? [low, high] : [high, low]
      }
      return bytes
    case .gb18030:
      guard let converter = IconvConverter(from: "UTF-8", to: "GB18030") else { return nil }
      switch converter.convert(Array(text.utf8)) {
      case .success(let bytes): return bytes
      case .failure: return nil
      }
    }
  }
}
