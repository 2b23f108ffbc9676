import ArgumentParser
import ChecklistCore

/// The `--wait` option of the commands that change a tracker.
struct LockOptions: ParsableArguments {
  @Option(help: "How many seconds to wait for another command's lock on the tracker.")
  var wait: Double = TrackerFile.defaultWait

  func validate() throws {
    if !(wait >= 0) { throw ValidationError("--wait must be a number of seconds, 0 or more.") }
  }

  /// Changes the tracker at `path` under its lock, waiting at most `--wait` seconds for it and
  /// printing notices on standard error.
  func update<Result>(
    _ path: String,
    _ body: (inout TrackerDocument) throws(TrackerError) -> Result
  ) throws(TrackerError) -> Result {
    try TrackerFile.update(path: path, wait: wait, notify: { printError($0) }, body)
  }
}
