import Foundation

/// Why a shipped resource folder could not be found.
public enum ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder the user named does not hold the expected file.
  case missingInOverride(folder: String, file: String)
  /// The folder the user named (to hold `file`) does not exist.
  case missingFolder(String, file: String)
  /// The path the user named as a folder (to hold `file`) is a file.
  case notAFolder(String, file: String)
  /// No folder was found in any of the searched places, and the built-in copy could not be
  /// unpacked (`builtIn` says why).
  case notFound(file: String, searched: [String], builtIn: String)
  /// The shipped rules could not be copied into a folder (`checklist rules init`).
  case cannotCopy(folder: String, reason: String)

  /// `path: error: message`.
  public var description: String {
    switch self {
    case .missingInOverride(let folder, let file):
      return "\(folder): error: the folder has no \(file) (given with \(Self.option(for: file)))"
    case .missingFolder(let folder, let file):
      return "\(folder): error: no such folder (given with \(Self.option(for: file)))"
    case .notAFolder(let folder, let file):
      return "\(folder): error: this is a file, not a folder (given with \(Self.option(for: file)))"
    case .notFound(let file, let searched, let builtIn):
      return
        "error: cannot find \(file) beside the executable, and \(builtIn); pass the folder "
        + "with \(Self.option(for: file)) DIR (searched \(searched.joined(separator: ", ")))"
    case .cannotCopy(let folder, let reason):
      return "\(folder): error: cannot copy the shipped rules here: \(reason)"
    }
  }

  /// The option that names the folder holding `file`.
  private static func option(for file: String) -> String {
    let name = (file as NSString).lastPathComponent
    return name.hasSuffix(".mustache") ? "--templates" : "--rules"
  }
}
