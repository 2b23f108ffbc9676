import Foundation

/// Turns `word/document.xml` into lines: each paragraph, and each table row, is one numbered
/// block, in document order, with Word's automatic numbering written back in front of it.
///
/// A block's number is its paragraph number (table rows count as one paragraph each), which is
/// what `file:line` means for a .docx. A soft line break (`w:br`) inside a paragraph splits it
/// into several lines under one number. A row's cells are joined with a tab and the paragraphs
/// of one cell with a space. Deleted text (`w:delText`), field codes and the fallback copy of a
/// text box (`mc:Fallback`) are left out; a text box's paragraphs become blocks of their own.
final class DocxBodyReader: XMLElementReader.Handler {
  /// One paragraph or table row.
  struct Block: Equatable {
    /// The lines, split at soft line breaks.
    var lines: [String]
  }

  private(set) var blocks: [Block] = []
  private var numbering: DocxNumbering

  private final class Paragraph {
    var text = ""
    var style: String?
    var numID: String?
    var level: Int?
  }

  private var paragraphs: [Paragraph] = []
  /// Open table rows, outermost first; each holds its cells' texts.
  private var rows: [[String]] = []
  private var propertiesDepth = 0
  private var fallbackDepth = 0
  private var inText = false

  /// Creates a reader that numbers paragraphs with `numbering`.
  ///
  /// - Parameter numbering: The document's list definitions.
  init(numbering: DocxNumbering) {
    self.numbering = numbering
  }

  func start(_ name: String, attributes: [String: String]) {
    if name == "Fallback" { fallbackDepth += 1 }
    guard fallbackDepth == 0 else { return }
    switch name {
    case "p": paragraphs.append(Paragraph())
    case "pPr": propertiesDepth += 1
    case "pStyle" where propertiesDepth > 0: paragraphs.last?.style = attributes["val"]
    case "numId" where propertiesDepth > 0: paragraphs.last?.numID = attributes["val"]
    case "ilvl" where propertiesDepth > 0:
      paragraphs.last?.level = attributes["val"].flatMap { Int($0) }
    case "t": inText = propertiesDepth == 0
    case "tab" where propertiesDepth == 0: paragraphs.last?.text += "\t"
    case "br", "cr": if propertiesDepth == 0 { paragraphs.last?.text += "\n" }
    case "noBreakHyphen": paragraphs.last?.text += "-"
    case "tr": rows.append([])
    case "tc": if !rows.isEmpty { rows[rows.count - 1].append("") }
    default: break
    }
  }

  func end(_ name: String) {
    if name == "Fallback" {
      fallbackDepth -= 1
      return
    }
    guard fallbackDepth == 0 else { return }
    switch name {
    case "t": inText = false
    case "pPr": propertiesDepth -= 1
    case "p": finishParagraph()
    case "tr":
      guard let row = rows.popLast() else { return }
      let text = row.joined(separator: "\t")
      if rows.isEmpty {
        blocks.append(Block(lines: [text]))
      } else {
        appendToCell(text)
      }
    default: break
    }
  }

  func characters(_ text: String) {
    guard inText, fallbackDepth == 0 else { return }
    paragraphs.last?.text += text
  }

  private func finishParagraph() {
    guard let paragraph = paragraphs.popLast() else { return }
    let direct = paragraph.numID.map { DocxNumbering.Reference(numID: $0, level: paragraph.level) }
    let label = numbering.label(direct: direct, style: paragraph.style) ?? ""
    let text = label + paragraph.text
    if rows.isEmpty {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      blocks.append(Block(lines: lines.map(String.init)))
    } else {
      appendToCell(text.replacingOccurrences(of: "\n", with: " "))
    }
  }

  private func appendToCell(_ text: String) {
    guard var row = rows.popLast() else { return }
    if row.isEmpty { row.append("") }
    let cell = row[row.count - 1]
    row[row.count - 1] = cell.isEmpty ? text : text.isEmpty ? cell : cell + " " + text
    rows.append(row)
  }
}
