/// A second place an error points at: what the parser was doing and where it began, or where a
/// duplicate was first declared.
public struct ErrorContext: Sendable, Equatable {
  /// What is there, as a note ("while parsing a flow sequence", "the first 'name'").
  public var note: String
  /// Where.
  public var location: SourceLocation
  /// The line there, when known.
  public var excerpt: SourceExcerpt?

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - note: What is there.
  ///   - location: Where.
  ///   - excerpt: The line there, when known.
  public init(_ note: String, at location: SourceLocation, excerpt: SourceExcerpt? = nil) {
    self.note = note
    self.location = location
    self.excerpt = excerpt
  }
}
