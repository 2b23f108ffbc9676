internal import COpenCC
import Foundation

/// Converts traditional Chinese to simplified through OpenCC's `t2s.json` configuration.
///
/// OpenCC's converter is not documented as thread-safe, so each handle converts one text at a
/// time: the converter keeps the handles it has opened and lends an idle one to each call,
/// opening another only when every handle is busy (files converted on several threads at
/// once). A pipeline makes one converter and reuses it.
public final class ScriptConverter: @unchecked Sendable {
  private let configuration: String
  private let lock = NSLock()
  /// Handles not lent out; guarded by `lock`.
  private var idle: [opencc_t]
  /// For `t2s.json`, a bit per scalar of ``TraditionalCharacters``; `nil` for other
  /// configurations, whose tables are not known.
  private let traditional: [UInt64]?

  /// Opens OpenCC with the given configuration.
  ///
  /// - Parameter configuration: An OpenCC configuration file name, `t2s.json` by default.
  /// - Throws: ``NormalisationError/converterUnavailable(_:)`` when OpenCC cannot open it.
  public init(configuration: String = "t2s.json") throws(NormalisationError) {
    guard let opened = Self.open(configuration) else { throw .converterUnavailable(configuration) }
    self.configuration = configuration
    idle = [opened]
    let isT2S = configuration == "t2s.json"
    traditional = isT2S ? Self.bitmap(TraditionalCharacters.all) : nil
  }

  deinit {
    for handle in idle { opencc_close(handle) }
  }

  private static func open(_ configuration: String) -> opencc_t? {
    guard let opened = opencc_open(configuration), Int(bitPattern: opened) != -1 else { return nil }
    return opened
  }

  /// Runs `body` with a handle no other thread is using, or returns `nil` when no handle can
  /// be opened.
  private func withHandle<Result>(_ body: (opencc_t) -> Result) -> Result? {
    let lent = lock.withLock { idle.popLast() } ?? Self.open(configuration)
    guard let lent else { return nil }
    defer { lock.withLock { idle.append(lent) } }
    return body(lent)
  }

  /// Whether converting `text` may change it.
  ///
  /// It may when it holds a character of the `t2s` tables (for other configurations, any Han
  /// character). Text for which this is `false` converts to itself, so callers may skip the
  /// conversion.
  ///
  /// - Parameter text: Any text.
  /// - Returns: Whether ``simplified(_:)`` may return something else.
  public func mayChange(_ text: String) -> Bool {
    guard let traditional else { return text.unicodeScalars.contains(where: \.isHan) }
    return text.unicodeScalars.contains { Self.contains(traditional, $0) }
  }

  /// Many lines converted: lines that may not change (``mayChange(_:)``) are kept, the others
  /// go through OpenCC in one call, so a simplified file costs no conversion at all and a
  /// traditional one a single call.
  ///
  /// - Parameter lines: Lines without line breaks.
  /// - Returns: Each line converted, as ``simplified(_:)`` converts it.
  public func simplified(lines: [String]) -> [String] {
    var result = lines
    let changing = lines.indices.filter { mayChange(lines[$0]) }
    guard !changing.isEmpty else { return result }
    // OpenCC keeps line breaks and no phrase spans one; a NUL (where OpenCC stops) would
    // shorten the result, and then each line is converted alone.
    let joined = changing.map { lines[$0] }.joined(separator: "\n")
    var converted = simplified(joined).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    if converted.count != changing.count {
      converted = changing.map { simplified(lines[$0]) }
    }
    for (index, text) in zip(changing, converted) { result[index] = text }
    return result
  }

  /// The text converted to simplified characters; the same text when it has no Han characters.
  ///
  /// - Parameter text: Any text; line breaks are kept, so line numbers stay valid.
  /// - Returns: The simplified text.
  public func simplified(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: \.isHan) else { return text }
    var utf8 = Array(text.utf8)
    let length = utf8.count
    let converted = withHandle { handle in
      utf8.withUnsafeMutableBufferPointer { buffer -> String in
        guard let base = buffer.baseAddress else { return text }
        let result = base.withMemoryRebound(to: CChar.self, capacity: length) {
          opencc_convert_utf8(handle, $0, length)
        }
        guard let result else { return text }
        defer { opencc_convert_utf8_free(result) }
        return String(cString: result)
      }
    }
    return converted ?? text
  }

  private static func contains(_ bitmap: [UInt64], _ scalar: Unicode.Scalar) -> Bool {
    let word = Int(scalar.value >> 6)
    return word < bitmap.count && bitmap[word] & (1 << (scalar.value & 63)) != 0
  }

  /// A bit per scalar value up to the largest of `characters` (the layout's white space left out).
  private static func bitmap(_ characters: String) -> [UInt64] {
    let largest = characters.unicodeScalars.map(\.value).max() ?? 0
    var bits = [UInt64](repeating: 0, count: Int(largest >> 6) + 1)
    for scalar in characters.unicodeScalars where !scalar.properties.isWhitespace {
      bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63)
    }
    return bits
  }
}
