import Foundation

/// Word's automatic numbering (`word/numbering.xml`, and the numbering that paragraph styles in
/// `word/styles.xml` carry), replayed over a document's paragraphs in order.
///
/// Word does not store the 一、 （一） 1. it shows: a paragraph names a list (`w:numId`) and a
/// level (`w:ilvl`), and the number is counted as the document is laid out. The items and
/// their subjects depend on those markers, so the reader writes them back into the text.
///
/// Counters belong to the abstract list that a `w:num` points to, so two lists that share one
/// go on counting, as in Word; a `w:startOverride` restarts its level the first time its list is
/// used. Counting a level resets every deeper level.
struct DocxNumbering {
  /// One level of an abstract list.
  struct Level: Equatable {
    var start = 1
    var format = DocxNumberFormat(name: "decimal")
    /// `%1、`, `（%2）`, `%1.%2.`: the text with placeholders for the levels' counters.
    var text = ""
    /// The paragraph style bound to the level, if any.
    var style: String?
  }

  /// A paragraph's reference to a list.
  struct Reference: Equatable {
    var numID: String
    var level: Int?
  }

  private(set) var abstractLevels: [String: [Int: Level]] = [:]
  /// `w:num` → its abstract list, and the levels it restarts (with their start values).
  private(set) var lists: [String: (abstract: String, overrides: [Int: Int])] = [:]
  /// Paragraph style → the list it numbers with, and the style it is based on.
  private(set) var styles: [String: (reference: Reference?, basedOn: String?)] = [:]

  private var counters: [String: [Int: Int]] = [:]
  private var restarted: Set<String> = []

  /// The numbering of a document without `numbering.xml`: none.
  init() {}

  /// Reads the definitions.
  ///
  /// - Parameters:
  ///   - numbering: The bytes of `word/numbering.xml`, if the document has one.
  ///   - styles: The bytes of `word/styles.xml`, if the document has one.
  /// - Returns: The numbering, or what went wrong and in which part.
  static func read(numbering: [UInt8]?, styles: [UInt8]?) -> Result<DocxNumbering, PartFailure> {
    var result = DocxNumbering()
    if let numbering {
      let reader = DefinitionsReader()
      if let failure = XMLElementReader.parse(Data(numbering), handler: reader) {
        return .failure(PartFailure(part: "word/numbering.xml", detail: failure))
      }
      result.abstractLevels = reader.abstractLevels
      result.lists = reader.lists
    }
    if let styles {
      let reader = StylesReader()
      if let failure = XMLElementReader.parse(Data(styles), handler: reader) {
        return .failure(PartFailure(part: "word/styles.xml", detail: failure))
      }
      result.styles = reader.styles
    }
    return .success(result)
  }

  /// A part that did not parse.
  struct PartFailure: Error {
    var part: String
    var detail: String
  }

  /// Counts one paragraph and gives its marker (`一、`), or `nil` when it is not numbered.
  ///
  /// - Parameters:
  ///   - direct: The paragraph's own `w:numPr`, if it has one (`numId` 0 switches numbering
  ///     off).
  ///   - style: The paragraph's style id.
  /// - Returns: The marker text; empty for a bullet.
  mutating func label(direct: Reference?, style: String?) -> String? {
    guard let reference = direct ?? styleReference(style) else { return nil }
    guard reference.numID != "0", let list = lists[reference.numID],
      let levels = abstractLevels[list.abstract]
    else { return nil }
    let level =
      reference.level ?? levels.first(where: { $0.value.style == style && style != nil })?.key ?? 0
    guard let definition = levels[level] else { return nil }
    var counts = counters[list.abstract] ?? [:]
    let key = "\(reference.numID)/\(level)"
    if let start = list.overrides[level], !restarted.contains(key) {
      restarted.insert(key)
      counts[level] = start
    } else if let current = counts[level] {
      counts[level] = current + 1
    } else {
      counts[level] = definition.start
    }
    for deeper in counts.keys where deeper > level { counts[deeper] = nil }
    counters[list.abstract] = counts
    if definition.format.isBullet { return "" }
    return Self.expand(definition.text, counts: counts, levels: levels)
  }
}

