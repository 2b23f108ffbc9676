internal import CXLSXWriter
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes ``XLSXTable``s as the sheets of one .xlsx workbook through libxlsxwriter.
///
/// Each sheet has its title merged across the columns, a bold header row with a grey fill,
/// frozen (with the title) and repeated at the top of every printed page, an autofilter on the
/// header, thin borders, wrapped text aligned to the top, the columns' widths, row heights
/// fitted to the wrapped text, and real date cells (`yyyy-mm-dd`). It prints as A4 landscape,
/// one page wide, with page numbers in the footer. Text cells are strings (never formulas) and
/// are neutralised like CSV fields (``XLSXTable/neutralised(_:)``).
///
/// libxlsxwriter saves the workbook to a temporary file of the system's; its bytes then go
/// through ``AtomicFile`` like every other output, so a failed run leaves nothing, a reader
/// never sees half a file, and the checks every write gets apply. The document properties carry
/// ``GeneratedFormat/markerText``, by which a later run knows the file for its own.
public struct XLSXWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// Writes `tables` to `path`.
  ///
  /// - Parameters:
  ///   - tables: The sheets, in order; at least one.
  ///   - path: The .xlsx file to write.
  ///   - policy: The run's inputs, `--force` and where notices go.
  /// - Throws: ``XLSXError`` when libxlsxwriter refuses a value, or the file is refused or
  ///   cannot be saved.
  public func write(
    _ tables: [XLSXTable],
    to path: String,
    policy: OutputPolicy = OutputPolicy()
  ) throws(XLSXError) {
    let bytes = try data(tables, for: path)
    do {
      try AtomicFile.write(bytes, to: path, what: "the workbook", format: .xlsx, policy: policy)
    } catch {
      throw .output(error)
    }
  }

  /// The bytes of the workbook of `tables`.
  ///
  /// - Parameters:
  ///   - tables: The sheets, in order; at least one.
  ///   - path: The file the workbook is meant for, for errors.
  /// - Returns: The .xlsx file's bytes.
  /// - Throws: ``XLSXError`` when libxlsxwriter refuses a value or cannot save.
  public func data(_ tables: [XLSXTable], for path: String) throws(XLSXError) -> [UInt8] {
    let temporary = (NSTemporaryDirectory() as NSString)
      .appendingPathComponent(TemporaryFile.name(for: (path as NSString).lastPathComponent))
    defer { unlink(temporary) }
    let workbook = try Workbook(path: temporary, file: path)
    var names: Set<String> = []
    for table in tables {
      let sheetName = Self.sheetName(table.name, taken: &names)
      try workbook.add(table, named: sheetName)
    }
    try workbook.close()
    do {
      return try RegularFile.read(temporary, limit: Int.max)
    } catch {
      throw .writeFailed(file: path, operation: "save", reason: error.description)
    }
  }

  /// A valid, unique sheet name: no `[]:*?/\`, at most 31 characters, not taken.
  static func sheetName(_ wanted: String, taken: inout Set<String>) -> String {
    var base = String(wanted.map { "[]:*?/\\".contains($0) ? "_" : $0 })
    base = base.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
    if base.isEmpty { base = "Sheet" }
    var candidate = String(base.prefix(31))
    var number = 2
    while taken.contains(candidate.lowercased()) {
      let suffix = "(\(number))"
      candidate = String(base.prefix(31 - suffix.count)) + suffix
      number += 1
    }
    taken.insert(candidate.lowercased())
    return candidate
  }
}

// MARK: - Workbook

extension XLSXWriter {
  /// The one owner of a libxlsxwriter workbook: `close()` saves and frees it, and a workbook
  /// never closed (after an error) is freed without writing anything.
  fileprivate final class Workbook {
    private let pointer: UnsafeMutablePointer<lxw_workbook>
    private let file: String
    private var closed = false
    private var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]

    /// The marker for the document properties, kept until the workbook is saved.
    private let comments: UnsafeMutablePointer<CChar>?

    init(path: String, file: String) throws(XLSXError) {
      guard let pointer = workbook_new(path) else {
        throw .writeFailed(file: file, operation: "create", reason: "libxlsxwriter refused")
      }
      self.pointer = pointer
      self.file = file
      comments = strdup(GeneratedFormat.markerText)
      var properties = lxw_doc_properties()
      properties.comments = comments
      workbook_set_properties(pointer, &properties)
    }

    deinit {
      if !closed { lxw_workbook_free(pointer) }
      free(comments)
    }

    func close() throws(XLSXError) {
      closed = true
      let status = workbook_close(pointer)
      guard status == LXW_NO_ERROR else {
        throw .writeFailed(
          file: file,
          operation: "save",
          reason: String(cString: lxw_strerror(status))
        )
      }
    }

