/// Why a tracker could not be read, changed or written.
public enum TrackerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file's bytes could not be read as text.
  case input(InputError)
  /// Two task lines carry the same id.
  case duplicateID(id: String, first: SourceLocation, second: SourceLocation)
  /// No task id starts with the prefix the user gave.
  case unknownID(prefix: String, file: String)
  /// More than one task id starts with the prefix the user gave.
  case ambiguousID(prefix: String, matches: [String], file: String)
  /// `track init` was asked to write over a tracker that already exists.
  case alreadyExists(file: String)
  /// The file could not be opened, locked, read or written.
  case io(file: String, operation: String, reason: String)
  /// The file could not be written.
  case output(OutputError)
  /// Another process held the tracker's lock for longer than the command would wait.
  case lockTimeout(file: String, holder: String, seconds: Double)
  /// The text cannot be written back in the file's own encoding.
  case unencodable(file: String, encoding: TrackerEncoding)
  /// A template is missing or does not parse.
  case template(TemplateError)
  /// A department's report, or the office's decision on one, does not fit the task.
  case reportRefused(ReportRefusal, id: String, at: SourceLocation)
  /// `postpone` was given a day that is not after the task's current due day.
  case postponementNotLater(id: String, to: CalendarDate, due: CalendarDate, at: SourceLocation)
  /// `postpone` was asked to postpone a task that is done.
  case postponingDoneTask(id: String, at: SourceLocation)
  /// `done --on` was given a day after the day of the command (`--as-of` or today).
  case doneInTheFuture(id: String, on: CalendarDate, asOf: CalendarDate, at: SourceLocation)

  /// `path:line: error: message`, or `path: error: message` where no line applies.
  public var description: String {
    switch self {
    case .input(let error):
      return error.description
    case .duplicateID(let id, let first, let second):
      return
        "\(second): error: task id '\(id)' is used twice; the first is on line \(first.line)"
    case .unknownID(let prefix, let file):
      return "\(file): error: no task id starts with '\(prefix)'"
    case .ambiguousID(let prefix, let matches, let file):
      return
        "\(file): error: '\(prefix)' is the start of \(matches.count) task ids "
        + "(\(matches.joined(separator: ", "))); give more of the id"
    case .alreadyExists(let file):
      return "\(file): error: the tracker already exists; use 'checklist track sync' to update it"
    case .io(let file, let operation, let reason):
      return "\(file): error: cannot \(operation): \(reason)"
    case .output(let error):
      return error.description
    case .lockTimeout(let file, let holder, let seconds):
      return
        "\(file): error: cannot lock the tracker: \(holder) has held it for "
        + "\(TrackerLock.seconds(seconds)); try again later, or wait longer with --wait SECONDS"
    case .unencodable(let file, let encoding):
      return "\(file): error: the new text cannot be written in the file's encoding (\(encoding))"
    case .template(let error):
      return error.description
    case .reportRefused(let refusal, let id, let location):
      return "\(location): error: task '\(id)': \(refusal.problem)"
    case .postponementNotLater(let id, let to, let due, let location):
      return
        "\(location): error: cannot postpone \(id) to \(to): it is due \(due), and a "
        + "postponement must be later"
    case .postponingDoneTask(let id, let location):
      return "\(location): error: \(id) is done; reopen it before postponing it"
    case .doneInTheFuture(let id, let on, let asOf, let location):
      return
        "\(location): error: cannot mark \(id) done on \(on): that is after \(asOf) "
        + "(--as-of, or today)"
    }
  }
}
