/// A problem in a tracker that does not stop the tool: the line is kept as it is and not tracked.
public struct TrackerWarning: Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong and what to do about it.
  public var message: String

  /// Creates a warning.
  ///
  /// - Parameters:
  ///   - location: Where the problem is.
  ///   - message: What is wrong.
  public init(location: SourceLocation, message: String) {
    self.location = location
    self.message = message
  }

  /// `file:line: warning: message`.
  public var description: String {
    "\(location): warning: \(message)"
  }
}
