import Foundation

/// The page layout `pdftotext -bbox-layout` gives: pages of blocks of lines of words, each
/// with its box, read with ``XMLElementReader``.
///
/// Paragraphs are put back together from it (``paragraphs()``): a block is a paragraph or
/// several; inside one, a line that stops short of the right margin and ends a sentence (or
/// stops a quarter of the width short) ends a paragraph, and a line that is indented or opens
/// with an item marker (一、 （一） 1.) starts one. A paragraph whose
/// last line on a page runs to the margin goes on at the top of the next page.
public struct PDFLayout: Sendable {
  /// One word and where it stands.
  struct Word: Sendable {
    var text: String
    var xMin: Double
    var xMax: Double
  }

  /// One line of words.
  struct Line: Sendable {
    var words: [Word] = []
    var xMin = 0.0
    var xMax = 0.0
    var height = 0.0
  }

  /// A block of lines, as poppler grouped them.
  struct Block: Sendable {
    var lines: [Line] = []
  }

  /// The pages, each a list of blocks in reading order.
  private(set) var pages: [[Block]] = []

  /// Reads the layout from pdftotext's XHTML.
  ///
  /// - Parameter xhtml: `pdftotext -bbox-layout` output.
  /// - Returns: The layout, or what was wrong with the XHTML.
  public static func read(_ xhtml: Data) -> Result<PDFLayout, PDFLayoutError> {
    // The XHTML starts with a DOCTYPE that the XML reader (rightly) refuses; the document
    // proper starts at <html.
    let start = xhtml.range(of: Data("<html".utf8))?.lowerBound ?? xhtml.startIndex
    let reader = Collector()
    if let failure = XMLElementReader.parse(xhtml[start...], handler: reader) {
      return .failure(PDFLayoutError(detail: failure))
    }
    var layout = PDFLayout()
    layout.pages = reader.pages
    return .success(layout)
  }

  /// One paragraph per line, numbered 1, 2, 3 … in reading order.
  ///
  /// - Returns: The paragraphs.
  public func paragraphs() -> [String] {
    var paragraphs: [String] = []
    var open: String?
    var carried = false
    for page in pages {
      let lines = page.flatMap(\.lines)
      guard let right = lines.map(\.xMax).max(), let left = lines.map(\.xMin).min() else {
        continue
      }
      for (blockIndex, block) in page.enumerated() {
        for (lineIndex, line) in block.lines.enumerated() {
          let text = Self.text(of: line)
          let indented = line.xMin > left + line.height * 0.9
          let startsBlock = lineIndex == 0 && !(carried && blockIndex == 0 && !indented)
          if startsBlock || indented || ItemMarker.leading(in: text) != nil, let finished = open {
            paragraphs.append(finished)
            open = nil
          }
          open = open.map { Self.joined($0, text) } ?? text
          carried = false
          // Chinese line breaking leaves a full line up to two or three characters short, so a
          // short line ends its paragraph only when it also ends a sentence, or is far short.
          let shortBy = right - line.xMax
          let endsSentence = text.unicodeScalars.last.map(Self.closings.contains) ?? false
          if shortBy > line.height * 1.5 && endsSentence || shortBy > (right - left) / 4,
            let finished = open
          {
            paragraphs.append(finished)
            open = nil
          }
        }
        if blockIndex < page.count - 1, let finished = open {
          paragraphs.append(finished)
          open = nil
        }
      }
      // Whatever is open at the foot of the page ran to the margin: it may go on overleaf,
      // unless it ended a sentence.
      if let last = open?.unicodeScalars.last, Self.sentenceEnds.contains(last), let finished = open
      {
        paragraphs.append(finished)
        open = nil
      }
      carried = open != nil
    }
    if let finished = open { paragraphs.append(finished) }
    return paragraphs
  }

  /// Why the layout could not be read.
  public struct PDFLayoutError: Error, Sendable {
    /// What was wrong, with the line and column.
    public var detail: String
  }
}

// MARK: - Helpers

extension PDFLayout {
  fileprivate static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？；：!?;:".unicodeScalars)
  fileprivate static let closings: Set<Unicode.Scalar> = Set("。！？；：!?;:”’）)》」』…".unicodeScalars)

  /// The words of a line joined: Chinese next to Latin letters and digits without a space
  /// (poppler splits words where the font changes, `9 月 9 日`), others with one where the gap
  /// between them is a space wide.
  fileprivate static func text(of line: Line) -> String {
    var text = ""
    var previous: Word?
    for word in line.words {
      if let before = previous, let last = before.text.unicodeScalars.last,
        let first = word.text.unicodeScalars.first
      {
        let gap = word.xMin - before.xMax
        let mixed =
          (isChinese(last) && isLatinAlphanumeric(first))
          || (isLatinAlphanumeric(last) && isChinese(first))
        let latin = isLatinAlphanumeric(last) && isLatinAlphanumeric(first)
        if !mixed, gap > line.height * (latin ? 0.1 : 0.15) { text += " " }
      }
      text += word.text
      previous = word
    }
    return text
  }

  /// Two lines of one paragraph: Chinese directly, Latin with a space, a hyphen taken out.
  fileprivate static func joined(_ left: String, _ right: String) -> String {
    guard let last = left.unicodeScalars.last, let first = right.unicodeScalars.first else {
      return left + right
    }
    if isLatinAlphanumeric(first) && (isLatinAlphanumeric(last) || last == "," || last == ".") {
      return left + " " + right
    }
    if last == "-", isLatinAlphanumeric(first) { return String(left.dropLast()) + right }
    return left + right
  }

  fileprivate static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
    (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
  }

  fileprivate static func isLatinAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
  }

  /// Builds pages from the XHTML's elements.
  fileprivate final class Collector: XMLElementReader.Handler {
    var pages: [[Block]] = []
    private var line: Line?
    private var word: Word?

    func start(_ name: String, attributes: [String: String]) {
      let number = { (key: String) in attributes[key].flatMap(Double.init) ?? 0 }
      switch name {
      case "page": pages.append([])
      case "block": if !pages.isEmpty { pages[pages.count - 1].append(Block()) }
      case "line":
        line = Line(
          xMin: number("xMin"),
          xMax: number("xMax"),
          height: number("yMax") - number("yMin")
        )
      case "word": word = Word(text: "", xMin: number("xMin"), xMax: number("xMax"))
      default: break
      }
    }

    func end(_ name: String) {
      switch name {
      case "word":
        if let word { line?.words.append(word) }
        word = nil
      case "line":
        if let line, !line.words.isEmpty, let page = pages.indices.last,
          let block = pages[page].indices.last
        {
          pages[page][block].lines.append(line)
        }
        line = nil
      default: break
      }
    }

    func characters(_ text: String) {
      word?.text += text
    }
  }
}
