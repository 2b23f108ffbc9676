/// The whole generator: files in, directives out, configured once and reused for many files.
///
/// Every caller (the command line, the tests, the fuzz targets) runs the same line of stages,
/// each handing a value to the next:
///
/// 1. input (``SourceReader``): bytes decoded, a web page reduced to its text;
/// 2. normalise (``Normaliser``): pinyin removed, script simplified, debris dropped;
/// 3. speeches (``SpeechSplitter``), then units (``UnitSplitter``), split once;
/// 4. meeting dates (``MeetingDateFinder``), found once per speech and once per file;
/// 5. extract (``DirectiveExtractor``), with the deadlines (``TimeExpressionParser``);
/// 6. numbering (``DirectiveID``), once, in the order the files were given.
///
/// Files are analysed on several threads at once (``OrderedWorkers``) and handed back one at a
/// time in the order given, so memory does not grow with their number.
public struct Pipeline: Sendable {
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
    times = TimeExpressionParser(vocabulary: loaded.timeVocabulary)
  }

  /// Reads, normalises and analyses each file, returning its directives in reading order.
  ///
  /// - Parameter paths: The files, as the user named them.
  /// - Returns: The directives of all files, file by file.
  /// - Throws: ``InputError`` naming the file.
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
  /// - Throws: ``InputError`` or ``DocumentError`` naming the file (after the files before it
  ///   were handed to `body`), or what `body` throws.
  public func forEachFile(paths: [String], _ body: (FileResult) throws -> Void) throws {
    var ids = DirectiveID()
    try OrderedWorkers().run(paths, work: { path in Result { try self.analyse(path: path) } }) {
      try body(Self.numbered(try $0.get(), ids: &ids))
    }
  }

  /// Analyses text that is already decoded, under a file name, exactly as a file of that name
  /// and text would be (for tests and tools): the same stages, checks and limits.
  ///
  /// - Parameters:
  ///   - text: The decoded text; HTML when it looks like a page or `file` ends in `.html`.
  ///   - file: The name to record.
  /// - Returns: The file's result, numbered as the run's only file.
  /// - Throws: ``InputError`` for a file of debris only or of too many sentences.
  public func process(text: String, file: String) throws(InputError) -> FileResult {
    var ids = DirectiveID()
    let source = SourceReader().text(decoded: text, file: file)
    return Self.numbered(try analyse(source, timings: StageTimings()), ids: &ids)
  }
}

// MARK: - Stages

private extension Pipeline {
  /// Stage 1, reading, then the rest of the stages for one file.
  func analyse(path: String) throws -> FileResult {
    var timings = StageTimings()
    let source = try timings.measure(\.read) { try SourceReader().read(path: path) }
    return try analyse(source, timings: timings)
  }

  /// Stages 2 to 5 for one file's text.
  func analyse(_ source: SourceText, timings: StageTimings) throws(InputError) -> FileResult {
    var timings = timings
    let simplified = timings.measure(\.convert) { normaliser.simplified(source) }
    let normalised = timings.measure(\.normalise) { normaliser.cleaned(simplified) }
    try Self.checkNotOnlyDebris(normalised, file: source.file)
    let speeches = timings.measure(\.split) {
      SpeechSplitter().split(normalised.text).map(extractor.readingTables)
    }
    let units = try timings.measure(\.split) { () throws(InputError) in
      try Self.units(of: speeches, file: source.file)
    }
    let meetingDates = timings.measure(\.split) { self.meetingDates(of: speeches) }
    var skipped: [SkippedUnit] = []
    var deadlineSeconds = 0.0
    let directives = timings.measure(\.extract) {
      zip(speeches, zip(units, meetingDates)).flatMap { speech, rest in
        extractor.directives(
          in: speech,
          units: rest.0,
          file: source.file,
          skipped: &skipped
        ) { text in
          let start = ContinuousClock.now
          defer { deadlineSeconds += StageTimings.seconds(since: start) }
          return times.deadline(in: text, meetingDate: rest.1.date)
        }
      }
    }
    timings.extract -= deadlineSeconds
    timings.deadlines = deadlineSeconds
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

  /// Stage 6: ids in reading order, from the run's allocator.
  static func numbered(_ result: FileResult, ids: inout DirectiveID) -> FileResult {
    var result = result
    for index in result.directives.indices {
      result.directives[index].id = ids.next(for: result.directives[index].text)
    }
    return result
  }

  /// Refuses a page whose every line was debris: nothing of a speech is left.
  static func checkNotOnlyDebris(_ normalised: Normaliser.Result, file: String) throws(InputError) {
    if !normalised.dropped.isEmpty,
      normalised.text.lines.allSatisfy({ $0.text.trimmingWhitespace().isEmpty })
    {
      throw .onlyDebris(file: file, lines: normalised.dropped.count)
    }
  }

  /// Each speech's units, refusing a file of more than ``Limits/maximumUnitsPerFile`` sentences
  /// as soon as it has that many, before the slow part.
  static func units(of speeches: [Speech], file: String) throws(InputError) -> [[Unit]] {
    let splitter = UnitSplitter()
    var count = 0
    var result: [[Unit]] = []
    for speech in speeches {
      let units = splitter.units(of: speech)
      count += units.count
      if count > Limits.maximumUnitsPerFile {
        throw .tooManyUnits(file: file, limit: Limits.maximumUnitsPerFile)
      }
      result.append(units)
    }
    return result
  }
}

// MARK: - Meeting dates

private extension Pipeline {
  /// The date each speech's relative deadlines are counted from: `--date` first, then a date in
  /// the speech's opening, then one in the file's opening (a page's 发布日期); relative
  /// deadlines stay unresolved without any.
  ///
  /// Each opening is searched once. The first speech starts the file, so its opening is the
  /// file's too unless it is shorter than ``MeetingDateFinder/openingLines``.
  func meetingDates(of speeches: [Speech]) -> [MeetingDate] {
    if let date = configuration.meetingDate {
      return speeches.map { MeetingDate(speech: $0.index, date: date, evidence: "--date") }
    }
    let speechDates = speeches.map { find(in: $0.lines) }
    var fileDate: (date: CalendarDate, evidence: String)??
    return zip(speeches, speechDates).map { speech, found in
      if let found {
        return MeetingDate(
          speech: speech.index,
          date: found.date,
          evidence: "the speech: \(found.evidence)"
        )
      }
      if fileDate == nil {
        let opensFile =
          speeches.count == 1 || speeches[0].lines.count >= MeetingDateFinder.openingLines
        fileDate = .some(opensFile ? speechDates[0] : find(in: Self.opening(of: speeches)))
      }
      if let fileDate = fileDate ?? nil {
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

  /// The file's first lines, across speeches.
  static func opening(of speeches: [Speech]) -> [SourceLine] {
    var lines: [SourceLine] = []
    for speech in speeches where lines.count < MeetingDateFinder.openingLines {
      lines += speech.lines.prefix(MeetingDateFinder.openingLines - lines.count)
    }
    return lines
  }

  /// The date in the opening of `lines`.
  func find(in lines: [SourceLine]) -> (date: CalendarDate, evidence: String)? {
    MeetingDateFinder.find(
      in: lines.prefix(MeetingDateFinder.openingLines).map(\.text),
      year: configuration.year
    )
  }
}