    func add(_ table: XLSXTable, named name: String) throws(XLSXError) {
      guard let sheet = workbook_add_worksheet(pointer, name) else {
        throw .writeFailed(file: file, operation: "add sheet \(name)", reason: "refused")
      }
      let lastColumn = lxw_col_t(max(0, table.columns.count - 1))
      let lastRow = lxw_row_t(table.rows.count + 1)
      // Title and header.
      if table.columns.count > 1 {
        try check(
          worksheet_merge_range(sheet, 0, 0, 0, lastColumn, table.title, format(.title)),
          "title"
        )
      } else {
        try check(worksheet_write_string(sheet, 0, 0, table.title, format(.title)), "title")
      }
      worksheet_set_row(sheet, 0, 32, nil)
      for (index, column) in table.columns.enumerated() {
        let col = lxw_col_t(index)
        worksheet_set_column(sheet, col, col, column.width, nil)
        try check(
          worksheet_write_string(sheet, 1, col, column.header, format(.header)),
          "header"
        )
      }
      worksheet_set_row(sheet, 1, 20, nil)
      // Data.
      for (offset, row) in table.rows.enumerated() {
        let rowIndex = lxw_row_t(offset + 2)
        for (index, cell) in row.cells.enumerated() where index < table.columns.count {
          try write(cell, to: sheet, row: rowIndex, column: lxw_col_t(index), fill: row.fill)
        }
        for index in row.cells.count..<table.columns.count {
          worksheet_write_blank(sheet, rowIndex, lxw_col_t(index), format(.text, row.fill))
        }
        worksheet_set_row(sheet, rowIndex, Self.height(of: row, columns: table.columns), nil)
      }
      // Screen and print.
      worksheet_freeze_panes(sheet, 2, 0)
      if !table.rows.isEmpty {
        worksheet_autofilter(sheet, 1, 0, lastRow, lastColumn)
      }
      worksheet_set_landscape(sheet)
      worksheet_set_paper(sheet, 9)  // A4
      worksheet_fit_to_pages(sheet, 1, 0)
      worksheet_repeat_rows(sheet, 1, 1)
      worksheet_set_margins(sheet, 0.4, 0.4, 0.6, 0.6)
      worksheet_set_footer(sheet, "&C第 &P 页，共 &N 页")
      worksheet_center_horizontally(sheet)
    }

    private func write(
      _ cell: XLSXTable.Cell,
      to sheet: UnsafeMutablePointer<lxw_worksheet>,
      row: lxw_row_t,
      column: lxw_col_t,
      fill: XLSXTable.Fill
    ) throws(XLSXError) {
      switch cell {
      case .text(let text):
        let safe = XLSXTable.neutralised(Self.fitted(text))
        try check(worksheet_write_string(sheet, row, column, safe, format(.text, fill)), "cell")
      case .date(let day):
        var value = lxw_datetime(
          year: Int32(day.year),
          month: Int32(day.month),
          day: Int32(day.day),
          hour: 0,
          min: 0,
          sec: 0
        )
        try check(
          worksheet_write_datetime(sheet, row, column, &value, format(.date, fill)),
          "date cell"
        )
      case .number(let number):
        try check(
          worksheet_write_number(sheet, row, column, Double(number), format(.number, fill)),
          "number cell"
        )
      case .empty:
        worksheet_write_blank(sheet, row, column, format(.text, fill))
      }
    }

    private func check(_ status: lxw_error, _ operation: String) throws(XLSXError) {
      guard status == LXW_NO_ERROR else {
        throw .writeFailed(
          file: file,
          operation: operation,
          reason: String(cString: lxw_strerror(status))
        )
      }
    }

    fileprivate enum Kind: String {
      case title, header, text, date, number
    }

    /// The format for a kind of cell and a fill, made once per workbook.
    private func format(_ kind: Kind, _ fill: XLSXTable.Fill = .none) -> UnsafeMutablePointer<
      lxw_format
    >? {
      let key = "\(kind.rawValue)/\(fill.rawValue)"
      if let made = formats[key] { return made }
      guard let made = workbook_add_format(pointer) else { return nil }
      format_set_font_name(made, "宋体")
      format_set_font_size(made, 11)
      switch kind {
      case .title:
        format_set_bold(made)
        format_set_font_size(made, 16)
        format_set_align(made, UInt8(LXW_ALIGN_CENTER.rawValue))
        format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        format_set_text_wrap(made)
      case .header:
        format_set_bold(made)
        format_set_bg_color(made, 0xD9D9D9)
        format_set_border(made, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_align(made, UInt8(LXW_ALIGN_CENTER.rawValue))
        format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        format_set_text_wrap(made)
      case .text, .date, .number:
        format_set_border(made, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        format_set_text_wrap(made)
        if kind != .text { format_set_align(made, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        if kind == .date { format_set_num_format(made, "yyyy-mm-dd") }
        switch fill {
        case .none: break
        case .overdue: format_set_bg_color(made, 0xFFC7CE)
        case .dueSoon: format_set_bg_color(made, 0xFFEB9C)
        case .done: format_set_bg_color(made, 0xC6EFCE)
        }
      }
      formats[key] = made
      return made
    }

    /// Excel's limit for one cell is 32,767 characters; a longer text is cut and says so.
    private static func fitted(_ text: String) -> String {
      let limit = 32_767
      guard text.utf16.count > limit else { return text }
      let marker = "…（超出单元格上限，已截断）"
      var cut = ""
      var units = 0
      for character in text {
        units += character.utf16.count
        if units > limit - marker.utf16.count { break }
        cut.append(character)
      }
      return cut + marker
    }

    /// Points for a row whose text wraps in its columns: 15 a line, as Excel's default font.
    static func height(of row: XLSXTable.Row, columns: [XLSXTable.Column]) -> Double {
      var lines = 1
      for (cell, column) in zip(row.cells, columns) {
        guard case .text(let text) = cell else { continue }
        let width = text.unicodeScalars.reduce(0.0) { $0 + ($1.value < 0x1100 ? 0.9 : 1.6) }
        let perLine = max(1.0, column.width - 1)
        lines = max(lines, Int((width / perLine).rounded(.up)))
      }
      return Double(min(lines, 27)) * 15 + 3
    }
  }
}
