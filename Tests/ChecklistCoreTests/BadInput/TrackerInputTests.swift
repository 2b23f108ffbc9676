import Foundation
import Testing

@testable import ChecklistCore

/// Tracker files edited by hand in whatever editor the office has: what can be kept is kept
/// byte for byte, and what cannot be read is refused with the file and line, leaving the file
/// untouched.
@Suite("Bad input: tracker files")
struct TrackerInputTests {
  let folder: BadInputFolder

  init() throws {
    folder = try BadInputFolder()
  }

  /// Splits bytes into lines after each `\n`, keeping the breaks.
  static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
  }

  @Test(
    "Windows line ends, a UTF-8 BOM and GBK survive `done`: one line changes, nothing else",
    arguments: [("crlf.md", "3f9a2c1b"), ("bom.md", "3f9a2c1b"), ("gbk.md", "3f9a2c2c")]
  )
  func encodingsAndLineEndsArePreserved(fixture: String, id: String) throws {
    let before = try trackerFixture(fixture)
    let path = try folder.write(fixture, before)
    let result = try runChecklist(["done", id, "--tracker", path, "--on", "2021-02-09"])
    #expect(result.status == 0, "\(result.error)")
    let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let (old, new) = (Self.lines(before), Self.lines(after))
    #expect(old.count == new.count)
    let changed = zip(old, new).filter { $0 != $1 }
    #expect(changed.count == 1)
    if let (was, now) = changed.first {
      #expect((was.last == 0x0D) == (now.last == 0x0D), "the line end changed")
      let text = try TrackerDocument(parsing: after, file: path).text
      #expect(text.contains("[x]") && text.contains("done:2021-02-09"))
      #expect(now.starts(with: Array("- [x]".utf8)))
    }
    #expect(after.starts(with: [0xEF, 0xBB, 0xBF]) == before.starts(with: [0xEF, 0xBB, 0xBF]))
    #expect(TrackerEncoding.detect(after) == TrackerEncoding.detect(before))
  }

  /// Runs `done` on a tracker holding `bytes` and expects `message(path)`, the file unchanged.
  func expectRefused(
    _ bytes: [UInt8],
    message: (String) -> String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let path = try folder.write("tracker.md", bytes)
    try expectRefusal(
      ["done", "aaaa0001", "--tracker", path],
      message: message(path),
      sourceLocation: sourceLocation
    )
    let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(after == bytes, "the tracker changed", sourceLocation: sourceLocation)
    #expect(try folder.contents() == ["tracker.md"], sourceLocation: sourceLocation)
  }

  static let twoTasks = "# 跟踪\n\n## 卫健委\n\n- [ ] 任务一 id:aaaa0001\n- [ ] 任务二 id:bbbb0002\n"

  @Test func aLineOneMegabyteLongIsKept() throws {
    // Unlike a speech, a tracker has no line limit: a note may hold a pasted report.
    let note = Array("  - 备注 ".utf8) + Array(repeating: 0x78, count: 1024 * 1024) + [0x0A]
    let before = Array(Self.twoTasks.utf8) + note
    let path = try folder.write("tracker.md", before)
    let result = try runChecklist(["done", "bbbb0002", "--tracker", path, "--on", "2021-02-09"])
    #expect(result.status == 0, "\(result.error)")
    let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let (old, new) = (Self.lines(before), Self.lines(after))
    #expect(zip(old, new).filter { $0 != $1 }.count == 1)
    #expect(after.suffix(note.count).elementsEqual(note))
  }

  @Test func aTaskIDTwice() throws {
    try expectRefused(Array((Self.twoTasks + "- [x] 任务三 id:aaaa0001\n").utf8)) {
      "\($0):7: error: task id 'aaaa0001' is used twice; the first is on line 5"
    }
  }

  @Test func syncWithABadSpeechLeavesTheTrackerAlone() throws {
    let speech = try folder.write("speech.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
    let before = Array(Self.twoTasks.utf8)
    let path = try folder.write("tracker.md", before)
    try expectRefusal(
      ["track", "sync", path, speech],
      message: "\(speech): error: this is a binary file (PNG image), not a text speech"
    )
    #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == before)
    #expect(try folder.contents() == ["speech.txt", "tracker.md"])
  }

  @Test func tooLarge() throws {
    let path = try folder.writeLarge("tracker.md") { handle in
      try handle.truncate(atOffset: UInt64(Limits.maximumInputBytes) + 1)
    }
    try expectRefusal(
      ["done", "aaaa0001", "--tracker", path],
      message:
        "\(path): error: the file has 67108865 bytes, more than the 67108864-byte limit for one input"
    )
  }

  @Test func nulBytes() throws {
    try expectRefused(Array(Self.twoTasks.utf8) + [0, 0x0A]) {
      "\($0):7:1: error: NUL byte: this is binary data, not a text speech"
    }
  }

  @Test func binary() throws {
    try expectRefused([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0]) {
      "\($0): error: this is a binary file (zip archive, such as a .docx or .xlsx), not a text speech"
    }
  }

  @Test(
    "Blank trackers in every encoding are read and written back unchanged",
    arguments: [
      [UInt8](), [0x20, 0x0A], [0xEF, 0xBB, 0xBF, 0x0D, 0x0A], [0xFF, 0xFE, 0x20, 0x00],
      [0xFE, 0xFF, 0x00, 0x0A, 0x00, 0x20],
    ]
  )
  func blankTrackers(bytes: [UInt8]) throws {
    // Found by FuzzTracker: a whitespace-only UTF-16 tracker was re-read as UTF-8, as nothing.
    let document = try TrackerDocument(parsing: bytes, file: "t.md")
    #expect(try document.encoded() == bytes)
  }
}
