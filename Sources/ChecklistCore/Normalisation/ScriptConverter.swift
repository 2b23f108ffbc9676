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
  /// For `t2s.json`: TSCharacters' changing entries, a matcher of every TSPhrases key with the
  /// index of its value, and the values.
  private let direct:
    (characters: [UInt32: Unicode.Scalar], phrases: PhraseMatcher<Int>, values: [String])?

  /// Opens OpenCC with the given configuration.
  ///
  /// - Parameter configuration: An OpenCC configuration file name, `t2s.json` by default.
  /// - Throws: ``NormalisationError/converterUnavailable(_:)`` when OpenCC cannot open it.
  public init(configuration: String = "t2s.json") throws(NormalisationError) {
    guard let opened = opencc_open(configuration), Int(bitPattern: opened) != -1 else {
      throw .converterUnavailable(configuration)
    }
    handle = opened
    let isT2S = configuration == "t2s.json"
    traditional = isT2S ? Self.bitmap(TraditionalCharacters.all) : nil
    direct = isT2S ? Self.directTables() : nil
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
    return text.unicodeScalars.contains { Self.contains(traditional, $0) }
  }

  /// Many lines converted: lines that may not change are kept and, for `t2s.json`, the others
  /// are converted here the way OpenCC converts them; other configurations, and lines holding
  /// a NUL (where OpenCC stops), go through OpenCC in one call.
  ///
  /// OpenCC's `t2s` segments and converts greedily from the left: the longest TSPhrases key
  /// at a place is written as its default value, else the character as TSCharacters' default
  /// value, else as it is. Doing the same from the generated tables gives the same text
  /// without OpenCC's cost.
  ///
  /// - Parameter lines: Lines without line breaks.
  /// - Returns: Each line converted, as ``simplified(_:)`` converts it.
  public func simplified(lines: [String]) -> [String] {
    var result = lines
    var remaining: [Int] = []
    for (index, line) in lines.enumerated() where mayChange(line) {
      if let converted = directly(line) {
        result[index] = converted
      } else {
        remaining.append(index)
      }
    }
    guard !remaining.isEmpty else { return result }
    let joined = remaining.map { lines[$0] }.joined(separator: "\n")
    var converted = simplified(joined).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    if converted.count != remaining.count {
      converted = remaining.map { simplified(lines[$0]) }
    }
    for (index, text) in zip(remaining, converted) { result[index] = text }
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

  /// `line` converted as OpenCC's `t2s` converts it, or `nil` when OpenCC must do it.
  private func directly(_ line: String) -> String? {
    guard let direct, let traditional else { return nil }
    let scalars = Array(line.unicodeScalars)
    guard !scalars.contains("\u{0}") else { return nil }
    var longestAt: [Int: PhraseMatcher<Int>.Match] = [:]
    for match in direct.phrases.matches(in: scalars)
    where longestAt[match.start].map({ $0.length < match.length }) ?? true {
      longestAt[match.start] = match
    }
    var converted: [Unicode.Scalar] = []
    converted.reserveCapacity(scalars.count)
    var index = 0
    while index < scalars.count {
      if let phrase = longestAt[index] {
        converted.append(contentsOf: direct.values[phrase.payload].unicodeScalars)
        index = phrase.end
        continue
      }
      let scalar = scalars[index]
      if Self.contains(traditional, scalar), let simplified = direct.characters[scalar.value] {
        converted.append(simplified)
      } else {
        converted.append(scalar)
      }
      index += 1
    }
    return String(scalars: converted)
  }

  private static func contains(_ bitmap: [UInt64], _ scalar: Unicode.Scalar) -> Bool {
    let word = Int(scalar.value >> 6)
    return word < bitmap.count && bitmap[word] & (1 << (scalar.value & 63)) != 0
  }

  private static func directTables()
    -> ([UInt32: Unicode.Scalar], PhraseMatcher<Int>, [String])
  {
    let pairs = TraditionalCharacters.characterPairs.unicodeScalars.filter {
      !$0.properties.isWhitespace
    }
    var characters: [UInt32: Unicode.Scalar] = [:]
    var index = pairs.startIndex
    while index < pairs.endIndex, pairs.index(after: index) < pairs.endIndex {
      characters[pairs[index].value] = pairs[pairs.index(after: index)]
      index = pairs.index(index, offsetBy: 2)
    }
    var keys: [(String, Int)] = []
    var values: [String] = []
    for entry in TraditionalCharacters.phrases.split(whereSeparator: \.isWhitespace) {
      let parts = entry.split(separator: "=", maxSplits: 1)
      guard parts.count == 2 else { continue }
      keys.append((String(parts[0]), values.count))
      values.append(String(parts[1]))
    }
    return (characters, PhraseMatcher(keys), values)
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
