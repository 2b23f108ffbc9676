import ChecklistCore
import Dispatch

/// Writes the pages' changes to the tracker through the same locked, atomic update as the CLI
/// (``TrackerFile/update(path:_:)``), on a thread of its own, never on the server's.
///
/// Changes that arrive while a write is under way wait and are then applied together in one
/// update (one lock, one read, one rename): fifty departments clicking at once cost a few
/// writes, not fifty, and each change still sees the tracker as the changes before it left
/// it. A change that does not fit leaves the others alone.
actor TrackerWriter {
  private let path: String
  private let queue = DispatchQueue(label: "checklist.serve.tracker-writer")
  private var waiting: [(TrackerEdit, CheckedContinuation<TrackerEdit.Outcome, Never>)] = []
  private var writing = false

  init(path: String) {
    self.path = path
  }

  /// Applies `edit` in the next update and returns what became of it once that update is on
  /// disk.
  func submit(_ edit: TrackerEdit) async -> TrackerEdit.Outcome {
    await withCheckedContinuation { continuation in
      waiting.append((edit, continuation))
      if !writing {
        writing = true
        Task { await self.drain() }
      }
    }
  }

  private func drain() async {
    while !waiting.isEmpty {
      let batch = waiting
      waiting = []
      let outcomes = await write(batch.map(\.0))
      for (index, entry) in batch.enumerated() { entry.1.resume(returning: outcomes[index]) }
    }
    writing = false
  }

  private func write(_ edits: [TrackerEdit]) async -> [TrackerEdit.Outcome] {
    let path = path
    return await withCheckedContinuation { continuation in
      queue.async {
        continuation.resume(returning: Self.update(path: path, edits))
      }
    }
  }

  private static func update(path: String, _ edits: [TrackerEdit]) -> [TrackerEdit.Outcome] {
    do {
      return try TrackerFile.update(path: path) { document throws(TrackerError) in
        edits.map { edit in
          var copy = document
          let outcome = edit.apply(&copy)
          if case .applied = outcome { document = copy }
          return outcome
        }
      }
    } catch {
      return edits.map { _ in .failed(error) }
    }
  }
}
