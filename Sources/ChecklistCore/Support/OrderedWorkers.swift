import Dispatch
import Foundation

/// Runs work items on several threads at once and hands their results back one by one in the
/// items' order, holding only a few finished results at a time.
///
/// The files of a run are independent until their directives are numbered, so they are read,
/// converted and analysed in parallel while the caller writes each result in order as soon as
/// it and every earlier one are done. At most `8 × width` items are started and not yet handed
/// back, so memory does not grow with the number of items.
struct OrderedWorkers: Sendable {
  /// How many items run at once.
  let width: Int

  /// Workers for this machine: one per processor, at most `limit`.
  ///
  /// - Parameter limit: The most threads to use.
  init(limit: Int = 4) {
    width = max(1, min(limit, ProcessInfo.processInfo.activeProcessorCount))
  }

  /// Workers of a given width.
  ///
  /// - Parameter width: How many items run at once; 1 runs them one after the other.
  init(width: Int) {
    self.width = max(1, width)
  }

  /// Runs `work` on every item and calls `deliver` with each result in the items' order.
  ///
  /// When `deliver` throws, no further item is started and the error is thrown once the items
  /// already started have finished.
  ///
  /// - Parameters:
  ///   - items: The items.
  ///   - work: What to do with one item; runs on a worker thread.
  ///   - deliver: Receives each result in order, on the calling thread.
  /// - Throws: What `deliver` throws.
  func run<Item: Sendable, Output: Sendable>(
    _ items: [Item],
    work: @escaping @Sendable (Item) -> Output,
    deliver: (Output) throws -> Void
  ) throws {
    guard width > 1, items.count > 1 else {
      for item in items { try deliver(work(item)) }
      return
    }
    let slots = items.map { _ in Slot<Output>() }
    let queue = DispatchQueue(label: "checklist.workers", attributes: .concurrent)
    // The caller starts the next item each time it takes a result, so no thread blocks to
    // feed the queue and at most `8 × width` results wait at once (enough that one slow file
    // does not leave the other threads idle).
    var started = 0
    func startNext() {
      guard started < items.count else { return }
      let (item, slot) = (items[started], slots[started])
      started += 1
      queue.async { slot.fill(work(item)) }
    }
    for _ in 0..<(8 * width) { startNext() }
    for index in items.indices {
      guard index < started else { break }
      let output = slots[index].take()
      do {
        try deliver(output)
      } catch {
        for running in slots[(index + 1)..<started] { _ = running.take() }
        throw error
      }
      startNext()
    }
  }

  /// One item's result, filled by a worker and taken by the caller.
  private final class Slot<Output>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private var output: Output?

    func fill(_ value: Output) {
      output = value
      ready.signal()
    }

    /// Waits for the result and gives it up.
    func take() -> Output {
      ready.wait()
      defer { output = nil }
      guard let output else { preconditionFailure("a slot is taken once, after it is filled") }
      return output
    }
  }
}
