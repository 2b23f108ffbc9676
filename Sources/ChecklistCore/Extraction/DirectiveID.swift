/// Stable task ids: the same normalised text gives the same id on every run and machine.
///
/// The id is the first 10 hex digits of the text's 64-bit FNV-1a hash; a repeated text in one
/// run gets `-2`, `-3` … in reading order, so ids stay unique and stable across re-runs.
struct DirectiveID: Sendable {
  private var seen: [String: Int] = [:]

  /// The id for the next directive with `text`.
  mutating func next(for text: String) -> String {
    let base = Self.hash(text)
    let count = (seen[base] ?? 0) + 1
    seen[base] = count
    return count == 1 ? base : "\(base)-\(count)"
  }

  /// The hex digest of a text.
  static func hash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
  }
}
