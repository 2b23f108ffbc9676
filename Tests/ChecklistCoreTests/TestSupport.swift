import Foundation
import Testing

@testable import ChecklistCore

/// The package's root folder, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped rules folder.
let shippedRules: String = packageRoot.appendingPathComponent("rules").path

/// The shared corpus and evaluation folder beside the package.
let sharedFolder: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

/// The shipped rules, loaded once.
let shippedRuleSet: RuleSet = {
  do {
    return try RuleSet.load(directory: shippedRules)
  } catch {
    fatalError("the shipped rules do not load: \(error)")
  }
}()

/// A pipeline over the shipped rules.
func makePipeline(date: CalendarDate? = nil) throws -> Pipeline {
  try Pipeline(configuration: .init(rulesDirectory: shippedRules, meetingDate: date))
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("checklist-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The directives of a text, analysed under the shipped rules.
func directives(_ text: String) throws -> [Directive] {
  try makePipeline().process(text: text, file: "test.txt").directives
}

/// The built `checklist` executable next to the test bundle.
let checklistExecutable: URL = {
  let beside = Bundle.main.bundleURL.appendingPathComponent("checklist")
  if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
  return packageRoot.appendingPathComponent(".build/debug/checklist")
}()

/// What a run of the executable gave.
struct CommandResult {
  var status: Int32
  var output: String
  var error: String
}

/// Runs the executable with arguments and waits for it.
func runChecklist(_ arguments: [String]) throws -> CommandResult {
  let process = Process()
  process.executableURL = checklistExecutable
  process.arguments = arguments
  let output = Pipe()
  let error = Pipe()
  process.standardOutput = output
  process.standardError = error
  try process.run()
  let outData = output.fileHandleForReading.readDataToEndOfFile()
  let errData = error.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CommandResult(
    status: process.terminationStatus,
    output: String(decoding: outData, as: UTF8.self),
    error: String(decoding: errData, as: UTF8.self)
  )
}

/// The day an ISO date names, failing the test when it names none.
func day(
  _ iso: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> CalendarDate {
  try #require(CalendarDate(iso: iso), "not a date: \(iso)", sourceLocation: sourceLocation)
}

/// The folder of golden files: outputs pinned in full, compared byte for byte.
let goldenFolder: URL = packageRoot.appendingPathComponent("Tests/ChecklistCoreTests/Fixtures")

/// Expects `text` to be exactly the golden file `name` (a path under `Fixtures/`).
///
/// Run the tests with `CHECKLIST_UPDATE_GOLDEN=1` to write the files anew after a change meant
/// to change them; then read the diff before committing.
func expectGolden(
  _ text: String,
  _ name: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let url = goldenFolder.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["CHECKLIST_UPDATE_GOLDEN"] == "1" {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(),
      withIntermediateDirectories: true
    )
    try Data(text.utf8).write(to: url)
    return
  }
  // Bytes, not strings: a byte-order mark or a line ending must not be read away.
  let golden = try Data(contentsOf: url)
  #expect(
    Data(text.utf8) == golden,
    "differs from Fixtures/\(name):\n\(String(decoding: golden, as: UTF8.self))",
    sourceLocation: sourceLocation
  )
}
