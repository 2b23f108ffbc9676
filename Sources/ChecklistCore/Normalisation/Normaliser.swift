/// The normalisation stage: stray markup and pinyin annotations removed, traditional script
/// simplified, stray commas repaired and site debris dropped, line by line so every line keeps
/// its number.
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
  }

  private let converter: ScriptConverter
  private let markup = MarkupTags()
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

  /// Normalises a decoded file: ``simplified(_:)`` then ``cleaned(_:)``.
  ///
  /// - Parameter source: The decoded file.
  /// - Returns: The normalised lines and the dropped ones.
  public func normalise(_ source: SourceText) -> Result {
    cleaned(simplified(source))
  }

  /// The first step: stray markup and pinyin annotations removed, traditional script
  /// simplified.
  ///
  /// Only lines OpenCC may change are converted, all in one call
  /// (``ScriptConverter/simplified(lines:)``). The step is separate so that a caller can time
  /// the conversion, the costly part, on its own.
  ///
  /// - Parameter source: The decoded file.
  /// - Returns: The same lines, simplified, each with its number.
  public func simplified(_ source: SourceText) -> SourceText {
    let unannotated = source.lines.map { pinyin.removing(from: markup.removing(from: $0.text)) }
    let simplified = converter.simplified(lines: unannotated)
    return SourceText(
      file: source.file,
      lines: zip(source.lines, simplified).map { SourceLine(number: $0.number, text: $1) }
    )
  }

  /// The second step: stray commas repaired, white space trimmed, site debris dropped.
  ///
  /// - Parameter simplified: What ``simplified(_:)`` gave.
  /// - Returns: The normalised lines and the dropped ones.
  public func cleaned(_ simplified: SourceText) -> Result {
    var lines: [SourceLine] = []
    var dropped: [DroppedLine] = []
    for line in simplified.lines {
      let repaired = commas.repairing(line.text).trimmingWhitespace()
      if let rule = debris.debrisRule(for: repaired) {
        dropped.append(DroppedLine(line: line.number, rule: rule))
        continue
      }
      lines.append(SourceLine(number: line.number, text: repaired))
    }
    return Result(text: SourceText(file: simplified.file, lines: lines), dropped: dropped)
  }
}
