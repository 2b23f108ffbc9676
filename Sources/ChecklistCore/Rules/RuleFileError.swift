/// A rule file that parses as YAML but does not say what a rule file must.
public struct RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong.
  public var problem: String

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - location: Where the problem is.
  ///   - problem: What is wrong.
  public init(location: SourceLocation, problem: String) {
    self.location = location
    self.problem = problem
  }

  /// Wraps a YAML syntax error so that one error type leaves the rules layer.
  ///
  /// - Parameter error: The syntax error.
  public init(_ error: YAMLError) {
    var problem = error.problem
    if let (what, start) = error.context { problem += " (\(what) started at \(start))" }
    self.init(location: error.location, problem: problem)
  }

  /// `file:line:column: error: problem`.
  public var description: String {
    "\(location): error: \(problem)"
  }
}
