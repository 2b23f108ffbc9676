// libFuzzer target: input decoding, HTML reduction and normalisation.
//
// Built only when CHECKLIST_FUZZ=1 (see Package.swift and Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation

private let rulesDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("rules").path

private let normaliser: Normaliser? = {
  guard let rules = try? RuleSet.load(directory: rulesDirectory),
    let converter = try? ScriptConverter()
  else { return nil }
  return Normaliser(converter: converter, debrisRules: rules.debrisRules)
}()

func fuzzDecode(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let normaliser else { fatalError("cannot load \(rulesDirectory)") }
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  guard let text = try? InputDecoder().decode(bytes, file: "fuzz.txt") else { return 0 }
  _ = normaliser.normalise(SourceReader().text(decoded: text, file: "fuzz.txt"))
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzDecode(start, count) })
