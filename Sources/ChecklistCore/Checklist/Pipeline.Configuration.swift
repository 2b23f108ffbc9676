extension Pipeline {
  /// What a run is configured with.
  public struct Configuration: Sendable {
    /// The rules folder, or `nil` for the shipped rules.
    public var rulesDirectory: String?
    /// The meeting date given by the user, which wins over any date found in the speech.
    public var meetingDate: CalendarDate?
    /// The year to assume for dates written without one, when the speech does not say.
    public var year: Int?
    /// A roster file mapping departments to named people.
    public var rosterFile: String?

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - rulesDirectory: The rules folder, or `nil` for the shipped rules.
    ///   - meetingDate: The meeting date, if the user gave one.
    ///   - year: The year for dates written without one.
    ///   - rosterFile: A roster YAML file.
    public init(
      rulesDirectory: String? = nil,
      meetingDate: CalendarDate? = nil,
      year: Int? = nil,
      rosterFile: String? = nil
    ) {
      self.rulesDirectory = rulesDirectory
      self.meetingDate = meetingDate
      self.year = year
      self.rosterFile = rosterFile
    }
  }
}
