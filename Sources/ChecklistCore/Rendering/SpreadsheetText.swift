/// The one guard for text that a spreadsheet opens (the CSV table, and the .xlsx workbook):
/// a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return could be taken for a
/// formula (OWASP "CSV injection"), so it gets a `'` in front, which Excel and LibreOffice show
/// and never evaluate.
///
/// A cell that already starts with `'` gets one more, so that ``restored(_:)`` undoes the guard
/// exactly, whatever the text.
public enum SpreadsheetText {
  /// The characters that make a spreadsheet read a cell as a formula.
  public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// `text` safe for a spreadsheet cell.
  ///
  /// - Parameter text: The cell's text.
  /// - Returns: The text, with a `'` in front where it could pass for a formula.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, formulaStarts.contains(first) || first == "'"
    else { return text }
    return "'" + text
  }

  /// The text a neutralised cell stands for.
  ///
  /// - Parameter cell: A cell as ``neutralised(_:)`` wrote it.
  /// - Returns: The original text.
  public static func restored(_ cell: String) -> String {
    guard cell.unicodeScalars.first == "'", let second = cell.unicodeScalars.dropFirst().first,
      formulaStarts.contains(second) || second == "'"
    else { return cell }
    return String(cell.unicodeScalars.dropFirst())
  }
}
