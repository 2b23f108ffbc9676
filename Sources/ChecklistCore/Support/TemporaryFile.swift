import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names of the temporary files (and folders) the writer makes beside a target, and the
/// removal of those a killed run left behind.
///
/// A name is `.<target>.checklist-<pid>-<random>.tmp`: the target's name, cut at a character so
/// that the whole stays within the 255 bytes a file name may have, and the writer's process id,
/// so that the next command in the folder can tell a live writer's file from a dead one's.
enum TemporaryFile {
  /// The longest file name the file systems the tool runs on accept, in bytes.
  static let maximumNameBytes = 255

  /// A fresh temporary name for a file beside `target` (a bare name, no folder).
  ///
  /// - Parameter target: The name of the file it will become.
  /// - Returns: The name.
  static func name(for target: String) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    let random = String((0..<6).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    let suffix = ".checklist-\(getpid())-\(random).tmp"
    var base = ""
    var bytes = 1 + suffix.utf8.count
    for character in target {
      bytes += character.utf8.count
      guard bytes <= maximumNameBytes else { break }
      base.append(character)
    }
    return ".\(base)\(suffix)"
  }

  /// The process id in a temporary name, or `nil` when `name` is not one.
  ///
  /// - Parameter name: A file name.
  /// - Returns: The id of the process that made it.
  static func writer(of name: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp"),
      let marker = name.range(of: ".checklist-", options: .backwards)
    else { return nil }
    let parts = name[marker.upperBound...].dropLast(4).split(separator: "-")
    guard parts.count == 2, parts[1].count == 6, let pid = pid_t(parts[0]) else { return nil }
    return pid
  }

  /// Removes the temporary files and folders in `folder` whose writer is no longer running,
  /// telling `notify` of each.
  ///
  /// A writer that is running (or that this process cannot signal, which means it is running
  /// as someone else) keeps its file.
  ///
  /// - Parameters:
  ///   - folder: The folder to clean.
  ///   - notify: Receives `path: note: …` for each file removed.
  static func removeStale(in folder: String, notify: (String) -> Void) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names.sorted() {
      guard let pid = writer(of: name), pid != getpid(), !isRunning(pid) else { continue }
      let path = (folder as NSString).appendingPathComponent(name)
      guard (try? FileManager.default.removeItem(atPath: path)) != nil else { continue }
      notify(
        "\(path): note: removed a temporary file left by an interrupted run (process \(pid))"
      )
    }
  }

  /// Whether a process with id `pid` exists.
  static func isRunning(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}
