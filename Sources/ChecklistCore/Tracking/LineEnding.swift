/// The line break that ends one line of a tracker, kept so that a rewrite reproduces it.
public enum LineEnding: String, Sendable, Hashable, CaseIterable {
  /// The last line of a file that does not end in a line break.
  case none = ""
  /// `\n`, as Unix and macOS write.
  case lf = "\n"
  /// `\r\n`, as Windows Notepad writes.
  case crlf = "\r\n"
  /// A lone `\r`, as classic Mac OS wrote.
  case cr = "\r"
}
