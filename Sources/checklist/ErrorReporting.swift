import ArgumentParser
import Foundation

/// Runs a command's work, printing any failure on standard error and exiting 1.
///
/// Core errors describe themselves as `file:line:column: error: …`; usage errors
/// (`ValidationError`) and explicit exit codes pass through to ArgumentParser untouched.
func reportingErrors<Result>(_ body: () throws -> Result) throws -> Result {
  do {
    return try body()
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

/// Writes text to standard error as it is.
func writeError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}
