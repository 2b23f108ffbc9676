extension SyncSummary {
  /// A task whose directive the speeches now word differently or date differently, matched by
  /// ``DirectiveMatcher`` and updated in place.
  public struct Change: Sendable, Hashable {
    /// The task's id, which it keeps.
    public var id: String
    /// The text before the sync.
    public var oldText: String
    /// The text now.
    public var newText: String
    /// The `due:` day before the sync.
    public var oldDue: CalendarDate?
    /// The `due:` day now.
    public var newDue: CalendarDate?

    /// Creates a change record.
    ///
    /// - Parameters:
    ///   - id: The task's id.
    ///   - oldText: The text before.
    ///   - newText: The text now.
    ///   - oldDue: The due day before.
    ///   - newDue: The due day now.
    public init(
      id: String,
      oldText: String,
      newText: String,
      oldDue: CalendarDate?,
      newDue: CalendarDate?
    ) {
      self.id = id
      self.oldText = oldText
      self.newText = newText
      self.oldDue = oldDue
      self.newDue = newDue
    }
  }
}
