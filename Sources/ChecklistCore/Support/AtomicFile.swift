import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way the package writes a file: the bytes go to a temporary file in the same folder,
/// are flushed to disk, and the temporary file is renamed over (or linked to) the target, so a
/// reader never sees half a file and a crash leaves the old file or the new one.
public enum AtomicFile {
  /// Writes `bytes` to `path`, replacing any file there and keeping its permissions.
  ///
  /// - Parameters:
  ///   - bytes: The new content.
  ///   - path: The file to write.
  ///   - what: What the file is, for errors ("the report").
  /// - Throws: ``OutputError`` naming `path` and the step that failed.
  public static func write(_ bytes: [UInt8], to path: String, what: String) throws(OutputError) {
    var status = stat()
    let mode = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
    try replace(path, with: bytes, mode: mode, what: what)
  }

  /// Writes `bytes` to `path` in one step, keeping `mode` for the new file.
  ///
  /// - Parameters:
  ///   - path: The file to replace.
  ///   - bytes: The new content.
  ///   - mode: The permissions of the new file.
  ///   - what: What the file is, for errors.
  /// - Throws: ``OutputError`` naming `path` and the step that failed.
  static func replace(_ path: String, with bytes: [UInt8], mode: mode_t, what: String)
    throws(OutputError)
  {
    let temporary = try writeTemporary(bytes, besides: path, mode: mode, what: what)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw OutputError(path: path, operation: "replace \(what)", reason: describe(code))
    }
    syncDirectory(of: path)
  }

  /// Writes `bytes` to `path` only if no file is there yet.
  ///
  /// - Parameters:
  ///   - path: The file to create.
  ///   - bytes: Its content.
  ///   - what: What the file is, for errors.
  /// - Returns: `false` when `path` already exists (nothing is written).
  /// - Throws: ``OutputError`` naming `path` and the step that failed.
  static func create(_ path: String, with bytes: [UInt8], what: String) throws(OutputError) -> Bool
  {
    let temporary = try writeTemporary(bytes, besides: path, mode: 0o644, what: what)
    defer { unlink(temporary) }
    // link(2) fails when the target exists, so two writers cannot overwrite each other.
    guard link(temporary, path) == 0 else {
      let code = errno
      if code == EEXIST { return false }
      throw OutputError(path: path, operation: "create \(what)", reason: describe(code))
    }
    syncDirectory(of: path)
    return true
  }

  /// The text of an `errno` code.
  static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

// MARK: - Helpers

private extension AtomicFile {
  /// Writes `bytes` to a new temporary file in the folder of `path` and returns its path.
  static func writeTemporary(_ bytes: [UInt8], besides path: String, mode: mode_t, what: String)
    throws(OutputError) -> String
  {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard descriptor >= 0 else {
      throw OutputError(path: path, operation: "create a temporary file", reason: describe(errno))
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) },
      as: UTF8.self
    )
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        systemWrite(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let code = errno
        unlink(temporary)
        throw OutputError(path: path, operation: "write \(what)", reason: describe(code))
      }
      offset += written
    }
    guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
      let code = errno
      unlink(temporary)
      throw OutputError(path: path, operation: "write \(what)", reason: describe(code))
    }
    return temporary
  }

  /// Flushes the folder so that a rename survives a crash; failure here is not fatal.
  static func syncDirectory(of path: String) {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}

/// write(2), which the enum's own `write` hides.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
  Glibc.write(descriptor, buffer, count)
  #else
  Darwin.write(descriptor, buffer, count)
  #endif
}
