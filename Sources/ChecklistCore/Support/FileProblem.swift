/// Why a file could not be opened or read; each layer's error wraps it with the file's role
/// ("cannot read the tracker: it is a folder, not a regular file").
public enum FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// Nothing is at the path.
  case missing
  /// The user may not read (or write) it.
  case permissionDenied
  /// The path names something that is not a regular file.
  case notRegular(FileKind)
  /// The file holds more bytes than the limit for its role.
  case tooLarge(bytes: Int, limit: Int)
  /// Any other failure, as the system words it.
  case system(String)

  /// The reason, as the end of a sentence.
  public var description: String {
    switch self {
    case .missing: "no such file"
    case .permissionDenied: "permission denied"
    case .notRegular(let kind): "it is \(kind), not a regular file"
    case .tooLarge(let bytes, let limit): "it has \(bytes) bytes, more than the limit of \(limit)"
    case .system(let reason): reason
    }
  }
}
