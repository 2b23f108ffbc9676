#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, as `stat` tells it, so that errors can say the true reason a path is not
/// a file the tool reads or writes.
public enum FileKind: Sendable, Hashable, CustomStringConvertible {
  /// A regular file: the only kind the tool reads or writes.
  case regular
  /// A folder.
  case directory
  /// A named pipe, which blocks a reader until something writes to it.
  case fifo
  /// A character device such as `/dev/zero`.
  case characterDevice
  /// A block device such as a disk.
  case blockDevice
  /// A Unix-domain socket.
  case socket
  /// A symbolic link (only `lstat` reports one).
  case symbolicLink
  /// Anything else.
  case other

  /// The kind the mode bits of a `stat` name.
  ///
  /// - Parameter mode: `st_mode`.
  public init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFIFO: self = .fifo
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFSOCK: self = .socket
    case S_IFLNK: self = .symbolicLink
    default: self = .other
    }
  }

  /// The kind, as a noun phrase for messages: "a folder", "a named pipe (FIFO)".
  public var description: String {
    switch self {
    case .regular: "a regular file"
    case .directory: "a folder"
    case .fifo: "a named pipe (FIFO)"
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .socket: "a socket"
    case .symbolicLink: "a symbolic link"
    case .other: "not a file"
    }
  }
}
