import Foundation

/// Writes a tracker's open tasks as an iCalendar file (RFC 5545) that calendar programs
/// (Thunderbird, Outlook, phone calendars) import as to-dos.
///
/// One `VTODO` per pending task (open, in progress, postponed): `UID` is the task id, so a
/// re-import updates rather than duplicates; `DUE` is the effective due day (`延期:` if any) as a
/// date; `CATEGORIES` lists the lead departments, then the supporting ones; `DESCRIPTION` gives
/// the source line, owner and any postponement. Text values are escaped (`\\ ; , ` and line
/// breaks) and lines are folded at 75 octets without splitting a UTF-8 character; lines end
/// in CRLF. `DTSTAMP` is the export's day at midnight UTC, so the same tracker exported on the
/// same day gives the same bytes.
public struct ICalendarRenderer: Sendable {
  /// The `PRODID` written.
  public static let productID = "-//checklist//任务跟踪//ZH"

  /// Creates the renderer.
  public init() {}

  /// The calendar for a tracker's status.
  ///
  /// - Parameter status: The tracker's status on the export's day.
  /// - Returns: The iCalendar text, CRLF line breaks.
  public func render(_ status: TrackerStatus) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.text(Self.productID))",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
    ]
    let stamp = "\(Self.compact(status.asOf))T000000Z"
    let placeholders = TrackerStatus.placeholderNames
    for item in status.items where [.overdue, .dueSoon, .onTrack].contains(item.urgency) {
      let tracked = item.tracked
      let task = tracked.task
      lines += ["BEGIN:VTODO", "UID:\(Self.text(task.id))@checklist", "DTSTAMP:\(stamp)"]
      lines.append("SUMMARY:\(Self.text(task.text))")
      if let due = task.effectiveDue { lines.append("DUE;VALUE=DATE:\(Self.compact(due))") }
      lines.append("STATUS:\(task.state == .inProgress ? "IN-PROCESS" : "NEEDS-ACTION")")
      let categories = (tracked.leads + tracked.supports).filter { !placeholders.contains($0) }
      if !categories.isEmpty {
        lines.append("CATEGORIES:" + categories.map(Self.text).joined(separator: ","))
      }
      var description = ["来源：\(task.source ?? tracked.location.description)"]
      if let owner = task.owner { description.append("责任人：\(owner)") }
      if !tracked.supports.isEmpty {
        description.append("配合：\(tracked.supports.joined(separator: "、"))")
      }
      if let postponed = task.postponedTo {
        description.append("延期至 \(postponed)" + (task.reason.map { "，原因：\($0)" } ?? ""))
      }
      lines.append("DESCRIPTION:\(Self.text(description.joined(separator: "\n")))")
      if item.urgency == .overdue { lines.append("PRIORITY:1") }
      lines.append("END:VTODO")
    }
    lines.append("END:VCALENDAR")
    return lines.map(Self.folded).joined()
  }
}

// MARK: - Helpers

extension ICalendarRenderer {
  /// A TEXT value escaped as RFC 5545 §3.3.11 says: backslash, semicolon, comma, line breaks.
  static func text(_ value: String) -> String {
    var escaped = ""
    for character in value {
      switch character {
      case "\\": escaped += "\\\\"
      case ";": escaped += "\\;"
      case ",": escaped += "\\,"
      case "\n", "\r\n", "\r": escaped += "\\n"
      default:
        // Other control characters are not allowed in a content line.
        if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
          escaped.append(character)
        }
      }
    }
    return escaped
  }

  /// A content line folded at 75 octets (RFC 5545 §3.1), CRLF at the end of each piece and a
  /// space opening each continuation; a UTF-8 character is never split.
  static func folded(_ line: String) -> String {
    var result = ""
    var width = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if width + size > 75 {
        result += "\r\n "
        width = 1
      }
      result.unicodeScalars.append(scalar)
      width += size
    }
    return result + "\r\n"
  }

  /// `YYYYMMDD`.
  static func compact(_ date: CalendarDate) -> String {
    date.description.replacingOccurrences(of: "-", with: "")
  }
}
