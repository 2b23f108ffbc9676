import ChecklistCore

/// Why `checklist serve` could not start, or could not issue a token.
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The tracker could not be read.
  case tracker(TrackerError)
  /// The page templates are missing or do not parse.
  case template(TemplateError)
  /// The token file could not be read or written.
  case tokenFile(path: String, problem: String)
  /// A line of the token file does not read as `sha256:HEX office|department NAME`.
  case malformedToken(SourceLocation)
  /// A token was asked for a department that neither the tracker nor the roster names.
  case unknownDepartment(String, known: [String])

  /// `path: error: message`, or `path:line: error: message`.
  public var description: String {
    switch self {
    case .tracker(let error):
      return error.description
    case .template(let error):
      return error.description
    case .tokenFile(let path, let problem):
      return "\(path): error: \(problem)"
    case .malformedToken(let location):
      return
        "\(location): error: a token line reads 'sha256:<64 hex digits> office NAME' or "
        + "'sha256:<64 hex digits> department NAME'"
    case .unknownDepartment(let name, let known):
      let list = known.isEmpty ? "none" : known.joined(separator: ", ")
      return
        "error: '\(name)' is not a department of the tracker or the roster (known: \(list))"
    }
  }
}
