import ArgumentParser
import Foundation

/// Runs a command's work, printing any failure as one line on standard error and exiting 1.
///
/// Core errors describe themselves as `file:line:column: error: …`; usage errors
/// (`ValidationError`) and explicit exit codes pass through to ArgumentParser untouched.
func reportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as ExitCode {
    throw error
  } catch let error as ValidationError {
    throw error
  } catch {
    printError(String(describing: error))
    throw ExitCode.failure
  }
}

/// Writes a line to standard error.
func printError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes `text` to `path` atomically (a temporary file renamed into place).
func writeAtomically(_ text: String, to path: String) throws {
  do {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  } catch {
    throw OutputError(path: path, reason: error.localizedDescription)
  }
}

/// A file the tool could not write.
struct OutputError: Error, CustomStringConvertible {
  var path: String
  var reason: String
  var description: String { "\(path): error: cannot write: \(reason)" }
}
