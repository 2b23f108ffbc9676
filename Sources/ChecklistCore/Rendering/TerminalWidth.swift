/// How wide text is on a terminal, where Chinese characters take two columns, and padding by
/// that width, so that columns of Chinese names line up.
public enum TerminalWidth {
  /// The number of terminal columns `text` takes: two for wide (CJK) characters.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its width in columns.
  public static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      let value = scalar.value
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
      return width + (wide ? 2 : 1)
    }
  }

  /// `text` padded with spaces to `width` terminal columns.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - width: The columns it should fill.
  /// - Returns: The padded text; `text` itself when it is already as wide.
  public static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }
}
