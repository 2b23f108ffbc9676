import Foundation

internal import COpenCC

/// Converts traditional Chinese to simplified through OpenCC's `t2s.json` configuration.
///
/// The converter owns one OpenCC handle. OpenCC's converter is not documented as thread-safe,
/// so calls are serialised with a lock; a pipeline makes one converter and reuses it.
public final class ScriptConverter: @unchecked Sendable {
  private let handle: opencc_t
  private let lock = NSLock()

  /// Opens OpenCC with the given configuration.
  ///
  /// - Parameter configuration: An OpenCC configuration file name, `t2s.json` by default.
  /// - Throws: ``NormalisationError/converterUnavailable(_:)`` when OpenCC cannot open it.
  public init(configuration: String = "t2s.json") throws(NormalisationError) {
    guard let opened = opencc_open(configuration), Int(bitPattern: opened) != -1 else {
      throw .converterUnavailable(configuration)
    }
    handle = opened
  }

  deinit {
    opencc_close(handle)
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
}
