/// One note under a task: an indented line below the task line.
///
/// Any indented line is a note, kept byte for byte. Notes the tool writes for a department's
/// report or the office's decision are dated and signed, with a word saying what they are
/// before the full-width colon (see `docs/TRACKER.md`):
///
/// ```markdown
///   - 2021-02-08 卫健委：已督查全部12家发热门诊
///   - 2021-02-09 卫健委 报完成：12家发热门诊全部整改到位
///   - 2021-02-10 督查室 退回：请补充整改台账
///   - 2021-02-10 卫健委 申请延期至2021-02-20：试剂未到位
///   - 2021-02-11 督查室 同意延期
/// ```
public struct TaskNote: Sendable, Hashable {
  /// What a signed note records.
  public enum Kind: Sendable, Hashable {
    /// `DATE 署名：…`: progress.
    case progress
    /// `DATE 署名 报完成：…`: the department reports the work done; the task is `[/]` until the
    /// office confirms it.
    case completionReport
    /// `DATE 署名 申请延期至YYYY-MM-DD：…`: the department asks for a later day, with its reason.
    case postponementRequest(CalendarDate)
    /// `DATE 署名 确认完成`: the office confirmed a completion report; the task is `[x]`.
    case completionConfirmed
    /// `DATE 署名 同意延期`: the office granted a postponement request; the task is `[>]`.
    case postponementGranted
    /// `DATE 署名 退回：…`: the office sent the open report or request back, with its reason.
    case sentBack

    /// Whether the note is a department's report that waits for the office.
    public var isRequest: Bool {
      switch self {
      case .completionReport, .postponementRequest: return true
      case .progress, .completionConfirmed, .postponementGranted, .sentBack: return false
      }
    }

    /// Whether the note is the office's answer to a report.
    public var isDecision: Bool {
      switch self {
      case .completionConfirmed, .postponementGranted, .sentBack: return true
      case .progress, .completionReport, .postponementRequest: return false
      }
    }
  }

  /// The day of a signed note.
  public var date: CalendarDate?
  /// Who signed it: a department or the office.
  public var signer: String?
  /// What a signed note records; `nil` for a note written freely.
  public var kind: Kind?
  /// The note's text: after the colon of a signed note, else the line without its indent and
  /// list marker.
  public var text: String

  /// Reads an indented line; `nil` when the line is not indented or holds only white space.
  ///
  /// - Parameter line: The line without its line break.
  public init?(parsing line: String) {
    guard line.first == " " || line.first == "\t" else { return nil }
    var body = Substring(line.trimmingWhitespace())
    guard !body.isEmpty else { return nil }
    if body.hasPrefix("- ") || body.hasPrefix("* ") { body = body.dropFirst(2) }
    text = String(body)
    guard let signed = Self.signed(body) else { return }
    date = signed.date
    signer = signed.signer
    kind = signed.kind
    text = signed.text
  }

  /// A signed note.
  ///
  /// - Parameters:
  ///   - kind: What it records.
  ///   - signer: The department or the office.
  ///   - date: The day.
  ///   - text: What it says; line breaks and other control characters become spaces.
  public init(_ kind: Kind, by signer: String, on date: CalendarDate, text: String) {
    self.kind = kind
    self.signer = signer
    self.date = date
    self.text = Self.oneLine(text)
  }

  /// The line the tool writes for a signed note, indented two spaces: `  - DATE 署名 词：TEXT`.
  ///
  /// A signer's white space becomes `_`; a decision without text ends after its word.
  public var line: String {
    let name = String((signer ?? "").map { $0.isWhitespace || $0 == "：" ? "_" : $0 })
    var head = "  - \(date?.description ?? "") \(name.isEmpty ? "_" : name)"
    if let word = kind.flatMap(Self.word(for:)) { head += " \(word)" }
    if text.isEmpty && kind?.isDecision == true { return head }
    return "\(head)：\(text)"
  }
}

// MARK: - Helpers

extension TaskNote {
  fileprivate static let completionWord = "报完成"
  fileprivate static let postponementWord = "申请延期至"
  fileprivate static let confirmedWord = "确认完成"
  fileprivate static let grantedWord = "同意延期"
  fileprivate static let sentBackWord = "退回"

  fileprivate static func word(for kind: Kind) -> String? {
    switch kind {
    case .progress: return nil
    case .completionReport: return completionWord
    case .postponementRequest(let day): return "\(postponementWord)\(day)"
    case .completionConfirmed: return confirmedWord
    case .postponementGranted: return grantedWord
    case .sentBack: return sentBackWord
    }
  }

  /// `DATE SIGNER[ WORD]：TEXT`, or `DATE SIGNER WORD` for a decision without text.
  fileprivate static func signed(_ body: Substring)
    -> (date: CalendarDate, signer: String, kind: Kind, text: String)?
  {
    let dateEnd = body.index(body.startIndex, offsetBy: 10, limitedBy: body.endIndex)
    guard let dateEnd, dateEnd < body.endIndex, body[dateEnd] == " ",
      let date = CalendarDate(iso: String(body[..<dateEnd]))
    else { return nil }
    let rest = body[body.index(after: dateEnd)...]
    let colon = rest.firstIndex(of: "：")
    let head = rest[..<(colon ?? rest.endIndex)]
    let text = colon.map { String(rest[rest.index(after: $0)...]).trimmingWhitespace() } ?? ""
    let words = head.split(separator: " ", omittingEmptySubsequences: true)
    guard let signer = words.first, words.count <= 2 else { return nil }
    guard words.count == 2 else {
      return colon == nil ? nil : (date, String(signer), .progress, text)
    }
    let word = words[1]
    let kind: Kind
    switch word {
    case completionWord: kind = .completionReport
    case confirmedWord: kind = .completionConfirmed
    case grantedWord: kind = .postponementGranted
    case sentBackWord: kind = .sentBack
    default:
      guard word.hasPrefix(postponementWord),
        let day = CalendarDate(iso: String(word.dropFirst(postponementWord.count)))
      else { return nil }
      kind = .postponementRequest(day)
    }
    guard colon != nil || kind.isDecision else { return nil }
    return (date, String(signer), kind, text)
  }

  /// The text on one line: line breaks, tabs and other control characters become spaces.
  fileprivate static func oneLine(_ text: String) -> String {
    let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
      let category = scalar.properties.generalCategory
      let breaks = category == .lineSeparator || category == .paragraphSeparator
      return category == .control || breaks ? " " : scalar
    }
    return String(String.UnicodeScalarView(scalars)).trimmingWhitespace()
  }
}
