/// One worksheet of a workbook the tool writes: a title row, a header row and data rows, laid
/// out for print (A4 landscape, fitted to the width, the header repeated on every page).
///
/// This is the finished model ``XLSXWriter`` renders; the task table (``ChecklistBook``) and
/// the tracker's ledger (``TrackerStatus``) are turned into it.
public struct XLSXTable: Sendable, Equatable {
  /// A column: its header and width.
  public struct Column: Sendable, Equatable {
    /// The header text.
    public var header: String
    /// The width in Excel's character units (a Chinese character takes about two).
    public var width: Double

    /// Creates a column.
    ///
    /// - Parameters:
    ///   - header: The header text.
    ///   - width: The width in character units.
    public init(_ header: String, width: Double) {
      self.header = header
      self.width = width
    }
  }

  /// One cell's value.
  public enum Cell: Sendable, Equatable {
    /// Text; written as a string, never as a formula.
    case text(String)
    /// A day, written as a real date cell (`yyyy-mm-dd`), so that Excel sorts and filters it.
    case date(CalendarDate)
    /// A whole number.
    case number(Int)
    /// Nothing.
    case empty
  }

  /// The background of a row, for the ledger's states.
  public enum Fill: String, Sendable, Equatable {
    /// No fill.
    case none
    /// Overdue: red.
    case overdue
    /// Due soon: yellow.
    case dueSoon
    /// Done: green.
    case done
  }

  /// One data row.
  public struct Row: Sendable, Equatable {
    /// The cells, one per column.
    public var cells: [Cell]
    /// The row's fill.
    public var fill: Fill

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - cells: The cells, one per column.
    ///   - fill: The fill.
    public init(_ cells: [Cell], fill: Fill = .none) {
      self.cells = cells
      self.fill = fill
    }
  }

  /// The sheet's name (Excel allows 31 characters, without `[]:*?/\`).
  public var name: String
  /// The title row's text, merged across the columns.
  public var title: String
  /// The columns.
  public var columns: [Column]
  /// The data rows.
  public var rows: [Row]

  /// Creates a table.
  ///
  /// - Parameters:
  ///   - name: The sheet's name; made valid and unique when written.
  ///   - title: The title row's text.
  ///   - columns: The columns.
  ///   - rows: The data rows.
  public init(name: String, title: String, columns: [Column], rows: [Row]) {
    self.name = name
    self.title = title
    self.columns = columns
    self.rows = rows
  }

  /// `text` made safe for a spreadsheet cell by the guard the CSV table uses too
  /// (``SpreadsheetText/neutralised(_:)``): a leading `=`, `+`, `-`, `@`, tab or carriage
  /// return (which a spreadsheet may take for a formula) gets a `'` in front.
  ///
  /// - Parameter text: The cell's text.
  /// - Returns: The text, neutralised where needed.
  public static func neutralised(_ text: String) -> String {
    SpreadsheetText.neutralised(text)
  }
}
