#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way the package opens a file to read it: whatever the path names is checked before a
/// byte is read, so a named pipe, a folder or a device is refused at once with the true reason
/// instead of blocking, failing obscurely or being read without end.
public enum RegularFile {
  /// Reads the whole of the regular file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The most bytes it may hold.
  /// - Returns: Its bytes.
  /// - Throws: ``FileProblem`` when the path is missing, unreadable, not a regular file or
  ///   larger than `limit`.
  public static func read(_ path: String, limit: Int) throws(FileProblem) -> [UInt8] {
    let (descriptor, status) = try open(path, flags: O_RDONLY)
    defer { close(descriptor) }
    return try read(descriptor, size: Int(status.st_size), limit: limit)
  }

  /// Opens the regular file at `path` without blocking (a named pipe would block `open`), and
  /// returns its descriptor and status.
  ///
  /// - Parameters:
  ///   - path: The file; symbolic links are followed.
  ///   - flags: `O_RDONLY` or `O_RDWR`; `O_CLOEXEC` is added.
  /// - Returns: The open descriptor, which the caller closes, and the file's status.
  /// - Throws: ``FileProblem``.
  static func open(_ path: String, flags: Int32) throws(FileProblem) -> (Int32, stat) {
    let descriptor = POSIX.open(path, flags | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw problem(errno: errno, path: path) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw .system(String(cString: strerror(code)))
    }
    let kind = FileKind(mode: status.st_mode)
    guard kind == .regular else {
      close(descriptor)
      throw .notRegular(kind)
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return (descriptor, status)
  }

  /// Reads an open file to its end, refusing more than `limit` bytes.
  ///
  /// - Parameters:
  ///   - descriptor: The open file, read from where it stands.
  ///   - size: Its size as `fstat` gave it, to refuse a large file before reading it.
  ///   - limit: The most bytes it may hold.
  /// - Returns: Its bytes.
  /// - Throws: ``FileProblem``.
  static func read(_ descriptor: Int32, size: Int, limit: Int) throws(FileProblem) -> [UInt8] {
    guard size <= limit else { throw .tooLarge(bytes: size, limit: limit) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { POSIX.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw problem(errno: errno, path: nil)
      }
      if count == 0 { break }
      bytes += chunk[..<count]
      // The file grew while it was read.
      guard bytes.count <= limit else { throw .tooLarge(bytes: bytes.count, limit: limit) }
    }
    return bytes
  }

  /// The problem an `errno` code names.
  ///
  /// - Parameters:
  ///   - code: The code.
  ///   - path: The path that failed, to tell a folder from a missing file for `ENOTDIR`.
  /// - Returns: The problem.
  static func problem(errno code: Int32, path: String?) -> FileProblem {
    switch code {
    case ENOENT, ENOTDIR: .missing
    case EACCES, EPERM: .permissionDenied
    case EISDIR: .notRegular(.directory)
    default: .system(String(cString: strerror(code)))
    }
  }
}
