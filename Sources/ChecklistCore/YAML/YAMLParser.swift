internal import CYAML

/// Parses YAML text into a ``YAMLNode`` tree through libyaml.
///
/// Rule files are data written by hand, so the parser is strict where YAML is permissive:
/// anchors and aliases are refused (which rules out alias bombs), nesting is bounded, and only
/// the first document of a stream is read; a second one is an error.
public struct YAMLParser: Sendable {
  /// The file name used in locations.
  public let file: String

  /// Creates a parser that names `file` in its locations and errors.
  ///
  /// - Parameter file: The file name to report.
  public init(file: String) {
    self.file = file
  }

  /// Parses `text`, returning the root node, or `nil` for an empty document.
  ///
  /// - Parameter text: The YAML source.
  /// - Returns: The root node, or `nil` when the stream holds no document.
  /// - Throws: ``YAMLError`` with the line and column of the problem.
  public func parse(_ text: String) throws(YAMLError) -> YAMLNode? {
    do {
      return try build(text)
    } catch {
      throw error.attaching(source: text)
    }
  }
}

// MARK: - Building

private extension YAMLParser {
  func build(_ text: String) throws(YAMLError) -> YAMLNode? {
    let state = ParserState(text: text)
    var stack: [Builder] = []
    var root: YAMLNode?
    var documents = 0
    while true {
      let event = try state.next(file: file)
      let location = SourceLocation(file: file, line: event.line, column: event.column)
      switch event.kind {
      case .streamEnd:
        return root
      case .documentStart:
        documents += 1
        if documents > 1 {
          throw .refused(location, "a rule file holds one YAML document only")
        }
      case .alias:
        throw .refused(location, "aliases (*name) are not allowed in rule files")
      case .scalar(let value, let quoted, let anchored):
        if anchored {
          throw .refused(location, "anchors (&name) are not allowed in rule files")
        }
        try add(.scalar(value, quoted: quoted, location), to: &stack, root: &root)
      case .sequenceStart(let anchored), .mappingStart(let anchored):
        if anchored {
          throw .refused(location, "anchors (&name) are not allowed in rule files")
        }
        if stack.count >= Limits.maximumYAMLDepth {
          throw .refused(location, "nesting deeper than \(Limits.maximumYAMLDepth) levels")
        }
        let isMapping: Bool
        if case .mappingStart = event.kind { isMapping = true } else { isMapping = false }
        stack.append(Builder(isMapping: isMapping, location: location))
      case .sequenceEnd, .mappingEnd:
        guard let done = stack.popLast() else {
          throw .refused(location, "unbalanced collection end")
        }
        try add(done.node, to: &stack, root: &root)
      case .other:
        continue
      }
    }
  }
}

private struct Builder {
  var isMapping: Bool
  var location: SourceLocation
  var items: [YAMLNode] = []
  /// The keys of a mapping so far, with where each stands, so that a duplicate is found in one
  /// look-up (a scan per key made a mapping of 200,000 keys take hours).
  var keys: [String: SourceLocation] = [:]

  var node: YAMLNode {
    guard isMapping else { return .sequence(items, location) }
    var pairs: [YAMLNode.Pair] = []
    var index = 0
    while index + 1 < items.count {
      pairs.append(YAMLNode.Pair(key: items[index], value: items[index + 1]))
      index += 2
    }
    return .mapping(pairs, location)
  }
}

private func add(
  _ node: YAMLNode,
  to stack: inout [Builder],
  root: inout YAMLNode?
) throws(YAMLError) {
  guard !stack.isEmpty else {
    root = node
    return
  }
  let top = stack.count - 1
  if stack[top].isMapping, stack[top].items.count % 2 == 0 {
    guard let key = node.string else {
      throw .refused(node.location, "mapping keys must be plain scalars")
    }
    if let first = stack[top].keys[key] {
      throw .refused(
        node.location,
        "duplicate key '\(key)' (first at \(first))",
        context: ErrorContext("the first '\(key)'", at: first)
      )
    }
    stack[top].keys[key] = node.location
  }
  stack[top].items.append(node)
}

// MARK: - libyaml

/// Owns the libyaml parser and the UTF-8 buffer it reads; the only place C types appear.
private final class ParserState {
  enum Kind {
    case streamEnd, documentStart, alias, other
    case scalar(String, quoted: Bool, anchored: Bool)
    case sequenceStart(anchored: Bool), sequenceEnd
    case mappingStart(anchored: Bool), mappingEnd
  }

  struct Event {
    var kind: Kind
    var line: Int
    var column: Int
  }

  private var parser = yaml_parser_t()
  private let bytes: UnsafeMutableBufferPointer<UInt8>

  init(text: String) {
    let utf8 = Array(text.utf8)
    bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(utf8.count, 1))
    _ = bytes.initialize(from: utf8)
    yaml_parser_initialize(&parser)
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    if let base = bytes.baseAddress {
      yaml_parser_set_input_string(&parser, base, utf8.count)
    }
  }

  deinit {
    yaml_parser_delete(&parser)
    bytes.deallocate()
  }

  func next(file: String) throws(YAMLError) -> Event {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else {
      throw error(file: file)
    }
    defer { yaml_event_delete(&event) }
    let line = Int(event.start_mark.line) + 1
    let column = Int(event.start_mark.column) + 1
    let kind: Kind
    switch event.type {
    case YAML_STREAM_END_EVENT:
      kind = .streamEnd
    case YAML_DOCUMENT_START_EVENT:
      kind = .documentStart
    case YAML_ALIAS_EVENT:
      kind = .alias
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let value = scalar.value.map { pointer in
        String(
          decoding: UnsafeBufferPointer(start: pointer, count: Int(scalar.length)),
          as: UTF8.self
        )
      }
      kind = .scalar(
        value ?? "",
        quoted: scalar.style != YAML_PLAIN_SCALAR_STYLE,
        anchored: scalar.anchor != nil
      )
    case YAML_SEQUENCE_START_EVENT:
      kind = .sequenceStart(anchored: event.data.sequence_start.anchor != nil)
    case YAML_SEQUENCE_END_EVENT:
      kind = .sequenceEnd
    case YAML_MAPPING_START_EVENT:
      kind = .mappingStart(anchored: event.data.mapping_start.anchor != nil)
    case YAML_MAPPING_END_EVENT:
      kind = .mappingEnd
    default:
      kind = .other
    }
    return Event(kind: kind, line: line, column: column)
  }

  private func error(file: String) -> YAMLError {
    let problem = parser.problem.map { String(cString: $0) } ?? "unknown YAML error"
    let mark = parser.problem_mark
    let location = SourceLocation(
      file: file,
      line: Int(mark.line) + 1,
      column: Int(mark.column) + 1
    )
    var context: ErrorContext?
    if let text = parser.context.map({ String(cString: $0) }) {
      let contextMark = parser.context_mark
      context = ErrorContext(
        text,
        at: SourceLocation(
          file: file,
          line: Int(contextMark.line) + 1,
          column: Int(contextMark.column) + 1
        )
      )
    }
    return .syntax(location, problem: problem, context: context, excerpt: nil)
  }
}