// MARK: - Helpers

extension DocxNumbering {
  private func styleReference(_ style: String?) -> Reference? {
    var current = style
    var seen: Set<String> = []
    while let name = current, !seen.contains(name), let entry = styles[name] {
      if let reference = entry.reference { return reference }
      seen.insert(name)
      current = entry.basedOn
    }
    return nil
  }

  /// `%1、` with level 1's counter in level 1's format; a level not yet counted shows its start.
  fileprivate static func expand(_ text: String, counts: [Int: Int], levels: [Int: Level])
    -> String
  {
    var result = ""
    var characters = text.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        result.append(character)
        continue
      }
      guard let digit = characters.next() else { break }
      guard let number = digit.wholeNumberValue, number >= 1, number <= 9 else {
        result.append(character)
        result.append(digit)
        continue
      }
      let level = number - 1
      let definition = levels[level] ?? Level()
      result += definition.format.format(counts[level] ?? definition.start)
    }
    return result
  }
}

// MARK: - Readers

extension DocxNumbering {
  /// Collects `w:abstractNum` levels and `w:num` instances from `numbering.xml`.
  fileprivate final class DefinitionsReader: XMLElementReader.Handler {
    var abstractLevels: [String: [Int: Level]] = [:]
    var lists: [String: (abstract: String, overrides: [Int: Int])] = [:]
    private var abstract: String?
    private var level: Int?
    private var current = Level()
    private var num: String?
    private var overrideLevel: Int?

    func start(_ name: String, attributes: [String: String]) {
      switch name {
      case "abstractNum": abstract = attributes["abstractNumId"]
      case "lvl":
        level = attributes["ilvl"].flatMap { Int($0) }
        current = Level()
      case "start" where level != nil && abstract != nil:
        current.start = attributes["val"].flatMap { Int($0) } ?? 1
      case "numFmt" where level != nil:
        current.format = DocxNumberFormat(name: attributes["val"] ?? "decimal")
      case "lvlText" where level != nil: current.text = attributes["val"] ?? ""
      case "pStyle" where level != nil: current.style = attributes["val"]
      case "num": num = attributes["numId"]
      case "abstractNumId":
        if let num, let value = attributes["val"] { lists[num] = (value, [:]) }
      case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap { Int($0) }
      case "startOverride":
        if let num, let overrideLevel, let value = attributes["val"].flatMap({ Int($0) }) {
          lists[num]?.overrides[overrideLevel] = value
        }
      default: break
      }
    }

    func end(_ name: String) {
      switch name {
      case "lvl":
        if let abstract, let level, abstract != "", level >= 0, level < 9 {
          abstractLevels[abstract, default: [:]][level] = current
        }
        level = nil
      case "abstractNum": abstract = nil
      case "num": num = nil
      case "lvlOverride": overrideLevel = nil
      default: break
      }
    }

    func characters(_ text: String) {}
  }

  /// Collects the numbering and `w:basedOn` of each paragraph style in `styles.xml`.
  fileprivate final class StylesReader: XMLElementReader.Handler {
    var styles: [String: (reference: Reference?, basedOn: String?)] = [:]
    private var style: String?
    private var basedOn: String?
    private var numID: String?
    private var level: Int?

    func start(_ name: String, attributes: [String: String]) {
      switch name {
      case "style":
        style = attributes["type"] == "paragraph" ? attributes["styleId"] : nil
        basedOn = nil
        numID = nil
        level = nil
      case "basedOn" where style != nil: basedOn = attributes["val"]
      case "numId" where style != nil: numID = attributes["val"]
      case "ilvl" where style != nil: level = attributes["val"].flatMap { Int($0) }
      default: break
      }
    }

    func end(_ name: String) {
      guard name == "style", let style else { return }
      styles[style] = (numID.map { Reference(numID: $0, level: level) }, basedOn)
      self.style = nil
    }

    func characters(_ text: String) {}
  }
}
