import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string.
///
/// Only names a route asks for are ever read, and only as strings; nothing here reaches a file
/// path. A name given twice keeps its first value.
struct FormFields: Sendable, Equatable {
  private var values: [String: String] = [:]

  /// Reads `a=1&b=%E5%8D%AB+x`: `+` is a space, `%XX` a byte of UTF-8.
  init(_ encoded: String) {
    for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = parts.first.flatMap({ Self.decode($0) }) else { continue }
      let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
      if values[name] == nil { values[name] = value }
    }
  }

  /// The value of `name`, or `""` when the form has none.
  subscript(_ name: String) -> String {
    values[name] ?? ""
  }

  private static func decode(_ text: Substring) -> String? {
    String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }
}
