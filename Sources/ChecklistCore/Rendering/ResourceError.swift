/// Why a shipped resource folder could not be found.
public enum ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder the user named does not hold the expected file.
  case missingInOverride(folder: String, file: String)
  /// The folder the user named does not exist.
  case missingFolder(String)
  /// The path the user named as a folder is a file.
  case notAFolder(String)
  /// No folder was found in any of the searched places.
  case notFound(file: String, searched: [String])

  /// `path: error: message`.
  public var description: String {
    switch self {
    case .missingInOverride(let folder, let file):
      return "\(folder): error: the folder has no \(file)"
    case .missingFolder(let folder):
      return "\(folder): error: no such folder"
    case .notAFolder(let folder):
      return "\(folder): error: this is a file, not a folder"
    case .notFound(let file, let searched):
      return
        "error: cannot find \(file) beside the executable; pass the folder explicitly "
        + "(searched \(searched.joined(separator: ", ")))"
    }
  }
}
