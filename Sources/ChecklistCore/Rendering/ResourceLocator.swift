import Foundation

/// Finds the folders the tool ships beside its executable: `templates/` and `rules/`.
///
/// The search starts at the running executable's folder (symbolic links resolved) and walks up,
/// so it works for `.build/debug/checklist` inside the package, and it also tries
/// `<exe>/../share/checklist/` for an installed copy. It never looks in the current folder, so a
/// command behaves the same wherever it is run from. A binary with neither beside it uses the
/// copy compiled into it (``BuiltInResources``).
public enum ResourceLocator {
  /// The folder holding `report.html.mustache`.
  ///
  /// - Parameter override: A folder the user named (`--templates`), used as given when set.
  /// - Returns: The folder's path.
  /// - Throws: ``ResourceError`` when the override lacks the file or no folder is found.
  public static func templatesDirectory(override: String?) throws(ResourceError) -> String {
    try locate(folder: "templates", marker: "report.html.mustache", override: override)
  }

  /// The folder holding `departments.yaml` and the other rule files.
  ///
  /// - Parameter override: A folder the user named (`--rules`), used as given when set.
  /// - Returns: The folder's path.
  /// - Throws: ``ResourceError`` when the override lacks the file or no folder is found.
  public static func rulesDirectory(override: String?) throws(ResourceError) -> String {
    try locate(folder: "rules", marker: "departments.yaml", override: override)
  }

  /// The folders searched for `folder`, nearest first, starting from `executable`'s folder.
  ///
  /// - Parameters:
  ///   - folder: `templates` or `rules`.
  ///   - executable: The executable's path.
  /// - Returns: Candidate folders.
  public static func candidates(folder: String, executable: URL) -> [String] {
    let start = executable.resolvingSymlinksInPath().deletingLastPathComponent()
    var candidates = [
      start.deletingLastPathComponent().appendingPathComponent("share/checklist/\(folder)").path
    ]
    var directory = start
    while true {
      candidates.append(directory.appendingPathComponent(folder).path)
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { break }
      directory = parent
    }
    return candidates
  }
}

// MARK: - Helpers

extension ResourceLocator {
  fileprivate static func locate(folder: String, marker: String, override: String?)
    throws(ResourceError)
    -> String
  {
    let files = FileManager.default
    if let override {
      var isFolder: ObjCBool = false
      guard files.fileExists(atPath: override, isDirectory: &isFolder) else {
        throw .missingFolder(override, file: marker)
      }
      guard isFolder.boolValue else { throw .notAFolder(override, file: marker) }
      guard files.fileExists(atPath: "\(override)/\(marker)") else {
        throw .missingInOverride(folder: override, file: marker)
      }
      return override
    }
    let executable =
      Bundle.main.executableURL
      ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "/", isDirectory: false)
    let searched = candidates(folder: folder, executable: executable)
    if let found = searched.first(where: { files.fileExists(atPath: "\($0)/\(marker)") }) {
      return found
    }
    do {
      return try BuiltInResources.unpacked(folder)
    } catch {
      throw .notFound(file: "\(folder)/\(marker)", searched: searched, builtIn: error.description)
    }
  }
}
