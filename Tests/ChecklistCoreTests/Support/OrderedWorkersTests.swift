import Foundation
import Testing

@testable import ChecklistCore

@Suite struct OrderedWorkersTests {
  /// Counts how many items were started, from any thread.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
  }

  struct Stop: Error {}

  @Test func deliversEveryResultInTheItemsOrder() throws {
    var delivered: [Int] = []
    try OrderedWorkers(width: 4).run(
      Array(0..<200),
      work: { item in
        // Later items finish first, so order comes from the workers, not from timing.
        usleep(UInt32((200 - item) % 7) * 100)
        return item * 2
      }
    ) { delivered.append($0) }
    #expect(delivered == (0..<200).map { $0 * 2 })
  }

  @Test func aFailureStopsStartingItemsAndIsThrown() {
    let started = Counter()
    var delivered: [Int] = []
    #expect(throws: Stop.self) {
      try OrderedWorkers(width: 2).run(
        Array(0..<1000),
        work: { item in
          started.increment()
          return item
        }
      ) { item in
        if item == 10 { throw Stop() }
        delivered.append(item)
      }
    }
    #expect(delivered == Array(0..<10))
    #expect(started.count <= 11 + 8 * 2)
  }

  @Test func oneWorkerRunsItemsOneAfterTheOther() throws {
    var delivered: [String] = []
    try OrderedWorkers(width: 1).run(["a", "b", "c"], work: { $0.uppercased() }) {
      delivered.append($0)
    }
    #expect(delivered == ["A", "B", "C"])
  }
}
