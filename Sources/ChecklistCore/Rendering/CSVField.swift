/// The one escaper for CSV cells: neutralised for spreadsheets (``SpreadsheetText``), then
/// quoted as RFC 4180 says when it holds a comma, a quote or a line break.
public enum CSVField {
  /// One cell as it goes between the commas of a row.
  ///
  /// - Parameter text: The cell's text.
  /// - Returns: The field.
  public static func escaped(_ text: String) -> String {
    let field = SpreadsheetText.neutralised(text)
    guard
      field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
