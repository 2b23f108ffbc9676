import Foundation
import Testing

@testable import ChecklistCore

@Suite struct AtomicFileTests {
  @Test func replacesAFileKeepingItsPermissionsAndLeavesNoTemporaryFile() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("out.txt").path
    try AtomicFile.write(Array("一".utf8), to: path, what: "the test file", format: .markdown)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "一")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    let refused = #expect(throws: OutputError.self) {
      try AtomicFile.write(Array("二".utf8), to: path, what: "the test file", format: .markdown)
    }
    #expect(
      refused?.description
        == "\(path): error: cannot write the test file: checklist did not write this file; "
        + "pass --force to replace it"
    )
    try AtomicFile.write(
      Array("二".utf8),
      to: path,
      what: "the test file",
      format: .markdown,
      policy: OutputPolicy(force: true)
    )
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "二")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
  }

  @Test func createRefusesAnExistingFile() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("new.txt").path
    #expect(try AtomicFile.create(path, with: Array("一".utf8), what: "the test file"))
    #expect(try !AtomicFile.create(path, with: Array("二".utf8), what: "the test file"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "一")
  }

  @Test func aFolderThatIsNotThereIsAnOutputError() {
    let error = #expect(throws: OutputError.self) {
      try AtomicFile.write([], to: "/nonexistent/folder/out.txt", what: "the report", format: .html)
    }
    #expect(
      error?.description
        == "/nonexistent/folder/out.txt: error: cannot create a temporary file: No such file or directory"
    )
  }
}
