import Foundation
import Testing

@testable import ChecklistCore

@Suite("Tracker files: atomic, locked writes", .serialized)
struct TrackerFileTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tracker-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func write(_ text: String, to name: String) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static let twoTasks =
    "# 跟踪\r\n\r\n## 卫健委\r\n\r\n- [ ] 任务一 id:aaaa0001\r\n- [ ] 任务二 id:bbbb0002\r\n"

  @Test func createRefusesToOverwrite() throws {
    let path = try write("已有内容\n", to: "exists.md")
    let document = TrackerDocument.new(directives: [], file: path)
    let error = #expect(throws: TrackerError.self) { try TrackerFile.create(document, at: path) }
    #expect(error == .alreadyExists(file: path))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "已有内容\n")
    let fresh = folder.appendingPathComponent("new.md").path
    try TrackerFile.create(document, at: fresh)
    #expect(try TrackerFile.read(path: fresh).text == document.text)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers.sorted() == ["exists.md", "new.md"])
  }

  @Test func updateWritesOnlyWhenSomethingChangedAndLeavesNoTemporaryFiles() throws {
    let path = try write(Self.twoTasks, to: "t.md")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    try TrackerFile.update(path: path) { document throws(TrackerError) in
      try document.markDone("aaaa", on: CalendarDate(daysSinceEpoch: 18_661))
    }
    #expect(
      try String(contentsOfFile: path, encoding: .utf8)
        == Self.twoTasks.replacingOccurrences(
          of: "- [ ] 任务一 id:aaaa0001",
          with: "- [x] 任务一 id:aaaa0001 done:2021-02-03"
        )
    )
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.md"])
  }

  @Test func failedUpdateLeavesTheFileUntouched() throws {
    let path = try write(Self.twoTasks, to: "t.md")
    #expect(throws: TrackerError.self) {
      try TrackerFile.update(path: path) { document throws(TrackerError) in
        try document.markDone("aaaa", on: CalendarDate(daysSinceEpoch: 0))
        try document.markDone("nope", on: CalendarDate(daysSinceEpoch: 0))
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.twoTasks)
  }

  @Test func concurrentUpdatesFromThreadsAllTakeEffect() async throws {
    let ids = (0..<16).map { String(format: "t%07d", $0) }
    let text = "## 卫健委\n" + ids.map { "- [ ] 任务 id:\($0)\n" }.joined()
    let path = try write(text, to: "threads.md")
    await withTaskGroup(of: Void.self) { group in
      for id in ids {
        group.addTask {
          _ = try? TrackerFile.update(path: path) { document throws(TrackerError) in
            try document.markDone(id, on: CalendarDate(daysSinceEpoch: 0))
          }
        }
      }
    }
    let document = try TrackerFile.read(path: path)
    #expect(document.tasks.allSatisfy { $0.task.state == .done })
  }

  @Test func concurrentDoneCommandsBothTakeEffect() throws {
    let binary = Bundle.main.bundleURL.appendingPathComponent("checklist")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      print("skipping: no checklist binary at \(binary.path); run 'swift build' first")
      return
    }
    for round in 1...20 {
      let path = try write(Self.twoTasks, to: "round\(round).md")
      let processes = ["aaaa0001", "bbbb"].map { id in
        let process = Process()
        process.executableURL = binary
        process.arguments = ["done", id, "--tracker", path, "--on", "2021-02-03"]
        process.standardOutput = FileHandle.nullDevice
        return process
      }
      for process in processes { try process.run() }
      for process in processes { process.waitUntilExit() }
      #expect(processes.map(\.terminationStatus) == [0, 0], "round \(round)")
      let document = try TrackerFile.read(path: path)
      #expect(document.tasks.map(\.task.state) == [.done, .done], "round \(round)")
      #expect(document.lines.allSatisfy { $0.ending == .crlf }, "round \(round)")
    }
  }
}
