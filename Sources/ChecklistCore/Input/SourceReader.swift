/// The input stage: a file read in its format (``DocumentReader``: text decoded by
/// ``InputDecoder``, Word, PDF) and, when it is a web page, reduced to the text a reader sees
/// (``HTMLText``).
///
/// Everything after this stage sees lines of text with their original numbers, whatever the
/// file was.
public struct SourceReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads the file at `path` in its format, decoding text and reducing HTML.
  ///
  /// - Parameter path: The file's path as the user gave it; used in errors and records.
  /// - Returns: The file's lines.
  /// - Throws: ``InputError`` or ``DocumentError`` naming the file.
  public func read(path: String) throws -> SourceText {
    try DocumentReader().read(path: path)
  }

  /// The lines of text that is already decoded: HTML reduced, anything else split into lines.
  ///
  /// - Parameters:
  ///   - decoded: The decoded file.
  ///   - file: The file's name; an `.html` or `.htm` extension makes it a page.
  /// - Returns: The file's lines.
  public func text(decoded: String, file: String) -> SourceText {
    HTMLText.isHTML(decoded, path: file)
      ? HTMLText().reduce(decoded, file: file) : SourceText(file: file, text: decoded)
  }
}
