/// What a sync did to a tracker, by task id.
public struct SyncSummary: Sendable, Hashable {
  /// Tasks added for directives the tracker did not have.
  public var added: [String] = []
  /// Tasks whose directive was reworded or given another deadline: same id, state and notes,
  /// new text, due day and source line.
  public var changed: [Change] = []
  /// Tasks the speeches no longer produce, now marked stale.
  public var markedStale: [String] = []
  /// Stale tasks the speeches produce again, now unmarked.
  public var revived: [String] = []
  /// Directives whose id cannot be written as a task id (see ``TrackerTask/isValidID(_:)``).
  public var rejected: [String] = []
  /// Tasks the speeches still produce, left as they were.
  public var kept: Int = 0

  /// Creates an empty summary.
  public init() {}

  /// Whether the sync changed nothing.
  public var isEmpty: Bool {
    added.isEmpty && changed.isEmpty && markedStale.isEmpty && revived.isEmpty
  }
}
