extension Pipeline {
  /// Where a file's processing time went, stage by stage, for `extract --timings`.
  ///
  /// Times are wall-clock seconds from the monotonic clock. They are collected on every run (a
  /// few clock reads per file and one pair per directive), so the figures describe the same
  /// code that runs without the flag.
  public struct StageTimings: Sendable, Equatable {
    /// Reading and decoding the file, HTML reduced to text.
    public var read: Double = 0
    /// Traditional-to-simplified conversion through OpenCC.
    public var convert: Double = 0
    /// The rest of normalisation: pinyin, commas, debris.
    public var normalise: Double = 0
    /// Splitting the file into speeches and units, and finding the meeting dates.
    public var split: Double = 0
    /// Extraction, deadlines excluded.
    public var extract: Double = 0
    /// Finding and resolving deadlines.
    public var deadlines: Double = 0

    /// No time spent yet.
    public init() {}

    /// Each stage's time, in pipeline order, with the stage's name.
    public var stages: [(name: String, seconds: Double)] {
      [
        ("read", read), ("convert", convert), ("normalise", normalise), ("split", split),
        ("extract", extract), ("deadlines", deadlines),
      ]
    }

    /// Adds another file's timings to these.
    ///
    /// - Parameter other: The timings to add.
    public mutating func add(_ other: StageTimings) {
      read += other.read
      convert += other.convert
      normalise += other.normalise
      split += other.split
      extract += other.extract
      deadlines += other.deadlines
    }
  }
}

extension Pipeline.StageTimings {
  /// Runs `body`, adding the time it takes to `stage`.
  mutating func measure<T, E: Error>(
    _ stage: WritableKeyPath<Self, Double>,
    _ body: () throws(E) -> T
  ) throws(E) -> T {
    let start = ContinuousClock.now
    defer { self[keyPath: stage] += Self.seconds(since: start) }
    return try body()
  }

  /// The seconds elapsed since `start`.
  static func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = start.duration(to: .now).components
    return Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
  }
}
