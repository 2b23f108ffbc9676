import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path about to be written, resolved and checked: symbolic links are followed to the file
/// they name (the link stays a link), and an existing file must be one the tool may replace.
struct OutputTarget {
  /// The path as the user gave it, for messages.
  var path: String
  /// The file that is written: `path` with symbolic links followed.
  var file: String
  /// The existing file's status, or `nil` when there is none yet.
  var status: stat?

  /// Resolves `path`.
  ///
  /// - Parameters:
  ///   - path: The path the user named.
  ///   - what: What is written, for errors ("the report").
  /// - Returns: The target.
  /// - Throws: ``OutputError`` for a symbolic link to nothing or a path that names something
  ///   other than a regular file.
  static func resolve(_ path: String, what: String) throws(OutputError) -> OutputTarget {
    var own = stat()
    guard lstat(path, &own) == 0 else {
      guard errno == ENOENT else {
        throw OutputError(
          path: path,
          operation: "write \(what)",
          reason: AtomicFile.describe(errno)
        )
      }
      return OutputTarget(path: path, file: path, status: nil)
    }
    var file = path
    var status = own
    if FileKind(mode: own.st_mode) == .symbolicLink {
      guard let resolved = realpath(path, nil) else {
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        throw OutputError(
          path: path,
          operation: "write \(what)",
          reason: "it is a symbolic link to \(destination), which does not exist"
        )
      }
      file = String(cString: resolved)
      free(resolved)
      guard stat(file, &status) == 0 else {
        throw OutputError(
          path: path,
          operation: "write \(what)",
          reason: AtomicFile.describe(errno)
        )
      }
    }
    let kind = FileKind(mode: status.st_mode)
    guard kind == .regular else {
      throw OutputError(
        path: path,
        operation: "write \(what)",
        reason: FileProblem.notRegular(kind).description
      )
    }
    return OutputTarget(path: path, file: file, status: status)
  }

  /// Refuses an existing file the user may not write, or one with other hard links, which a
  /// replacement would part from it.
  ///
  /// - Parameter what: What is written, for errors.
  /// - Throws: ``OutputError``.
  func checkReplaceable(what: String) throws(OutputError) {
    guard let status else { return }
    if access(file, W_OK) != 0 {
      let mode = status.st_mode & 0o7777
      throw OutputError(
        path: path,
        operation: "write \(what)",
        reason: mode & 0o222 == 0
          ? "it is read-only (mode \(String(format: "%04o", mode)))" : "permission denied"
      )
    }
    if status.st_nlink > 1 {
      throw OutputError(
        path: path,
        operation: "write \(what)",
        reason: "it has \(status.st_nlink) hard links, and replacing it would part it from the "
          + "others; remove the other links first"
      )
    }
  }

  /// Refuses a file this run reads, and, unless `policy` forces it, a file the tool did not
  /// write in `format`.
  ///
  /// - Parameters:
  ///   - bytes: What is about to be written.
  ///   - format: The output's format, which tells an earlier output of the tool.
  ///   - policy: The run's inputs and `--force`.
  ///   - what: What is written, for errors.
  /// - Throws: ``OutputError``.
  func checkOwnership(
    of bytes: [UInt8],
    format: GeneratedFormat,
    policy: OutputPolicy,
    what: String
  ) throws(OutputError) {
    guard let status else { return }
    for input in policy.inputs {
      var other = stat()
      if stat(input, &other) == 0, other.st_dev == status.st_dev, other.st_ino == status.st_ino {
        throw OutputError(
          path: path,
          operation: "write \(what)",
          reason: "it is an input of this run"
        )
      }
    }
    guard !policy.force else { return }
    let existing = (try? RegularFile.read(file, limit: Limits.maximumInputBytes)) ?? [0]
    guard format.wrote(existing, replacing: bytes, at: file) else {
      throw OutputError(
        path: path,
        operation: "write \(what)",
        reason: "checklist did not write this file; pass --force to replace it"
      )
    }
  }
}
