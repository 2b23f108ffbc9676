import Foundation
import Testing

@testable import ChecklistCore

/// Every input a fuzz target (`Fuzz/`, run by `Scripts/fuzz.sh`) crashed on, kept in
/// `Fixtures/Fuzz/<Target>/` and run through what that target runs, so the fix stays fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  /// The folder of kept inputs.
  static let folder = packageRoot.appendingPathComponent("Tests/ChecklistCoreTests/Fixtures/Fuzz")

  /// `Target/file` for every kept input.
  static func inputs() throws -> [String] {
    let manager = FileManager.default
    guard manager.fileExists(atPath: folder.path) else { return [] }
    return try manager.contentsOfDirectory(atPath: folder.path).sorted().flatMap { target in
      try manager.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)
        .sorted().map { "\(target)/\($0)" }
    }
  }

  /// What each kept input must give, in the words of ``outcome(of:)``.
  ///
  /// An input without an entry fails, so a new crash input comes with the outcome its fix
  /// gives.
  static let expected: [String: String] = [
    // A whitespace-only UTF-16 tracker was written back as a bare BOM; it must parse, hold no
    // task and round-trip byte for byte.
    "FuzzTracker/utf16-blank.md": "tracker: 0 tasks, 1 lines, round-trips",
    // Archives that trapped ZIPFoundation's in-memory reader or leaked in it: read from their
    // file, each is refused with one line.
    "FuzzDocx/memoryfile-leak-0e2ea763.docx": "refused: FuzzDocx/memoryfile-leak-0e2ea763.docx",
    "FuzzDocx/memoryfile-past-end-02b9a872.docx":
      "refused: FuzzDocx/memoryfile-past-end-02b9a872.docx",
    "FuzzDocx/memoryfile-past-end-08f4f0d6.docx":
      "refused: FuzzDocx/memoryfile-past-end-08f4f0d6.docx",
  ]

  @Test(arguments: try inputs())
  func stillHandled(input: String) throws {
    let outcome = try Self.outcome(of: input)
    #expect(outcome == Self.expected[input], "\(input) gave: \(outcome)")
  }

  /// Runs `input` through what its fuzz target runs and says what came of it.
  static func outcome(of input: String) throws -> String {
    let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(input)))
    let target = input.prefix(while: { $0 != "/" })
    switch target {
    case "FuzzTracker":
      // What FuzzTracker checks: a tracker that parses is written back byte for byte.
      do {
        let document = try TrackerDocument(parsing: bytes, file: input)
        let roundTrips = try document.encoded() == bytes
        return "tracker: \(document.tasks.count) tasks, \(document.lines.count) lines, "
          + (roundTrips ? "round-trips" : "CHANGED when written back")
      } catch {
        return "refused: \(error)"
      }
    case "FuzzDecode", "FuzzSegment", "FuzzTime":
      let text: String
      if target == "FuzzDecode" {
        do {
          text = try InputDecoder().decode(bytes, file: input)
        } catch {
          return "refused: \(error)"
        }
      } else {
        text = String(decoding: bytes, as: UTF8.self)
      }
      do {
        let result = try makePipeline().process(text: text, file: input)
        return "speech: \(result.speeches) speeches, \(result.directives.count) directives"
      } catch {
        return "refused: \(error)"
      }
    case "FuzzRules":
      var rules = RuleSet()
      guard let text = String(validating: bytes, as: UTF8.self) else { return "not UTF-8" }
      do {
        try rules.add(text: text, path: input)
        return "rules: \(rules.files.count) files"
      } catch {
        return "refused: \(error)"
      }
    case "FuzzDocx":
      // The archive trapped ZIPFoundation's in-memory reader (an offset past the end) or
      // leaked in it; read from a file, it is refused with one line.
      do {
        let text = try DocumentReader().read(bytes, file: input)
        return "docx: \(text.lines.count) lines"
      } catch let error as DocumentError {
        return "refused: \(error.description.prefix { $0 != ":" })"
      }
    default:
      return "no fuzz target is named \(target)"
    }
  }
}
