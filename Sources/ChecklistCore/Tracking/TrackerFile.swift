import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes tracker files safely: an exclusive lock across read-modify-write, and a
/// temporary file in the same folder renamed over the tracker, so that a reader never sees half
/// a file and two concurrent commands both take effect.
///
/// The lock is a `flock` on the tracker itself. Because a write replaces the file, a waiting
/// process that wakes up holding the lock on the old file notices that the path now names a new
/// file and locks again, so no update is lost and no lock file is left beside the tracker.
public enum TrackerFile {
  /// Reads and parses a tracker without locking it.
  ///
  /// - Parameter path: The tracker's path.
  /// - Returns: The parsed tracker.
  /// - Throws: ``TrackerError`` when the file cannot be read or parsed.
  public static func read(path: String) throws(TrackerError) -> TrackerDocument {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
      throw .io(file: path, operation: "read the tracker", reason: reason)
    }
    return try TrackerDocument(parsing: [UInt8](data), file: path)
  }

  /// Writes a new tracker, refusing to replace a file that already exists.
  ///
  /// - Parameters:
  ///   - document: The tracker to write.
  ///   - path: Where to write it.
  /// - Throws: ``TrackerError/alreadyExists(file:)`` when `path` exists, or an I/O error.
  public static func create(_ document: TrackerDocument, at path: String) throws(TrackerError) {
    let bytes = try document.encoded()
    let created: Bool
    do {
      created = try AtomicFile.create(path, with: bytes, what: "the tracker")
    } catch {
      throw .output(error)
    }
    if !created { throw .alreadyExists(file: path) }
  }

  /// Locks the tracker, parses it, lets `body` change it, and writes it back if anything changed.
  ///
  /// If `body` throws, the file is left untouched.
  ///
  /// - Parameters:
  ///   - path: The tracker's path.
  ///   - body: The change; it receives the parsed tracker.
  /// - Returns: What `body` returns.
  /// - Throws: ``TrackerError`` from reading, from `body` or from writing.
  public static func update<Result>(
    path: String,
    _ body: (inout TrackerDocument) throws(TrackerError) -> Result
  ) throws(TrackerError) -> Result {
    let descriptor = try lock(path)
    defer { close(descriptor) }
    let original = try readAll(descriptor, path: path)
    var document = try TrackerDocument(parsing: original, file: path)
    let result = try body(&document)
    let bytes = try document.encoded()
    guard bytes != original else { return result }
    var status = stat()
    let mode = fstat(descriptor, &status) == 0 ? status.st_mode & 0o7777 : 0o644
    do {
      try AtomicFile.replace(path, with: bytes, mode: mode, what: "the tracker")
    } catch {
      throw .output(error)
    }
    return result
  }
}

// MARK: - Helpers

extension TrackerFile {
  /// Opens `path` and takes an exclusive lock on the file it names when the lock is granted.
  fileprivate static func lock(_ path: String) throws(TrackerError) -> Int32 {
    while true {
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw .io(file: path, operation: "open the tracker", reason: describe(errno))
      }
      var result: Int32
      repeat { result = flock(descriptor, LOCK_EX) } while result != 0 && errno == EINTR
      guard result == 0 else {
        let code = errno
        close(descriptor)
        throw .io(file: path, operation: "lock the tracker", reason: describe(code))
      }
      var held = stat()
      var current = stat()
      if fstat(descriptor, &held) == 0, stat(path, &current) == 0,
        held.st_dev == current.st_dev, held.st_ino == current.st_ino
      {
        return descriptor
      }
      // Another process replaced the file while we waited: lock the new one.
      close(descriptor)
    }
  }

  fileprivate static func readAll(_ descriptor: Int32, path: String) throws(TrackerError) -> [UInt8]
  {
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    do {
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      throw .io(file: path, operation: "read the tracker", reason: error.localizedDescription)
    }
  }

  fileprivate static func describe(_ code: Int32) -> String {
    AtomicFile.describe(code)
  }
}
