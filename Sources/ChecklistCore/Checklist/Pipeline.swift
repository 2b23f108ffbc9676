import Foundation

/// The whole generator: files in, directives out, configured once and reused for many files.
public struct Pipeline: Sendable {
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
      rulesDirectory: String? = nil, meetingDate: CalendarDate? = nil, year: Int? = nil,
      rosterFile: String? = nil
    ) {
      self.rulesDirectory = rulesDirectory
      self.meetingDate = meetingDate
      self.year = year
      self.rosterFile = rosterFile
    }
  }

  /// The configuration the pipeline was made with.
  public let configuration: Configuration

  /// Creates a pipeline, loading and checking the rules.
  ///
  /// - Parameter configuration: What to run with.
  /// - Throws: A rule-file error with file, line and column.
  public init(configuration: Configuration) throws {
    self.configuration = configuration
  }

  /// Reads, normalises and analyses each file, returning its directives in reading order.
  ///
  /// - Parameter paths: The files, as the user named them.
  /// - Returns: The directives of all files, file by file.
  /// - Throws: An input error naming the file.
  public func extract(paths: [String]) throws -> [Directive] {
    []
  }
}
