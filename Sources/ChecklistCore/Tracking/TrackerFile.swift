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
/// Writes go through ``AtomicFile``: a symbolic link is written through, and a tracker the user
/// may not write or that has other hard links is refused before anything is done.
public enum TrackerFile {
  /// How long a change waits for another command's lock by default, in seconds.
  public static let defaultWait = 30.0

  /// Reads and parses a tracker without locking it.
  ///
  /// - Parameter path: The tracker's path.
  /// - Returns: The parsed tracker.
  /// - Throws: ``TrackerError`` when the file cannot be read or parsed.
  public static func read(path: String) throws(TrackerError) -> TrackerDocument {
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(path, limit: Limits.maximumInputBytes)
    } catch {
      throw readError(error, path: path)
    }
    return try TrackerDocument(parsing: bytes, file: path)
  }

  /// Writes a new tracker, refusing to replace a file that already exists.
  ///
  /// - Parameters:
  ///   - document: The tracker to write.
  ///   - path: Where to write it.
  ///   - notify: Receives notices (a stale temporary file removed).
  /// - Throws: ``TrackerError/alreadyExists(file:)`` when `path` exists, or an I/O error.
  public static func create(
    _ document: TrackerDocument,
    at path: String,
    notify: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(TrackerError) {
    let bytes = try document.encoded()
    let created: Bool
    do {
      created = try AtomicFile.create(path, with: bytes, what: "the tracker", notify: notify)
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
  ///   - wait: How long to wait for another command's lock, in seconds.
  ///   - notify: Receives notices: who holds the lock after a second's wait, stale temporary
  ///     files removed.
  ///   - body: The change; it receives the parsed tracker.
  /// - Returns: What `body` returns.
  /// - Throws: ``TrackerError`` from reading, from `body` or from writing.
  public static func update<Result>(
    path: String,
    wait: Double = defaultWait,
    notify: @escaping @Sendable (String) -> Void = { _ in },
    _ body: (inout TrackerDocument) throws(TrackerError) -> Result
  ) throws(TrackerError) -> Result {
    let lock = TrackerLock(wait: wait, notify: notify)
    let (descriptor, size, target) = try open(path, lock: lock)
    defer { close(descriptor) }
    let original: [UInt8]
    do {
      original = try RegularFile.read(descriptor, size: size, limit: Limits.maximumInputBytes)
    } catch {
      throw readError(error, path: path)
    }
    var document = try TrackerDocument(parsing: original, file: path)
    let result = try body(&document)
    let bytes = try document.encoded()
    guard bytes != original else { return result }
    do {
      try AtomicFile.replace(target, with: bytes, what: "the tracker", notify: notify)
    } catch {
      throw .output(error)
    }
    return result
  }
}

// MARK: - Helpers

extension TrackerFile {
  /// Opens the tracker, checks that it may be replaced, and locks it; returns the locked
  /// descriptor, the file's size and the checked target.
  fileprivate static func open(_ path: String, lock: TrackerLock) throws(TrackerError)
    -> (Int32, Int, OutputTarget)
  {
    while true {
      let descriptor: Int32
      do {
        descriptor = try RegularFile.open(path, flags: O_RDONLY).0
      } catch {
        throw readError(error, path: path)
      }
      let target: OutputTarget
      do {
        target = try OutputTarget.resolve(path, what: "the tracker")
        try target.checkReplaceable(what: "the tracker")
        try lock.acquire(descriptor, path: path)
      } catch let error as OutputError {
        close(descriptor)
        throw .output(error)
      } catch let error as TrackerError {
        close(descriptor)
        throw error
      } catch {
        close(descriptor)
        throw .io(file: path, operation: "lock the tracker", reason: "\(error)")
      }
      var held = stat()
      var current = stat()
      if fstat(descriptor, &held) == 0, stat(target.file, &current) == 0,
        held.st_dev == current.st_dev, held.st_ino == current.st_ino
      {
        // Checked again under the lock: the file may have been replaced while we waited.
        var checked = target
        checked.status = current
        return (descriptor, Int(held.st_size), checked)
      }
      // Another process replaced the file while we waited: lock the new one.
      close(descriptor)
    }
  }

  fileprivate static func readError(_ problem: FileProblem, path: String) -> TrackerError {
    if case .tooLarge(let bytes, let limit) = problem {
      return .input(.tooLarge(file: path, bytes: bytes, limit: limit))
    }
    return .io(file: path, operation: "read the tracker", reason: problem.description)
  }
}
