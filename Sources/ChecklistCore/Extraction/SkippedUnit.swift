/// A unit the extractor decided is not a directive, kept so `explain` can say why.
public struct SkippedUnit: Sendable, Equatable {
  /// The original line.
  public var line: Int
  /// The unit's text.
  public var text: String
  /// Why it is not a directive.
  public var reason: String
}
