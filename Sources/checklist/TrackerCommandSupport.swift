import ArgumentParser
import ChecklistCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Helpers the tracker subcommands share: warnings, dates and colour.
enum TrackerCommandSupport {
  /// Prints the tracker's warnings to standard error.
  static func printWarnings(_ document: TrackerDocument) {
    for warning in document.warnings { printError(warning.description) }
  }

  /// Reads a tracker without locking it and prints its warnings.
  static func read(_ path: String) throws -> TrackerDocument {
    let document = try TrackerFile.read(path: path)
    printWarnings(document)
    return document
  }

  /// Throws a usage error unless `department` is nil or named by the tracker (a heading, a
  /// `lead:` or a `with:`).
  static func validate(department: String?, in document: TrackerDocument, tracker: String) throws {
    guard let department, !document.departmentNames.contains(department) else { return }
    let known = document.departmentNames.joined(separator: ", ")
    throw ValidationError("No department '\(department)' in \(tracker); it has: \(known).")
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
}
