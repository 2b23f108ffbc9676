/// A file the tool could not write.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The step that failed ("write the report").
  public var operation: String
  /// The system's reason.
  public var reason: String

  /// `path: error: cannot operation: reason`.
  public var description: String { "\(path): error: cannot \(operation): \(reason)" }
}
