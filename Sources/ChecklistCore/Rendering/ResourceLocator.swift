import Foundation

/// Finds the shipped `rules/` and `templates/` folders beside the executable, never in the
/// current folder, so the tool behaves the same wherever it is run from.
///
/// Looked for, in order: the folder the user gave; `<exe dir>/../share/checklist/<name>` (an
/// installed layout); then each parent of the executable's folder (a build inside the package:
/// `.build/debug/checklist` → the package root).
public enum ResourceLocator {
  /// The rules folder to use.
  ///
  /// - Parameter override: The folder from `--rules`, if given.
  /// - Returns: The folder's path.
  /// - Throws: ``ResourceError`` when no folder holds the shipped rules.
  public static func rulesDirectory(override: String? = nil) throws(ResourceError) -> String {
    try locate("rules", marker: "departments.yaml", override: override)
  }

  /// The templates folder to use.
  ///
  /// - Parameter override: The folder from `--templates`, if given.
  /// - Returns: The folder's path.
  /// - Throws: ``ResourceError`` when no folder holds the shipped templates.
  public static func templatesDirectory(override: String? = nil) throws(ResourceError) -> String {
    try locate("templates", marker: "checklist.md.mustache", override: override)
  }

  private static func locate(_ name: String, marker: String, override: String?) throws(ResourceError) -> String {
    let manager = FileManager.default
    if let override {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: override, isDirectory: &isDirectory), isDirectory.boolValue
      else { throw .notAFolder(override) }
      return override
    }
    var candidates: [URL] = []
    let executable = executableURL().resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    candidates.append(folder.appendingPathComponent("../share/checklist/\(name)").standardized)
    for _ in 0..<Self.searchDepth {
      candidates.append(folder.appendingPathComponent(name))
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { break }
      folder = parent
    }
    for candidate in candidates
    where manager.fileExists(atPath: candidate.appendingPathComponent(marker).path) {
      return candidate.path
    }
    throw .notFound(name, searched: candidates.map(\.path))
  }

  private static func executableURL() -> URL {
    if let url = Bundle.main.executableURL { return url }
    return URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
  }

  private static let searchDepth = 8
}

/// A shipped resource folder that cannot be found.
public enum ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder the user named is not a folder.
  case notAFolder(String)
  /// No folder beside the executable holds the resource.
  case notFound(String, searched: [String])

  /// A one-line message.
  public var description: String {
    switch self {
    case .notAFolder(let path):
      "\(path): error: not a folder"
    case .notFound(let name, let searched):
      "error: cannot find the shipped \(name)/ folder (looked in \(searched.joined(separator: ", "))); pass --\(name) DIR"
    }
  }
}
