import Foundation
import Testing

@testable import ChecklistCore

/// A fresh folder for one bad-input case, with helpers to write files into it and to check that
/// a refused run wrote nothing.
struct BadInputFolder {
  /// The folder.
  let url: URL

  init() throws {
    url = try temporaryFolder()
  }

  /// The path of `name` in the folder.
  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  /// Writes `bytes` to `name` and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = path(name)
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true
    )
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Writes `text` as UTF-8 to `name` and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Array(text.utf8))
  }

  /// Creates `name` and lets `fill` write it through a handle (for files too big to build in
  /// memory); returns its path.
  func writeLarge(_ name: String, _ fill: (FileHandle) throws -> Void) throws -> String {
    let path = path(name)
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try fill(handle)
    return path
  }

  /// A copy of the shipped rules in `rules/`, plus `extra` files (name → YAML text).
  func rules(adding extra: [String: String] = [:]) throws -> String {
    let rules = path("rules")
    try FileManager.default.copyItem(atPath: shippedRules, toPath: rules)
    for (name, text) in extra { try write("rules/\(name)", text) }
    return rules
  }

  /// The names in the folder, sorted, so that a test can show nothing new appeared.
  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }
}

/// Runs `checklist` with `arguments` and expects a refusal: exit status 1, nothing on standard
/// output, and exactly `message` as the one line on standard error.
func expectRefusal(
  _ arguments: [String],
  message: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let result = try runChecklist(arguments)
  #expect(result.status == 1, "exit status", sourceLocation: sourceLocation)
  #expect(
    result.output.isEmpty,
    "standard output: \(result.output)",
    sourceLocation: sourceLocation
  )
  #expect(result.error == message + "\n", sourceLocation: sourceLocation)
}

/// Runs `checklist generate --out <folder>/out` over `arguments` and expects a refusal with
/// `message`, and no output folder afterwards.
func expectGenerateRefusal(
  in folder: BadInputFolder,
  _ arguments: [String],
  message: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let out = folder.path("out")
  try expectRefusal(
    ["generate", "--out", out] + arguments,
    message: message,
    sourceLocation: sourceLocation
  )
  #expect(
    !FileManager.default.fileExists(atPath: out),
    "generate wrote \(out)",
    sourceLocation: sourceLocation
  )
}
