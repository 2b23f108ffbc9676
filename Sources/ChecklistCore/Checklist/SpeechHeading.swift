import Foundation

/// What a task table's title row says of the speeches it comes from: a title and the meeting
/// date.
public struct SpeechHeading: Sendable, Equatable {
  /// The speech's title: its first short line that is not a sentence, or the file's name.
  public var title: String
  /// The meeting date, when the user or the speech gave one.
  public var meetingDate: CalendarDate?

  /// Creates a heading.
  ///
  /// - Parameters:
  ///   - title: The title.
  ///   - meetingDate: The meeting date.
  public init(title: String, meetingDate: CalendarDate?) {
    self.title = title
    self.meetingDate = meetingDate
  }

  /// The heading of one file: the first of its first five lines that is short (60 characters
  /// at most) and does not end as a sentence or clause does, else the file's name; and the
  /// first speech's meeting date.
  ///
  /// - Parameter result: The file's result.
  public init(_ result: Pipeline.FileResult) {
    let lines = result.text.lines.map { $0.text.trimmingWhitespace() }.filter { !$0.isEmpty }
    let candidate = lines.prefix(5).first { line in
      guard line.count <= 60, let last = line.unicodeScalars.last else { return false }
      return !"。，；：,;:！？!?".unicodeScalars.contains(last)
    }
    let name = ((result.file as NSString).lastPathComponent as NSString).deletingPathExtension
    self.init(
      title: candidate ?? name,
      meetingDate: result.meetingDates.lazy.compactMap(\.date).first
    )
  }

  /// One heading for several files: the first title (with `等N篇` for the others) and the first
  /// meeting date found.
  ///
  /// - Parameter headings: The files' headings, in order.
  /// - Returns: The combined heading; `任务分解表` for none.
  public static func combined(_ headings: [SpeechHeading]) -> SpeechHeading {
    guard let first = headings.first else { return SpeechHeading(title: "", meetingDate: nil) }
    let title = headings.count > 1 ? "\(first.title)等\(headings.count)篇" : first.title
    return SpeechHeading(title: title, meetingDate: headings.lazy.compactMap(\.meetingDate).first)
  }

  /// The title row of a task table: `<title> 任务分解表（会议日期：2022年9月9日）`.
  public var tableTitle: String {
    let date =
      meetingDate.map { "会议日期：\($0.year)年\($0.month)月\($0.day)日" } ?? "会议日期未注明"
    return title.isEmpty ? "任务分解表（\(date)）" : "\(title)　任务分解表（\(date)）"
  }
}
