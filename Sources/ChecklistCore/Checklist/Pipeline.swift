import Foundation

/// The whole generator: files in, directives out, configured once and reused for many files.
///
/// Each file is read (``InputDecoder``), reduced to text if it is HTML, normalised
/// (``Normaliser``), split into speeches (``SpeechSplitter``) and analysed
/// (``DirectiveExtractor``). Files are processed one at a time, so memory does not grow with
/// their number.
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

  /// The date a speech's relative deadlines are counted from.
  public struct MeetingDate: Sendable, Equatable {
    /// The 1-based speech index.
    public var speech: Int
    /// The date, or `nil` when neither the user nor the speech gave one.
    public var date: CalendarDate?
    /// Where it came from: `--date`, or the line of the speech that holds it.
    public var evidence: String
  }

  /// The configuration the pipeline was made with.
  public let configuration: Configuration
  /// The rule set in use.
  public let rules: RuleSet
  /// The rules folder in use.
  public let rulesDirectory: String
  private let normaliser: Normaliser
  private let extractor: DirectiveExtractor
  private let times: TimeExpressionParser

  /// Creates a pipeline, loading and checking the rules and the roster.
  ///
  /// - Parameter configuration: What to run with.
  /// - Throws: ``ResourceError``, ``RuleFileError`` (file, line, column) or
  ///   ``NormalisationError``.
  public init(configuration: Configuration) throws {
    self.configuration = configuration
    rulesDirectory = try ResourceLocator.rulesDirectory(override: configuration.rulesDirectory)
    let loaded = try RuleSet.load(directory: rulesDirectory)
    let names = Set(loaded.departments.map(\.name))
    let roster = try configuration.rosterFile.map { try Roster(path: $0, departments: names) }
    rules = loaded
    normaliser = Normaliser(converter: try ScriptConverter(), debrisRules: loaded.debrisRules)
    extractor = DirectiveExtractor(rules: loaded, roster: roster ?? Roster())
    times = TimeExpressionParser(vocabulary: try TimeVocabulary.load(from: loaded))
  }

  /// Reads, normalises and analyses each file, returning its directives in reading order.
  ///
  /// - Parameter paths: The files, as the user named them.
  /// - Returns: The directives of all files, file by file.
  /// - Throws: ``InputError`` or ``DocumentError`` naming the file.
  public func extract(paths: [String]) throws -> [Directive] {
    var directives: [Directive] = []
    try forEachFile(paths: paths) { directives += $0.directives }
    return directives
  }

  /// Processes the files, handing each result to `body` in the order the files were given.
  ///
  /// Files are read, converted and analysed on several threads at once (``OrderedWorkers``);
  /// `body` sees them one at a time, in order, on the calling thread, and only a few finished
  /// results wait for it, so memory does not grow with the number of files. Ids are given in
  /// that order, so a text repeated across files is numbered as in a run one file at a time.
  ///
  /// - Parameters:
  ///   - paths: The files.
  ///   - body: Called once per file.
  /// - Throws: ``InputError`` naming the file (after the files before it were handed to
  ///   `body`), or what `body` throws.
  public func forEachFile(paths: [String], _ body: (FileResult) throws -> Void) throws {
    var ids = DirectiveID()
    try OrderedWorkers().run(paths, work: { path in Result { try self.process(path: path) } }) {
      var result = try $0.get()
      for index in result.directives.indices {
        result.directives[index].id = ids.next(for: result.directives[index].text)
      }
      try body(result)
    }
  }

  /// Analyses text that is already decoded, under a file name (for tests and tools).
  ///
  /// - Parameters:
  ///   - text: The speech text.
  ///   - file: The name to record.
  /// - Returns: The file's result.
  public func process(text: String, file: String) -> FileResult {
    var ids = DirectiveID()
    var timings = StageTimings()
    let (normalised, speeches) = prepare(SourceText(file: file, text: text), timings: &timings)
    return analyse(normalised, speeches: speeches, ids: &ids, timings: timings)
  }

  /// One file, its directives numbered as if it were the run's only file.
  private func process(path: String) throws -> FileResult {
    var ids = DirectiveID()
    let start = ContinuousClock.now
    let source = try DocumentReader().read(path: path)
    var timings = StageTimings()
    timings.read = StageTimings.seconds(since: start)
    let (normalised, speeches) = prepare(source, timings: &timings)
    if !normalised.dropped.isEmpty,
      normalised.text.lines.allSatisfy({ $0.text.trimmingWhitespace().isEmpty })
    {
      throw InputError.onlyDebris(file: path, lines: normalised.dropped.count)
    }
    try Self.checkUnitCount(of: speeches, file: path)
    return analyse(normalised, speeches: speeches, ids: &ids, timings: timings)
  }

  /// Refuses a file of more than ``Limits/maximumUnitsPerFile`` sentences before the slow part.
  ///
  /// Files that cannot hold that many (fewer lines and stops) are not split twice.
  private static func checkUnitCount(of speeches: [Speech], file: String) throws(InputError) {
    let splitter = UnitSplitter()
    let bound = speeches.reduce(0) { $0 + splitter.mostUnits(in: $1) }
    guard bound > Limits.maximumUnitsPerFile else { return }
    var count = 0
    for speech in speeches {
      count += splitter.units(of: speech).count
      if count > Limits.maximumUnitsPerFile {
        throw .tooManyUnits(file: file, limit: Limits.maximumUnitsPerFile)
      }
    }
  }

  /// Normalises the text and splits it into speeches, timing both.
  private func prepare(
    _ source: SourceText,
    timings: inout StageTimings
  ) -> (Normaliser.Result, [Speech]) {
    let start = ContinuousClock.now
    let normalised = normaliser.normalise(source)
    timings.convert = normalised.conversionSeconds
    timings.normalise = StageTimings.seconds(since: start) - normalised.conversionSeconds
    let split = ContinuousClock.now
    let speeches = SpeechSplitter().split(normalised.text)
    timings.split = StageTimings.seconds(since: split)
    return (normalised, speeches)
  }

  private func analyse(
    _ normalised: Normaliser.Result,
    speeches: [Speech],
    ids: inout DirectiveID,
    timings: StageTimings
  ) -> FileResult {
    let source = normalised.text
    var timings = timings
    var start = ContinuousClock.now
    var directives: [Directive] = []
    var skipped: [SkippedUnit] = []
    var meetingDates: [MeetingDate] = []
    let fileDate = MeetingDateFinder.find(
      in: normalised.text.lines.map(\.text),
      year: configuration.year
    )
    for speech in speeches {
      meetingDates.append(meetingDate(for: speech, fileDate: fileDate))
    }
    timings.split += StageTimings.seconds(since: start)
    start = .now
    var deadlineSeconds = 0.0
    for (speech, meeting) in zip(speeches, meetingDates) {
      directives += extractor.directives(
        in: speech,
        file: source.file,
        ids: &ids,
        skipped: &skipped
      ) { text in
        let found = ContinuousClock.now
        defer { deadlineSeconds += StageTimings.seconds(since: found) }
        return times.deadline(in: text, meetingDate: meeting.date)
      }
    }
    timings.deadlines = deadlineSeconds
    timings.extract = StageTimings.seconds(since: start) - deadlineSeconds
    return FileResult(
      file: source.file,
      directives: directives,
      speeches: speeches.count,
      dropped: normalised.dropped,
      text: normalised.text,
      skipped: skipped,
      meetingDates: meetingDates,
      timings: timings
    )
  }

  /// `--date` first, then a date in the speech's opening, then one anywhere in the file's
  /// opening (a page's 发布日期); relative deadlines stay unresolved without any.
  private func meetingDate(
    for speech: Speech,
    fileDate: (date: CalendarDate, evidence: String)?
  ) -> MeetingDate {
    if let date = configuration.meetingDate {
      return MeetingDate(speech: speech.index, date: date, evidence: "--date")
    }
    if let found = MeetingDateFinder.find(in: speech.lines.map(\.text), year: configuration.year) {
      return MeetingDate(
        speech: speech.index,
        date: found.date,
        evidence: "the speech: \(found.evidence)"
      )
    }
    if let fileDate {
      return MeetingDate(
        speech: speech.index,
        date: fileDate.date,
        evidence: "the file: \(fileDate.evidence)"
      )
    }
    return MeetingDate(
      speech: speech.index,
      date: nil,
      evidence: "none found (give --date, or --year for a dateline without a year)"
    )
  }
}
