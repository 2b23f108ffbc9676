/// Why an input file could not be read as a speech.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadable(file: String, reason: String)
  /// The file holds no text.
  case empty(file: String)
  /// The file is larger than the tool reads.
  case tooLarge(file: String, bytes: Int, limit: Int)
  /// The file is a binary format, not text.
  case binary(file: String, kind: String)
  /// A line is longer than ``Limits/maximumLineBytes``: the file has lost its line breaks, or is
  /// not text.
  case lineTooLong(file: String, line: Int, limit: Int)
  /// Every line of the file is site debris (menus, spam, copyright footers): no speech is left.
  case onlyDebris(file: String, lines: Int)
  /// The file holds more sentences than ``Limits/maximumUnitsPerFile``.
  case tooManyUnits(file: String, limit: Int)
  /// The file as a whole is in no encoding the tool accepts (UTF-16 without a byte-order mark,
  /// say).
  case undecodable(file: String, detail: String)
  /// A byte, or a character, at a place in the file is not valid in any encoding the tool
  /// accepts; the excerpt is the readable start of its line.
  case invalidBytes(SourceLocation, detail: String, excerpt: SourceExcerpt?)

  /// `file[:line[:column]]: error: message`, then, for a bad byte, the start of its line and a
  /// caret.
  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(file): error: cannot read the file: \(reason)"
    case .empty(let file):
      return "\(file): error: the file is empty; there is no speech to read"
    case .tooLarge(let file, let bytes, let limit):
      return
        "\(file): error: the file has \(bytes) bytes, more than the \(limit)-byte limit for one input"
    case .binary(let file, let kind):
      return "\(file): error: this is a binary file (\(kind)), not a text speech"
    case .lineTooLong(let file, let line, let limit):
      return
        "\(file):\(line): error: line \(line) is longer than \(limit) bytes, the limit for one line; "
        + "has the file lost its line breaks?"
    case .onlyDebris(let file, let lines):
      return
        "\(file): error: all \(lines) lines are web-page debris (spam, menus, footers); "
        + "there is no speech to read"
    case .tooManyUnits(let file, let limit):
      return
        "\(file): error: the file holds more than \(limit) sentences, the limit for one file; "
        + "split it into smaller files"
    case .undecodable(let file, let detail):
      return Diagnostic.text(file, detail)
    case .invalidBytes(let location, let detail, let excerpt):
      return Diagnostic.text(location.description, detail, excerpt: excerpt)
    }
  }
}
