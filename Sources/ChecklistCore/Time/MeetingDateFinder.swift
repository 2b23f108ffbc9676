/// Finds the day a speech was given from its opening lines.
///
/// Reports open with the day ("1月27日，市委常委会召开扩大会议", "8月4日下午"), sometimes with
/// the year ("2021年2月3日"); web pages carry a 发布日期 or 上传日期 ("2021-01-27 19:21"). The
/// first day written in the opening lines wins; a page date only fills in the year, or serves
/// when no other day is written.
public struct MeetingDateFinder: Sendable {
  /// How many lines from the top are searched.
  public static let openingLines = 15

  /// Finds the meeting date in a speech's opening lines.
  ///
  /// The year comes from the text (a full date, a page date, or a year such as "2020年" in the
  /// title) or else from `year`; a day after the page date is taken from the year before.
  ///
  /// - Parameters:
  ///   - lines: The speech's lines, first line first.
  ///   - year: The year to assume when the text gives none.
  /// - Returns: The date and where it was found ("line 3: 1月27日"), or `nil` when no day, or
  ///   no year for it, is found.
  public static func find(in lines: [String], year: Int?) -> (date: CalendarDate, evidence: String)?
  {
    var firstDay: Found?
    var pageDate: Found?
    var yearHint: Int?
    for (offset, line) in lines.prefix(openingLines).enumerated() {
      // Every date and year here opens with an Arabic digit.
      guard line.unicodeScalars.contains(where: { TimeNumber.digitValue($0) != nil }) else {
        continue
      }
      let chars = Array(line)
      for index in chars.indices where TimeNumber.digit(chars[index]) != nil {
        guard let found = date(in: chars, at: index, line: offset + 1) else {
          if yearHint == nil, let hint = writtenYear(in: chars, at: index) { yearHint = hint }
          continue
        }
        if found.isPageDate {
          if pageDate == nil { pageDate = found }
        } else if firstDay == nil {
          firstDay = found
        }
      }
    }
    if let firstDay {
      if let date = firstDay.date { return (date, firstDay.evidence) }
      let reference = pageDate?.date
      guard let chosenYear = reference?.year ?? yearHint ?? year,
        var date = CalendarDate(year: chosenYear, month: firstDay.month, day: firstDay.day)
      else { return nil }
      if let reference, date > reference,
        let earlier = CalendarDate(year: chosenYear - 1, month: firstDay.month, day: firstDay.day)
      {
        date = earlier
      }
      return (date, firstDay.evidence)
    }
    if let pageDate, let date = pageDate.date { return (date, pageDate.evidence) }
    return nil
  }
}

// MARK: - Reading

extension MeetingDateFinder {
  fileprivate struct Found {
    var date: CalendarDate?
    var month: Int
    var day: Int
    var isPageDate: Bool
    var evidence: String
  }

  fileprivate static let separators: Set<Character> = ["-", "/", "."]

  /// 2021年2月3日, 1月27日 (not 1月27日前), or a page's 2021-01-27 / 2022/1/12.
  fileprivate static func date(in chars: [Character], at index: Int, line: Int) -> Found? {
    if let previous = index > 0 ? chars[index - 1] : nil, TimeNumber.digit(previous) != nil {
      return nil
    }
    guard let first = TimeNumber.read(chars, at: index, ranges: false), first.isArabic,
      let value = first.value
    else { return nil }
    var position = first.range.upperBound
    func at(_ i: Int) -> Character? { i < chars.count ? chars[i] : nil }
    func evidence(_ end: Int) -> String { "line \(line): \(String(chars[index..<end]))" }
    // 2021-01-27, 2022/1/12.
    if first.length == 4, let mark = at(position), separators.contains(mark),
      let month = TimeNumber.read(chars, at: position + 1, ranges: false), month.isArabic,
      at(month.range.upperBound) == mark,
      let day = TimeNumber.read(chars, at: month.range.upperBound + 1, ranges: false), day.isArabic,
      let m = month.value, let d = day.value,
      let date = CalendarDate(year: value, month: m, day: d)
    {
      return Found(
        date: date,
        month: m,
        day: d,
        isPageDate: true,
        evidence: evidence(day.range.upperBound)
      )
    }
    var year: Int?
    var monthNumber = first
    if first.length == 4, at(position) == "年" {
      guard let month = TimeNumber.read(chars, at: position + 1, ranges: false), month.isArabic
      else { return nil }
      year = value
      monthNumber = month
      position = month.range.upperBound
    }
    guard monthNumber.length <= 2, at(position) == "月", let month = monthNumber.value,
      let day = TimeNumber.read(chars, at: position + 1, ranges: false), day.isArabic,
      let d = day.value,
      let unit = at(day.range.upperBound), unit == "日" || unit == "号",
      CalendarDate(year: 2000, month: month, day: d) != nil
    else { return nil }
    let end = day.range.upperBound + 1
    if let next = at(end), "前起止".contains(next) { return nil }
    let date = year.flatMap { CalendarDate(year: $0, month: month, day: d) }
    return Found(date: date, month: month, day: d, isPageDate: false, evidence: evidence(end))
  }

  /// A year written as "2020年" (in a title, say).
  fileprivate static func writtenYear(in chars: [Character], at index: Int) -> Int? {
    if index > 0, TimeNumber.digit(chars[index - 1]) != nil { return nil }
    guard let number = TimeNumber.read(chars, at: index, ranges: false), number.isArabic,
      number.length == 4,
      let value = number.value, (1949...2100).contains(value),
      number.range.upperBound < chars.count, chars[number.range.upperBound] == "年"
    else { return nil }
    return value
  }
}
