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
  /// The bytes are not valid in any encoding the tool accepts.
  case undecodable(file: String, line: Int, column: Int, detail: String)

  /// `file[:line:column]: error: message`.
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
    case .undecodable(let file, let line, let column, let detail):
      return "\(file):\(line):\(column): error: \(detail)"
    }
  }
}
