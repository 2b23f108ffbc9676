import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way the package writes a file: the bytes go to a temporary file beside the target,
/// are flushed to disk, and the temporary file is renamed over (or linked to) the target, so a
/// reader never sees half a file and a crash leaves the old file or the new one.
///
/// Every write is checked first (``OutputTarget``): a symbolic link is written through to the
/// file it names; a folder, pipe or device, a file the user may not write, one with other hard
/// links, an input of the same run, and (without `--force`) a file the tool did not write are
/// refused. A replaced file keeps its mode, owner and group where the system allows. Temporary
/// files are named after their writer (``TemporaryFile``), and each write first removes those
/// of writers that died.
public enum AtomicFile {
  /// One file of a set written together.
  public struct Output: Sendable, Equatable {
    /// The file's name inside the folder.
    public var name: String
    /// Its content.
    public var bytes: [UInt8]
    /// Its format, which tells an earlier output of the tool.
    public var format: GeneratedFormat

    /// Creates an output.
    ///
    /// - Parameters:
    ///   - name: The file's name inside the folder.
    ///   - bytes: Its content.
    ///   - format: Its format.
    public init(name: String, bytes: [UInt8], format: GeneratedFormat) {
      self.name = name
      self.bytes = bytes
      self.format = format
    }
  }

  /// Writes `bytes` to `path`, replacing a file the tool wrote there before.
  ///
  /// - Parameters:
  ///   - bytes: The new content.
  ///   - path: The file to write.
  ///   - what: What the file is, for errors ("the report").
  ///   - format: The output's format.
  ///   - policy: The run's inputs, `--force` and where notices go.
  /// - Throws: ``OutputError`` naming `path` and the step that failed or the reason it was refused.
  public static func write(
    _ bytes: [UInt8],
    to path: String,
    what: String,
    format: GeneratedFormat,
    policy: OutputPolicy = OutputPolicy()
  ) throws(OutputError) {
    let target = try OutputTarget.resolve(path, what: what)
    try target.checkReplaceable(what: what)
    try target.checkOwnership(of: bytes, format: format, policy: policy, what: what)
    let temporary = try writeTemporary(bytes, for: target, what: what, notify: policy.notify)
    try commit(temporary, to: target, what: what)
  }

  /// Writes a set of files into `folder` as a whole: every file or none.
  ///
  /// A folder that does not exist yet is built as a temporary folder beside it and renamed into
  /// place. In an existing folder, every file is checked and written to its temporary file
  /// before the first is renamed over its target.
  ///
  /// - Parameters:
  ///   - outputs: The files.
  ///   - folder: The folder, created with any missing parents.
  ///   - what: What each file is, for errors ("the checklist").
  ///   - policy: The run's inputs, `--force` and where notices go.
  /// - Throws: ``OutputError`` naming the file (or folder) that failed; nothing is left written.
  public static func write(
    _ outputs: [Output],
    into folder: String,
    what: String,
    policy: OutputPolicy = OutputPolicy()
  ) throws(OutputError) {
    var status = stat()
    if stat(folder, &status) == 0 {
      let kind = FileKind(mode: status.st_mode)
      guard kind == .directory else {
        throw OutputError(
          path: folder,
          operation: "write into the folder",
          reason: "it is \(kind), not a folder"
        )
      }
      try write(outputs, intoExisting: folder, what: what, policy: policy)
    } else {
      try write(outputs, intoNew: folder, what: what, policy: policy)
    }
  }

