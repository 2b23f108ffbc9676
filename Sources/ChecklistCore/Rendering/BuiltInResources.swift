import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `rules/` and `templates/` folders compiled into the binary (by the EmbedResources
/// plugin), for a `checklist` that was copied somewhere without them.
///
/// The rest of the tool reads folders, so the built-in copy is unpacked once into a folder of
/// the user's own, named after a digest of its content: `$XDG_CACHE_HOME/checklist/<digest>/`,
/// else `$HOME/.cache/checklist/<digest>/`, else `<tmp>/checklist-<uid>/<digest>/`. The folder
/// is written under a temporary name and renamed into place, so concurrent runs never see half
/// of it, and a new build (another digest) never reads an old copy.
public enum BuiltInResources {
  /// Why the built-in copy could not be unpacked.
  public struct UnpackError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder it was to be unpacked into.
    public var folder: String
    /// What went wrong.
    public var reason: String

    /// `the built-in copy could not be unpacked into FOLDER: REASON`.
    public var description: String {
      "the built-in copy could not be unpacked into \(folder): \(reason)"
    }
  }

  /// The names of the built-in files of `folder` (`rules` or `templates`), sorted.
  ///
  /// - Parameter folder: `rules` or `templates`.
  /// - Returns: File names without the folder.
  public static func fileNames(in folder: String) -> [String] {
    EmbeddedResources.files.compactMap { entry in
      entry.path.hasPrefix("\(folder)/") ? String(entry.path.dropFirst(folder.count + 1)) : nil
    }
  }

  /// The bytes of every built-in file of `folder`, by name.
  ///
  /// - Parameter folder: `rules` or `templates`.
  /// - Returns: Name and bytes of each file, sorted by name.
  public static func files(in folder: String) -> [(name: String, bytes: Data)] {
    EmbeddedResources.files.compactMap { entry in
      guard entry.path.hasPrefix("\(folder)/"), let bytes = Data(base64Encoded: entry.base64)
      else { return nil }
      return (String(entry.path.dropFirst(folder.count + 1)), bytes)
    }
  }

  /// The folder holding the unpacked built-in `folder`, unpacking it first when needed.
  ///
  /// - Parameter folder: `rules` or `templates`.
  /// - Returns: The unpacked folder's path.
  /// - Throws: ``UnpackError`` when no cache folder can be made or written.
  public static func unpacked(_ folder: String) throws(UnpackError) -> String {
    let base = cacheBase()
    let target = "\(base)/\(EmbeddedResources.digest)"
    if FileManager.default.fileExists(atPath: "\(target)/\(folder)") {
      return "\(target)/\(folder)"
    }
    do {
      try FileManager.default.createDirectory(
        atPath: base,
        withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700]
      )
    } catch {
      throw UnpackError(folder: base, reason: error.localizedDescription)
    }
    try checkOwnership(of: base)
    let staging = "\(target).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    defer { try? FileManager.default.removeItem(atPath: staging) }
    do {
      for name in ["rules", "templates"] {
        let directory = "\(staging)/\(name)"
        try FileManager.default.createDirectory(
          atPath: directory,
          withIntermediateDirectories: true
        )
        for file in files(in: name) {
          try file.bytes.write(to: URL(fileURLWithPath: "\(directory)/\(file.name)"))
        }
      }
    } catch {
      throw UnpackError(folder: base, reason: error.localizedDescription)
    }
    // Another run may have renamed its copy into place first: theirs is as good as ours.
    if rename(staging, target) != 0, !FileManager.default.fileExists(atPath: "\(target)/\(folder)")
    {
      throw UnpackError(folder: target, reason: String(cString: strerror(errno)))
    }
    return "\(target)/\(folder)"
  }
}

// MARK: - Helpers

extension BuiltInResources {
  fileprivate static func cacheBase() -> String {
    let environment = ProcessInfo.processInfo.environment
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return "\(cache)/checklist"
    }
    if let home = environment["HOME"], home.hasPrefix("/"), home != "/" {
      return "\(home)/.cache/checklist"
    }
    let temporary = FileManager.default.temporaryDirectory.path
    return "\(temporary)/checklist-\(getuid())"
  }

  /// A shared folder such as `/tmp` lets anyone make `checklist-<uid>` first: use it only when
  /// it is a real folder of ours that nobody else may write.
  fileprivate static func checkOwnership(of path: String) throws(UnpackError) {
    var status = stat()
    guard lstat(path, &status) == 0 else {
      throw UnpackError(folder: path, reason: String(cString: strerror(errno)))
    }
    let isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
    guard isDirectory, status.st_uid == getuid(), status.st_mode & 0o022 == 0 else {
      throw UnpackError(
        folder: path,
        reason: "it is not a folder of this user's that only this user may write"
      )
    }
  }
}
