/// A template that is missing or does not parse.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder or file as a whole: it cannot be read, or there is no such template.
  case file(String, problem: String)
  /// The template does not parse; the excerpt is its line.
  case syntax(SourceLocation, problem: String, excerpt: SourceExcerpt?)

  /// `file:line:column: error: problem`, then the line with a caret.
  public var description: String {
    switch self {
    case .file(let path, let problem):
      Diagnostic.text(path, problem)
    case .syntax(let location, let problem, let excerpt):
      Diagnostic.text(location.description, problem, excerpt: excerpt)
    }
  }
}
