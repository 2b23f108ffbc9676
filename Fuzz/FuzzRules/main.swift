// libFuzzer target: the YAML layer and the rule-file loader.
//
// Built only when CHECKLIST_FUZZ=1 (see Package.swift and Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation

func fuzzRules(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
  var rules = RuleSet()
  do {
    try rules.add(text: text, path: "fuzz.yaml")
  } catch {
    _ = error.description
  }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzRules(start, count) })
