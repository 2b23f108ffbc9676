/// The formats of the files the tool generates, each with the way an earlier output of the tool
/// is recognised, so that only those are replaced without `--force`.
///
/// Markdown and HTML carry ``marker`` (an HTML comment, invisible in both); a workbook carries
/// ``markerText`` in its document properties; a Word notice has the tool's own style sheet; a
/// CSV table is the tool's when its header row is the one about to be written; a todo.txt
/// export when every line ends with the `id:` tag the export writes; a calendar by its
/// `PRODID`.
public enum GeneratedFormat: Sendable, Hashable {
  /// A Markdown checklist or index.
  case markdown
  /// The HTML report.
  case html
  /// The decomposition table.
  case csv
  /// The todo.txt export.
  case todoTxt
  /// The iCalendar export.
  case iCalendar
  /// A workbook (the decomposition table, the ledger).
  case xlsx
  /// A Word notice (催办通知).
  case docx

  /// The words that mark a file as written by the tool.
  public static let markerText = "由 checklist 生成，再次生成时会被覆盖"

  /// The comment that marks a Markdown or HTML file as written by the tool.
  public static let marker = "<!-- \(markerText) -->"

  /// `text` with ``marker`` as its last line, for the formats that carry it.
  ///
  /// - Parameter text: The rendered text.
  /// - Returns: The text, marked where the format has a marker and the text lacks it.
  public func marked(_ text: String) -> String {
    switch self {
    case .markdown, .html:
      guard !text.contains(Self.marker) else { return text }
      return text + (text.isEmpty || text.hasSuffix("\n") ? "" : "\n") + Self.marker + "\n"
    case .csv, .todoTxt, .iCalendar, .xlsx, .docx:
      return text
    }
  }

  /// Whether `existing` is a file the tool wrote in this format.
  ///
  /// Such a file may be replaced by `replacement` without `--force`; an empty file is anybody's.
  ///
  /// - Parameters:
  ///   - existing: The bytes on disk.
  ///   - replacement: The bytes about to be written.
  ///   - path: The file on disk, from which an archive (.xlsx, .docx) is read.
  /// - Returns: `true` when replacing loses nothing the user wrote.
  public func wrote(_ existing: [UInt8], replacing replacement: [UInt8], at path: String) -> Bool {
    guard !existing.isEmpty else { return true }
    let text = String(decoding: existing, as: UTF8.self)
    switch self {
    case .markdown, .html:
      return text.contains(Self.marker)
    case .csv:
      let header = Self.firstLine(String(decoding: replacement, as: UTF8.self))
      return !header.isEmpty && Self.firstLine(text) == header
    case .todoTxt:
      return text.split(whereSeparator: \.isNewline).allSatisfy { line in
        guard let tag = line.split(separator: " ").last, tag.hasPrefix("id:") else { return false }
        return TrackerTask.isValidID(String(tag.dropFirst(3)))
      }
    case .iCalendar:
      return text.contains("PRODID:\(ICalendarRenderer.text(ICalendarRenderer.productID))")
    case .xlsx:
      guard existing.starts(with: [0x50, 0x4B]) else { return false }
      let properties = ArchivePart.bytes(of: "docProps/core.xml", inArchiveAt: path) ?? []
      return String(decoding: properties, as: UTF8.self).contains(Self.markerText)
    case .docx:
      guard existing.starts(with: [0x50, 0x4B]) else { return false }
      let styles = ArchivePart.bytes(of: "word/styles.xml", inArchiveAt: path) ?? []
      return styles == Array(DOCXWriter.styles.utf8)
    }
  }

  private static func firstLine(_ text: String) -> Substring {
    let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
    return body.prefix { !$0.isNewline }
  }
}
