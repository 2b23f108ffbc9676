extension Pipeline {
  /// The date a speech's relative deadlines are counted from.
  public struct MeetingDate: Sendable, Equatable {
    /// The 1-based speech index.
    public var speech: Int
    /// The date, or `nil` when neither the user nor the speech gave one.
    public var date: CalendarDate?
    /// Where it came from: `--date`, or the line of the speech that holds it.
    public var evidence: String
  }
}
