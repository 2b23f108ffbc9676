/// Writes what a run says about itself on standard error: the meeting date each speech was
/// dated by, and (for `extract --timings`) where the time went.
public struct RunNoteRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// One line per speech: `file: speech N: meeting date D (evidence)`.
  ///
  /// - Parameter result: A file's result.
  /// - Returns: The lines, each ending in a line feed.
  public func meetingDates(of result: Pipeline.FileResult) -> String {
    result.meetingDates.map { meeting in
      let date = meeting.date.map(String.init(describing:)) ?? "unknown"
      return
        "\(result.file): speech \(meeting.speech): meeting date \(date) (\(meeting.evidence))\n"
    }.joined()
  }

  /// `timing<TAB>file<TAB>path<TAB>ms` for one file.
  ///
  /// - Parameters:
  ///   - file: The file.
  ///   - elapsed: Its wall time.
  /// - Returns: The line, ending in a line feed.
  public func timing(file: String, elapsed: Duration) -> String {
    "timing\tfile\t\(file)\t\(Self.milliseconds(elapsed))\n"
  }

  /// `timing<TAB>stage<TAB>name<TAB>ms` for each stage.
  ///
  /// - Parameter totals: The stage times of the run.
  /// - Returns: The lines, each ending in a line feed.
  public func timings(_ totals: Pipeline.StageTimings) -> String {
    totals.stages.map { "timing\tstage\t\($0.name)\t\(Self.milliseconds(.seconds($0.seconds)))\n" }
      .joined()
  }

  /// A duration as milliseconds with three decimals.
  private static func milliseconds(_ duration: Duration) -> String {
    let parts = duration.components
    let value = Double(parts.seconds) * 1000 + Double(parts.attoseconds) * 1e-15
    return String(format: "%.3f", value)
  }
}
