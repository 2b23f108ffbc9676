/// A time limit or cadence found in a directive, as `OUTPUT.md` describes it.
public struct Deadline: Sendable, Hashable, Codable {
  /// What sort of time phrase it is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A calendar date (1月27日, 月底前).
    case date
    /// A period counted from the meeting (14天, 48小时内).
    case within
    /// Recurring work (每日, 一周一检).
    case recurring
    /// A named season or holiday (春节期间).
    case period
    /// At once (立即, 即日起).
    case immediate
    /// A deadline whose value is unknown (限期整改, ×小时内).
    case unspecified
  }

  /// The time phrase as written.
  public var text: String
  /// What sort of phrase it is.
  public var kind: Kind
  /// The day it falls due, when it can be resolved against the meeting date.
  public var due: CalendarDate?
  /// The first day of a named period, when it has one (春节期间 starts on the eve).
  public var start: CalendarDate?
  /// An ISO 8601 duration for recurring work (`P1D`, `P1W`, `PT12H`).
  public var every: String?
  /// Where the phrase stands in its text, in `Character` offsets.
  ///
  /// It is `nil` for a record that the parser did not make (a decoded one), and it is not
  /// written to JSON.
  public var range: Range<Int>?
  /// What the reader should know about how ``due`` was worked out, such as working days
  /// counted Monday to Friday outside the holiday schedule; not written to JSON.
  public var warning: String?

  /// Creates a deadline.
  ///
  /// - Parameters:
  ///   - text: The phrase as written.
  ///   - kind: Its kind.
  ///   - due: The resolved day, if any.
  ///   - start: The first day of a period, if any.
  ///   - every: The cadence, if recurring.
  ///   - range: Where the phrase stands in its text, in `Character` offsets.
  public init(
    text: String,
    kind: Kind,
    due: CalendarDate? = nil,
    start: CalendarDate? = nil,
    every: String? = nil,
    range: Range<Int>? = nil
  ) {
    self.text = text
    self.kind = kind
    self.due = due
    self.start = start
    self.every = every
    self.range = range
  }

  private enum CodingKeys: String, CodingKey {
    case text, kind, due, every
  }

  /// Encodes the contract's four fields, writing `null` for a missing `due` or `every`.
  ///
  /// - Parameter encoder: The encoder.
  /// - Throws: What the encoder throws.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(kind, forKey: .kind)
    try container.encode(due, forKey: .due)
    try container.encode(every, forKey: .every)
  }

  /// Decodes the contract's fields.
  ///
  /// - Parameter decoder: The decoder.
  /// - Throws: `DecodingError` on a malformed record.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    text = try container.decode(String.self, forKey: .text)
    kind = try container.decode(Kind.self, forKey: .kind)
    due = try container.decodeIfPresent(CalendarDate.self, forKey: .due)
    every = try container.decodeIfPresent(String.self, forKey: .every)
    range = nil
  }
}
