import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `checklist` with a time limit, optionally through a wrapper (`setpriv …` to drop to
/// another user, `sh -c 'ulimit …; exec "$0" "$@"'` to bound file sizes), with output going to
/// files so that a child that writes much never blocks on a pipe.
///
/// A run still going after `timeout` seconds is killed and reported with status -1, so that a
/// case that hung on the old code fails instead of hanging the suite.
func runChecklist(
  _ arguments: [String],
  timeout: Double,
  through wrapper: [String] = [],
  in directory: String? = nil,
  executable: URL = checklistExecutable
) throws -> CommandResult {
  let folder = try temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let outURL = folder.appendingPathComponent("out")
  let errURL = folder.appendingPathComponent("err")
  FileManager.default.createFile(atPath: outURL.path, contents: nil)
  FileManager.default.createFile(atPath: errURL.path, contents: nil)
  let process = Process()
  if let first = wrapper.first {
    process.executableURL = URL(fileURLWithPath: first)
    process.arguments = Array(wrapper.dropFirst()) + [executable.path] + arguments
  } else {
    process.executableURL = executable
    process.arguments = arguments
  }
  process.standardOutput = try FileHandle(forWritingTo: outURL)
  process.standardError = try FileHandle(forWritingTo: errURL)
  process.standardInput = FileHandle.nullDevice
  if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
  try process.run()
  let deadline = Date().addingTimeInterval(timeout)
  while process.isRunning && Date() < deadline { usleep(20_000) }
  var timedOut = false
  if process.isRunning {
    timedOut = true
    kill(process.processIdentifier, SIGKILL)
  }
  process.waitUntilExit()
  return CommandResult(
    status: timedOut ? -1 : process.terminationStatus,
    output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
    error: (timedOut ? "timed out after \(timeout) s\n" : "")
      + ((try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
  )
}

/// The bytes of the file at `path`.
func bytes(_ path: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// The `stat` of `path` itself (a symbolic link is not followed).
func linkStatus(_ path: String) -> stat? {
  var status = stat()
  return lstat(path, &status) == 0 ? status : nil
}

/// Whether the tests run as root, who may write any file.
var runningAsRoot: Bool { geteuid() == 0 }

/// The wrapper that runs a command as `nobody` when the tests run as root (root may write any
/// file, so a read-only file refuses only another user); empty otherwise.
///
/// `setpriv` (util-linux, on every Debian) drops the user and group ids and every supplementary
/// group. A checkout may lie under a folder that user cannot enter (root's home), so such a
/// test runs a copy of the executable (``executableCopy(in:)``).
var asUnprivilegedUser: [String] {
  runningAsRoot
    ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
}

/// A copy of the built executable in `folder` that any user may run, for a run as `nobody`.
func executableCopy(in folder: BadInputFolder) throws -> URL {
  let copy = URL(fileURLWithPath: folder.path("bin/checklist"))
  try FileManager.default.createDirectory(
    at: copy.deletingLastPathComponent(),
    withIntermediateDirectories: true
  )
  try FileManager.default.copyItem(at: checklistExecutable, to: copy)
  chmod(copy.deletingLastPathComponent().path, 0o755)
  chmod(copy.path, 0o755)
  return copy
}
