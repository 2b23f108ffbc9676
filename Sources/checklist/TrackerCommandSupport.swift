import ArgumentParser
import ChecklistCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Helpers the tracker subcommands share: error reporting, warnings, dates and colour.
enum TrackerCommandSupport {
  /// Runs `body`; any error other than an exit or usage error is printed as one line to standard
  /// error and turned into exit code 1.
  static func reportingErrors<Result>(_ body: () throws -> Result) throws -> Result {
    do {
      return try body()
    } catch let exit as ExitCode {
      throw exit
    } catch let usage as ValidationError {
      throw usage
    } catch {
      printError("\(error)")
      throw ExitCode.failure
    }
  }

  /// Prints a line to standard error.
  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Prints the tracker's warnings to standard error.
  static func printWarnings(_ document: TrackerDocument) {
    for warning in document.warnings { printError(warning.description) }
  }

  /// Today in the local time zone.
  static var today: CalendarDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? CalendarDate(daysSinceEpoch: 0)
  }

  /// Parses an optional `YYYY-MM-DD` option, or returns today.
  static func date(_ text: String?) -> CalendarDate {
    text.flatMap(CalendarDate.init(iso:)) ?? today
  }

  /// Throws a usage error unless `text` is nil or a real day.
  static func validateDate(_ text: String?, option: String) throws {
    if let text, CalendarDate(iso: text) == nil {
      throw ValidationError("\(option) must be a real day written YYYY-MM-DD, not '\(text)'.")
    }
  }

  /// Whether standard output should get ANSI colours: a terminal, and `NO_COLOR` unset or empty.
  static var useColour: Bool {
    isatty(STDOUT_FILENO) != 0 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
  }

  /// The number of terminal columns `text` takes: two for wide (CJK) characters.
  static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      let value = scalar.value
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
      return width + (wide ? 2 : 1)
    }
  }

  /// `text` padded with spaces to `width` terminal columns.
  static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - displayWidth(text)))
  }
}
