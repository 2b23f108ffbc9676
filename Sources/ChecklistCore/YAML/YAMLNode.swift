/// A node of a parsed YAML document, carrying where it stood in the source.
///
/// Rule files are read into this tree first; the `Rules` layer then turns it into typed rules
/// and reports anything unexpected at the node's location.
public enum YAMLNode: Sendable, Equatable {
  /// A scalar and whether it was quoted (quoted scalars are never read as numbers or booleans).
  case scalar(String, quoted: Bool, SourceLocation)
  /// A sequence of nodes.
  case sequence([YAMLNode], SourceLocation)
  /// A mapping, in source order.
  case mapping([Pair], SourceLocation)

  /// One key and value of a mapping.
  public struct Pair: Sendable, Equatable {
    /// The key node (always a scalar in rule files).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode
  }

  /// Where the node starts.
  public var location: SourceLocation {
    switch self {
    case .scalar(_, _, let location), .sequence(_, let location), .mapping(_, let location):
      return location
    }
  }

  /// The scalar's text, or `nil` for a collection.
  public var string: String? {
    if case .scalar(let text, _, _) = self { return text }
    return nil
  }

  /// A short name of the node's kind, for error messages.
  public var kindName: String {
    switch self {
    case .scalar: return "a scalar"
    case .sequence: return "a sequence"
    case .mapping: return "a mapping"
    }
  }
}
