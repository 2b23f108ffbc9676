import ChecklistCore

/// The sentence each task comes from, looked up in the speeches the server was given: by the
/// task's id, else by its `src:file:line`.
public struct SourceSentences: Sendable, Equatable {
  private var byID: [String: String] = [:]
  private var byLocation: [String: String] = [:]

  /// No sentences: pages show only where each task comes from.
  public init() {}

  /// The sentences of `directives`.
  ///
  /// - Parameter directives: What the speeches produce.
  public init(directives: [Directive]) {
    for directive in directives {
      byID[directive.id] = directive.source
      let location = "\(directive.file):\(directive.line)"
      if byLocation[location] == nil { byLocation[location] = directive.source }
    }
  }

  /// The sentence `task` comes from, when the speeches hold it.
  ///
  /// - Parameter task: The task.
  /// - Returns: The whole sentence.
  public func sentence(for task: TrackerTask) -> String? {
    byID[task.id] ?? task.source.flatMap { byLocation[$0] }
  }
}
