/// A YAML file that libyaml could not parse, or that breaks the limits rule files live within.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem was found.
  public var location: SourceLocation
  /// What is wrong.
  public var problem: String
  /// What the parser was doing, and where it started doing it, when libyaml says so.
  public var context: (String, SourceLocation)? {
    guard let contextText, let contextLocation else { return nil }
    return (contextText, contextLocation)
  }
  private var contextText: String?
  private var contextLocation: SourceLocation?

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - location: Where the problem was found.
  ///   - problem: What is wrong.
  ///   - context: What the parser was doing and where that started.
  public init(location: SourceLocation, problem: String, context: (String, SourceLocation)? = nil) {
    self.location = location
    self.problem = problem
    self.contextText = context?.0
    self.contextLocation = context?.1
  }

  /// `file:line:column: error: problem (context started at file:line:column)`.
  public var description: String {
    var text = "\(location): error: \(problem)"
    if let (what, where_) = context {
      text += " (\(what) started at \(where_))"
    }
    return text
  }
}
