import Foundation

internal import COpenCC

/// Converts traditional Chinese to simplified through OpenCC's `t2s.json` configuration.
///
/// The converter owns one OpenCC handle. OpenCC's converter is not documented as thread-safe,
/// so calls are serialised with a lock; a pipeline makes one converter and reuses it.
public final class ScriptConverter: @unchecked Sendable {
  private let handle: opencc_t
  private let lock = NSLock()
  /// For `t2s.json`, a bit per scalar of ``TraditionalCharacters``; `nil` for other
  /// configurations, whose tables are not known.
  private let traditional: [UInt64]?

  /// Opens OpenCC with the given configuration.
  ///
  /// - Parameter configuration: An OpenCC configuration file name, `t2s.json` by default.
  /// - Throws: ``NormalisationError/converterUnavailable(_:)`` when OpenCC cannot open it.
  public init(configuration: String = "t2s.json") throws(NormalisationError) {
    guard let opened = opencc_open(configuration), Int(bitPattern: opened) != -1 else {
      throw .converterUnavailable(configuration)
    }
    handle = opened
    traditional = configuration == "t2s.json" ? Self.bitmap(TraditionalCharacters.all) : nil
  }

  deinit {
    opencc_close(handle)
  }

  /// Whether converting `text` may change it: it holds a character of the `t2s` tables (for
  /// other configurations, any Han character). Text for which this is `false` converts to
  /// itself, so callers may skip the conversion.
  ///
  /// - Parameter text: Any text.
  /// - Returns: Whether ``simplified(_:)`` may return something else.
  public func mayChange(_ text: String) -> Bool {
    guard let traditional else { return text.unicodeScalars.contains(where: \.isHan) }
    return text.unicodeScalars.contains { scalar in
      let word = Int(scalar.value >> 6)
      return word < traditional.count && traditional[word] & (1 << (scalar.value & 63)) != 0
    }
  }

  /// The text converted to simplified characters; the same text when it has no Han characters.
  ///
  /// - Parameter text: Any text; line breaks are kept, so line numbers stay valid.
  /// - Returns: The simplified text.
  public func simplified(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: \.isHan) else { return text }
    var utf8 = Array(text.utf8)
    let length = utf8.count
    return lock.withLock {
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
  }

  /// A bit per scalar value up to the largest of `characters`.
  private static func bitmap(_ characters: String) -> [UInt64] {
    let largest = characters.unicodeScalars.map(\.value).max() ?? 0
    var bits = [UInt64](repeating: 0, count: Int(largest >> 6) + 1)
    for scalar in characters.unicodeScalars where scalar.isHan {
      bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63)
    }
    return bits
  }
}
