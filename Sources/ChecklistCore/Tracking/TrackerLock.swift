import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive `flock` a tracker change holds, taken with a bounded wait: after a second the
/// waiter is told who holds the lock, and after ``wait`` seconds it gives up with an error
/// naming the holder.
struct TrackerLock {
  /// How long to wait before giving up, in seconds.
  var wait: Double
  /// Receives the waiting notice.
  var notify: @Sendable (String) -> Void

  /// How long a waiter waits before it says who holds the lock, in seconds.
  static let patience = 1.0

  /// Takes the lock on the open file `descriptor`, waiting at most ``wait`` seconds.
  ///
  /// - Parameters:
  ///   - descriptor: The open tracker.
  ///   - path: Its path, for messages.
  /// - Throws: ``TrackerError/lockTimeout(file:holder:seconds:)`` when the wait runs out, or an
  ///   I/O error.
  func acquire(_ descriptor: Int32, path: String) throws(TrackerError) {
    let start = Date()
    var told = false
    while true {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else {
        throw .io(file: path, operation: "lock the tracker", reason: AtomicFile.describe(code))
      }
      let waited = Date().timeIntervalSince(start)
      if waited >= wait {
        throw .lockTimeout(file: path, holder: Self.holder(of: descriptor), seconds: wait)
      }
      if !told && waited >= Self.patience {
        told = true
        notify(
          "\(path): waiting for the lock held by \(Self.holder(of: descriptor)); "
            + "giving up after \(Self.seconds(wait)) (--wait)"
        )
      }
      usleep(useconds_t(min(0.05, max(0.001, wait - waited)) * 1_000_000))
    }
  }

  /// `N seconds`, without a fraction when there is none.
  static func seconds(_ value: Double) -> String {
    let number = value == value.rounded() ? String(Int(value)) : String(value)
    return value == 1 ? "1 second" : "\(number) seconds"
  }

  /// Who holds a `flock` on the file `descriptor` has open, from `/proc/locks`:
  /// `process 1234 (checklist track sync t.md …)`, with `, stopped` for a stopped one; or
  /// `another process` where the system does not tell.
  static func holder(of descriptor: Int32) -> String {
    var status = stat()
    guard fstat(descriptor, &status) == 0,
      let data = FileManager.default.contents(atPath: "/proc/locks")
    else { return "another process" }
    // The device as /proc/locks prints it: major and minor in hex (Linux's encoding of st_dev).
    let dev = UInt64(status.st_dev)
    let major = String((dev >> 8) & 0xfff | (dev >> 32) & ~0xfff, radix: 16)
    let minor = String(dev & 0xff | (dev >> 12) & ~0xff, radix: 16)
    var sameInode: Int32?
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      // 1: FLOCK  ADVISORY  WRITE 1234 fe:00:1234567 0 EOF  (waiters have "->" before FLOCK)
      let fields = line.split(separator: " ")
      guard fields.count >= 6, fields[1] == "FLOCK", let pid = Int32(fields[4]) else { continue }
      let device = fields[5].split(separator: ":")
      guard device.count == 3, UInt64(device[2]) == UInt64(status.st_ino), pid != getpid() else {
        continue
      }
      if UInt64(device[0], radix: 16) == UInt64(major, radix: 16),
        UInt64(device[1], radix: 16) == UInt64(minor, radix: 16)
      {
        return describe(process: pid)
      }
      // An overlay file system may print the device of the layer beneath.
      sameInode = sameInode ?? pid
    }
    return sameInode.map(describe(process:)) ?? "another process"
  }

  /// `process PID (command line)`, the command line cut to 60 characters.
  static func describe(process pid: Int32) -> String {
    var text = "process \(pid)"
    var details: [String] = []
    if let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") {
      var words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
      if let first = words.first { words[0] = (first as NSString).lastPathComponent }
      var command = words.joined(separator: " ")
      if command.count > 60 { command = command.prefix(59) + "…" }
      if !command.isEmpty { details.append(command) }
    }
    if let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat"),
      let close = data.lastIndex(of: UInt8(ascii: ")")), close + 2 < data.count,
      data[close + 2] == UInt8(ascii: "T")
    {
      details.append("stopped")
    }
    if !details.isEmpty { text += " (\(details.joined(separator: ", ")))" }
    return text
  }
}
