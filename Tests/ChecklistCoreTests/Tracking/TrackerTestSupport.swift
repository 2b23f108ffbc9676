import Foundation
import Testing

@testable import ChecklistCore

/// The folder of tracker fixtures.
let trackerFixtures = packageRoot.appendingPathComponent(
  "Tests/ChecklistCoreTests/Fixtures/Tracking"
)

/// The bytes of a tracker fixture.
func trackerFixture(_ name: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: trackerFixtures.appendingPathComponent(name)))
}

/// A directive with just the fields trackers use.
func directive(
  _ id: String,
  _ text: String,
  lead: String? = nil,
  supports: [String] = [],
  owner: String? = nil,
  due: String? = nil,
  action: String? = nil,
  line: Int = 1
) -> Directive {
  var departments: [DepartmentAssignment] = []
  if let lead {
    departments.append(DepartmentAssignment(name: lead, role: .lead, basis: .explicit))
  }
  departments += supports.map { DepartmentAssignment(name: $0, role: .support, basis: .explicit) }
  return Directive(
    id: id,
    file: "000.txt",
    document: 1,
    line: line,
    text: text,
    departments: departments,
    owner: owner,
    action: action,
    deadline: due.map { Deadline(text: $0, kind: .date, due: CalendarDate(iso: $0)) }
  )
}

/// The indices at which two line lists differ, when they have the same length.
func changedLines(_ before: TrackerDocument, _ after: TrackerDocument) -> [Int] {
  guard before.lines.count == after.lines.count else { return [-1] }
  return before.lines.indices.filter {
    before.lines[$0].text != after.lines[$0].text
      || before.lines[$0].ending != after.lines[$0].ending
  }
}

/// A small deterministic random generator (SplitMix64), so failures can be replayed by seed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