  /// Rewrites the existing file at `path` in one step: a file being edited, such as the
  /// version git hands its merge driver, which is neither an earlier output nor another input.
  ///
  /// A symbolic link is written through; a read-only file, one with other hard links and
  /// anything that is not a regular file are refused; mode, owner and group are kept.
  ///
  /// - Parameters:
  ///   - bytes: The new content.
  ///   - path: The file to rewrite.
  ///   - what: What the file is, for errors ("the merged tracker").
  ///   - notify: Receives notices.
  /// - Throws: ``OutputError``.
  public static func rewrite(
    _ bytes: [UInt8],
    at path: String,
    what: String,
    notify: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(OutputError) {
    let target = try OutputTarget.resolve(path, what: what)
    try target.checkReplaceable(what: what)
    try replace(target, with: bytes, what: what, notify: notify)
  }

  /// Replaces the checked file `target` with `bytes`, keeping its mode, owner and group.
  ///
  /// - Parameters:
  ///   - target: The resolved and checked file.
  ///   - bytes: The new content.
  ///   - what: What the file is, for errors.
  ///   - notify: Receives notices.
  /// - Throws: ``OutputError``.
  static func replace(
    _ target: OutputTarget,
    with bytes: [UInt8],
    what: String,
    notify: @Sendable (String) -> Void
  ) throws(OutputError) {
    let temporary = try writeTemporary(bytes, for: target, what: what, notify: notify)
    try commit(temporary, to: target, what: what)
  }

  /// Writes `bytes` to `path` only if nothing is there yet.
  ///
  /// - Parameters:
  ///   - path: The file to create.
  ///   - bytes: Its content.
  ///   - what: What the file is, for errors.
  ///   - notify: Receives notices.
  /// - Returns: `false` when `path` already names a regular file (nothing is written).
  /// - Throws: ``OutputError`` naming `path` and the step that failed, or what else `path` is.
  static func create(
    _ path: String,
    with bytes: [UInt8],
    what: String,
    notify: @Sendable (String) -> Void = { _ in }
  ) throws(OutputError) -> Bool {
    let target = try OutputTarget.resolve(path, what: what)
    if target.status != nil { return false }
    let temporary = try writeTemporary(bytes, for: target, what: what, notify: notify)
    defer { unlink(temporary) }
    // link(2) fails when the target exists, so two writers cannot overwrite each other.
    guard link(temporary, target.file) == 0 else {
      let code = errno
      if code == EEXIST { return false }
      throw OutputError(path: path, operation: "create \(what)", reason: describe(code))
    }
    syncDirectory(of: target.file)
    return true
  }

  /// The text of an `errno` code.
  static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

// MARK: - Sets

private extension AtomicFile {
  static func write(
    _ outputs: [Output],
    intoExisting folder: String,
    what: String,
    policy: OutputPolicy
  ) throws(OutputError) {
    var prepared: [(temporary: String, target: OutputTarget)] = []
    do {
      var targets: [OutputTarget] = []
      for output in outputs {
        let target = try OutputTarget.resolve(path(folder, output.name), what: what)
        try target.checkReplaceable(what: what)
        try target.checkOwnership(
          of: output.bytes,
          format: output.format,
          policy: policy,
          what: what
        )
        targets.append(target)
      }
      for (output, target) in zip(outputs, targets) {
        let temporary = try writeTemporary(
          output.bytes,
          for: target,
          what: what,
          notify: policy.notify
        )
        prepared.append((temporary, target))
      }
    } catch {
      for item in prepared { unlink(item.temporary) }
      throw error
    }
    // Renames need no space and cannot half-happen: once every file is written, all go in.
    for (index, item) in prepared.enumerated() {
      do {
        try commit(item.temporary, to: item.target, what: what)
      } catch {
        for later in prepared[(index + 1)...] { unlink(later.temporary) }
        throw error
      }
    }
  }

  static func write(
    _ outputs: [Output],
    intoNew folder: String,
    what: String,
    policy: OutputPolicy
  ) throws(OutputError) {
    // The outermost missing folder is built under a temporary name beside it, then renamed.
    var top = URL(fileURLWithPath: folder).standardizedFileURL
    var inside: [String] = []
    while !FileManager.default.fileExists(atPath: top.deletingLastPathComponent().path) {
      inside.insert(top.lastPathComponent, at: 0)
      top = top.deletingLastPathComponent()
    }
    let parent = top.deletingLastPathComponent().path
    TemporaryFile.removeStale(in: parent, notify: policy.notify)
    let staging = path(parent, TemporaryFile.name(for: top.lastPathComponent))
    do {
      try FileManager.default.createDirectory(
        atPath: staging,
        withIntermediateDirectories: false,
        attributes: [.posixPermissions: 0o755]
      )
    } catch {
      throw OutputError(
        path: folder,
        operation: "create the folder",
        reason: (error as NSError).localizedFailureReason ?? "\(error.localizedDescription)"
      )
    }
    do throws(OutputError) {
      var directory = staging
      for name in inside {
        directory = path(directory, name)
        guard mkdir(directory, 0o755) == 0 else {
          throw OutputError(path: folder, operation: "create the folder", reason: describe(errno))
        }
      }
      for output in outputs {
        let file = path(directory, output.name)
        let descriptor = POSIX.open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
          throw OutputError(
            path: path(folder, output.name),
            operation: "write \(what)",
            reason: describe(errno)
          )
        }
        defer { close(descriptor) }
        if let code = writeAll(output.bytes, to: descriptor)
          ?? (fsync(descriptor) == 0 ? nil : errno)
        {
          throw OutputError(
            path: path(folder, output.name),
            operation: "write \(what)",
            reason: describe(code)
          )
        }
      }
      guard rename(staging, top.path) == 0 else {
        throw OutputError(path: folder, operation: "create the folder", reason: describe(errno))
      }
    } catch {
      try? FileManager.default.removeItem(atPath: staging)
      throw error
    }
    syncDirectory(of: top.path)
  }

  static func path(_ folder: String, _ name: String) -> String {
    (folder as NSString).appendingPathComponent(name)
  }
}

// MARK: - Helpers

private extension AtomicFile {
  /// Writes `bytes` to a new temporary file beside `target` with the target's mode, owner and
  /// group (where the system allows), and returns its path.
  static func writeTemporary(
    _ bytes: [UInt8],
    for target: OutputTarget,
    what: String,
    notify: @Sendable (String) -> Void
  ) throws(OutputError) -> String {
    let url = URL(fileURLWithPath: target.file)
    let folder = url.deletingLastPathComponent().path
    TemporaryFile.removeStale(in: folder, notify: notify)
    var temporary = ""
    var descriptor: Int32 = -1
    repeat {
      temporary = path(folder, TemporaryFile.name(for: url.lastPathComponent))
      descriptor = POSIX.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    } while descriptor < 0 && errno == EEXIST
    guard descriptor >= 0 else {
      throw OutputError(
        path: target.path,
        operation: "create a temporary file",
        reason: describe(errno)
      )
    }
    defer { close(descriptor) }
    let mode = target.status.map { $0.st_mode & 0o7777 } ?? 0o644
    var failure = writeAll(bytes, to: descriptor)
    if failure == nil, fchmod(descriptor, mode) != 0 { failure = errno }
    if failure == nil, let status = target.status {
      keepOwner(of: status, on: descriptor, path: target.path, notify: notify)
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errno }
    if let failure {
      unlink(temporary)
      throw OutputError(path: target.path, operation: "write \(what)", reason: describe(failure))
    }
    return temporary
  }

