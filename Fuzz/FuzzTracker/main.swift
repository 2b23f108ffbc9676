// libFuzzer target: the tracker parser, and writing a tracker back unchanged.
//
// Built only when CHECKLIST_FUZZ=1 (see Package.swift and Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation

func fuzzTracker(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  let document: TrackerDocument
  do {
    document = try TrackerDocument(parsing: bytes, file: "fuzz.md")
  } catch {
    _ = error.description
    return 0
  }
  // A tracker that was read must write back byte for byte: nothing else protects hand edits.
  guard let written = try? document.encoded() else {
    fatalError("a parsed tracker could not be written back")
  }
  if written != bytes { fatalError("writing back changed the tracker's bytes") }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzTracker(start, count) })
