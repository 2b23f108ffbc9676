extension Pipeline {
  /// What one file gave.
  public struct FileResult: Sendable {
    /// The file as named.
    public var file: String
    /// Its directives in reading order.
    public var directives: [Directive]
    /// How many speeches it holds.
    public var speeches: Int
    /// Lines dropped as site debris.
    public var dropped: [Normaliser.DroppedLine]
    /// The normalised lines, for `explain`.
    public var text: SourceText
    /// The units that are not directives, and why.
    public var skipped: [SkippedUnit]
    /// The meeting date each speech's deadlines were resolved against, and where it came from.
    public var meetingDates: [MeetingDate]
    /// Where the file's processing time went.
    public var timings = StageTimings()
  }
}