  /// Renames `temporary` over the target.
  static func commit(_ temporary: String, to target: OutputTarget, what: String)
    throws(OutputError)
  {
    guard rename(temporary, target.file) == 0 else {
      let code = errno
      unlink(temporary)
      throw OutputError(path: target.path, operation: "replace \(what)", reason: describe(code))
    }
    syncDirectory(of: target.file)
  }

  /// Gives the open file the owner and group of `status`; only root may give a file away, so
  /// another user keeps the group where they belong to it, and is told when the owner changes.
  static func keepOwner(
    of status: stat,
    on descriptor: Int32,
    path: String,
    notify: @Sendable (String) -> Void
  ) {
    guard status.st_uid != geteuid() || status.st_gid != getegid() else { return }
    if fchown(descriptor, status.st_uid, status.st_gid) == 0 { return }
    _ = fchown(descriptor, uid_t.max, status.st_gid)
    if status.st_uid != geteuid() {
      notify(
        "\(path): warning: the file belonged to user \(status.st_uid) and now belongs to you; "
          + "only root can keep its owner"
      )
    }
  }

  /// Writes all of `bytes`; returns the `errno` of a failure.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        POSIX.write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  /// Flushes the folder so that a rename survives a crash; failure here is not fatal.
  static func syncDirectory(of path: String) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let descriptor = POSIX.open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}
