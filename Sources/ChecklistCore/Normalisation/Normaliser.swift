/// The normalisation stage: pinyin annotations removed, traditional script simplified, stray
/// commas repaired and site debris dropped, line by line so every line keeps its number.
public struct Normaliser: Sendable {
  /// A line the normaliser dropped as site debris, and the rule that did it.
  public struct DroppedLine: Sendable, Equatable {
    /// The original line number.
    public var line: Int
    /// The debris rule's id.
    public var rule: String
  }

  /// The result of normalising one file.
  public struct Result: Sendable {
    /// The normalised lines, debris lines left out, each with its original number.
    public var text: SourceText
    /// The lines dropped as debris.
    public var dropped: [DroppedLine]
    /// The seconds spent in OpenCC.
    public var conversionSeconds = 0.0
  }

  private let converter: ScriptConverter
  private let pinyin = PinyinAnnotation()
  private let commas = CommaRepair()
  private let debris: DebrisFilter

  /// Creates a normaliser.
  ///
  /// - Parameters:
  ///   - converter: The OpenCC converter.
  ///   - debrisRules: The debris rules of the rule set.
  public init(converter: ScriptConverter, debrisRules: [DebrisRule]) {
    self.converter = converter
    debris = DebrisFilter(rules: debrisRules)
  }

  /// Normalises a decoded file.
  ///
  /// Only lines OpenCC may change are converted, all in one call
  /// (``ScriptConverter/simplified(lines:)``).
  ///
  /// - Parameter source: The decoded file.
  /// - Returns: The normalised lines and the dropped ones.
  public func normalise(_ source: SourceText) -> Result {
    let unannotated = source.lines.map { pinyin.removing(from: $0.text) }
    let start = ContinuousClock.now
    let simplified = converter.simplified(lines: unannotated)
    let conversionSeconds = Pipeline.StageTimings.seconds(since: start)
    var lines: [SourceLine] = []
    var dropped: [DroppedLine] = []
    for (original, text) in zip(source.lines, simplified) {
      let repaired = commas.repairing(text).trimmingWhitespace()
      if let rule = debris.debrisRule(for: repaired) {
        dropped.append(DroppedLine(line: original.number, rule: rule))
        continue
      }
      lines.append(SourceLine(number: original.number, text: repaired))
    }
    return Result(
      text: SourceText(file: source.file, lines: lines),
      dropped: dropped,
      conversionSeconds: conversionSeconds
    )
  }
}
