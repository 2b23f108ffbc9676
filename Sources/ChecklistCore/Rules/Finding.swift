/// A problem found in the rules (a failed example, a lint), reported as a value with a location
/// rather than thrown, so that all of them can be listed at once.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
  /// How bad it is.
  public enum Severity: String, Sendable, Equatable {
    /// Fails `rules test` / `rules lint`.
    case error
    /// Worth a look.
    case warning
  }

  /// The rule's id.
  public var ruleID: String
  /// How bad it is.
  public var severity: Severity
  /// Where (the example or the rule).
  public var location: SourceLocation
  /// What is wrong.
  public var message: String

  /// Creates a finding.
  ///
  /// - Parameters:
  ///   - ruleID: The rule's id.
  ///   - severity: How bad it is.
  ///   - location: Where.
  ///   - message: What is wrong.
  public init(ruleID: String, severity: Severity, location: SourceLocation, message: String) {
    self.ruleID = ruleID
    self.severity = severity
    self.location = location
    self.message = message
  }

  /// `file:line:column: error: [rule] message`.
  public var description: String {
    "\(location): \(severity.rawValue): [\(ruleID)] \(message)"
  }
}
