/// Repairs the stray commas scraping sites leave behind: `学习,、工作` → `学习、工作`, `,,` → `,`.
///
/// A half-width comma directly before other punctuation is dropped, and a run of half-width
/// commas becomes one. Full-width text is never touched, so a speech typed correctly passes
/// through unchanged.
public struct CommaRepair: Sendable {
  /// Creates the repairer.
  public init() {}

  /// The line with stray commas removed.
  ///
  /// - Parameter text: One line of text.
  /// - Returns: The repaired line; the same string when there was nothing to repair.
  public func repairing(_ text: String) -> String {
    // The byte test rules out most lines cheaply. A comma joined into a larger Character
    // (",\u{301}") does not count, as before: the Character test decides, unless every scalar
    // is plain and so its own Character.
    guard text.utf8.contains(UInt8(ascii: ",")) else { return text }
    let scalars = Array(text.unicodeScalars)
    guard scalars.allSatisfy(\.isPlain) || text.contains(",") else { return text }
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(scalars.count)
    for (index, scalar) in scalars.enumerated() {
      if scalar == ",", index + 1 < scalars.count,
        Punctuation.commaAbsorbers.contains(scalars[index + 1])
      {
        continue
      }
      if scalar == ",", index == 0 || Punctuation.strayCommaAfter.contains(scalars[index - 1]) {
        continue
      }
      output.append(scalar)
    }
    return String(scalars: output)
  }
}
