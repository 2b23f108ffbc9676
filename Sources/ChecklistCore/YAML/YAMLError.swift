/// A YAML file that libyaml could not parse, or that breaks the limits rule files live within.
///
/// Each case carries where the problem is, what it is, an optional context (what the parser was
/// doing and where that began, or where a duplicate key first stood) and the source line, and
/// prints as ``Diagnostic`` does: the first line `file:line:column: error: problem`, then the
/// line with a caret, then the context as a note with its own line and caret. The context
/// matters: an unterminated `[` puts libyaml's problem mark past the end of the input, and only
/// the context points at the cause.
public enum YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// libyaml could not parse the text.
  case syntax(
    SourceLocation,
    problem: String,
    context: ErrorContext?,
    excerpt: SourceExcerpt?
  )
  /// The text is YAML, but holds what a rule file may not: a second document, an anchor or
  /// alias, nesting past the limit, a key that is not a plain scalar or a duplicate key.
  case refused(
    SourceLocation,
    problem: String,
    context: ErrorContext?,
    excerpt: SourceExcerpt?
  )

  /// Where the problem was found.
  public var location: SourceLocation {
    switch self {
    case .syntax(let location, _, _, _), .refused(let location, _, _, _): location
    }
  }

  /// What is wrong.
  public var problem: String {
    switch self {
    case .syntax(_, let problem, _, _), .refused(_, let problem, _, _): problem
    }
  }

  /// What the parser was doing, and where it started doing it, when libyaml says so; where a
  /// duplicate key first stood.
  public var context: ErrorContext? {
    switch self {
    case .syntax(_, _, let context, _), .refused(_, _, let context, _): context
    }
  }

  /// The source line at ``location``, when known.
  public var excerpt: SourceExcerpt? {
    switch self {
    case .syntax(_, _, _, let excerpt), .refused(_, _, _, let excerpt): excerpt
    }
  }

  /// `file:line:column: error: problem (context started at file:line:column)`, then the source
  /// line with a caret, then the context's line with its caret.
  public var description: String {
    var first = problem
    if case .syntax(_, _, let context?, _) = self {
      first += " (\(context.note) started at \(context.location))"
    }
    return Diagnostic.text(location.description, first, excerpt: excerpt, context: context)
  }
}

// MARK: - Source lines

extension YAMLError {
  /// The error with the lines of `source` at its location and its context's.
  func attaching(source: String) -> YAMLError {
    let excerpt = Diagnostic.excerpt(at: location, in: source)
    var context = context
    if let location = context?.location {
      context?.excerpt = Diagnostic.excerpt(at: location, in: source)
    }
    switch self {
    case .syntax(let location, let problem, _, _):
      return .syntax(location, problem: problem, context: context, excerpt: excerpt)
    case .refused(let location, let problem, _, _):
      return .refused(location, problem: problem, context: context, excerpt: excerpt)
    }
  }

  /// A refusal at `location`, its source line to be attached.
  static func refused(_ location: SourceLocation, _ problem: String, context: ErrorContext? = nil)
    -> YAMLError
  {
    .refused(location, problem: problem, context: context, excerpt: nil)
  }
}
