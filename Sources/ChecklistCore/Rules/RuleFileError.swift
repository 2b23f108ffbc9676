/// A rule file (or roster) that cannot be read, does not parse as YAML, or does not say what a
/// rule file must.
///
/// Each case carries where, what is wrong, an optional context with its own location and the
/// source line, and prints as ``Diagnostic`` does: `file:line:column: error: problem`, then the
/// line with a caret under the column, then the context as a note.
public enum RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file or folder as a whole: it cannot be read, is empty, too big, or not UTF-8.
  case file(String, problem: String)
  /// The YAML layer refused the text.
  case syntax(YAMLError)
  /// The YAML is fine, but a rule, key or value in it is not.
  case invalid(
    SourceLocation,
    problem: String,
    context: ErrorContext?,
    excerpt: SourceExcerpt?
  )

  /// An error at a place in a file, its source line to be attached by the loader.
  ///
  /// - Parameters:
  ///   - location: Where the problem is.
  ///   - problem: What is wrong.
  ///   - context: A second place the problem concerns (where a duplicate was first declared).
  public init(location: SourceLocation, problem: String, context: ErrorContext? = nil) {
    self = .invalid(location, problem: problem, context: context, excerpt: nil)
  }

  /// Wraps a YAML syntax error so that one error type leaves the rules layer.
  ///
  /// - Parameter error: The syntax error.
  public init(_ error: YAMLError) {
    self = .syntax(error)
  }

  /// The context's location, when there is one.
  var contextLocation: SourceLocation? {
    guard case .invalid(_, _, let context, _) = self else { return nil }
    return context?.location
  }

  /// The file the error is in.
  public var file: String {
    switch self {
    case .file(let path, _): path
    case .syntax(let error): error.location.file
    case .invalid(let location, _, _, _): location.file
    }
  }

  /// `file:line:column: error: problem`, then the source line and a caret, then the context.
  public var description: String {
    switch self {
    case .file(let path, let problem):
      Diagnostic.text(path, problem)
    case .syntax(let error):
      error.description
    case .invalid(let location, let problem, let context, let excerpt):
      Diagnostic.text(location.description, problem, excerpt: excerpt, context: context)
    }
  }
}

// MARK: - Source lines

extension RuleFileError {
  /// The error with the lines of `source` (the text of `file`) at its location and context.
  ///
  /// - Parameters:
  ///   - source: A file's text.
  ///   - file: Its path; an error in another file is returned as it is.
  /// - Returns: The error with its excerpts.
  func attaching(source: String, of file: String) -> RuleFileError {
    guard case .invalid(let location, let problem, var context, var excerpt) = self else {
      return self
    }
    if location.file == file { excerpt = Diagnostic.excerpt(at: location, in: source) }
    if let place = context?.location, place.file == file {
      context?.excerpt = Diagnostic.excerpt(at: place, in: source)
    }
    return .invalid(location, problem: problem, context: context, excerpt: excerpt)
  }
}
