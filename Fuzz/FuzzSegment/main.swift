// libFuzzer target: splitting text into speeches, units and sentences.
//
// Built only when CHECKLIST_FUZZ=1 (see Package.swift and Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation

func fuzzSegment(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  let text = String(decoding: bytes, as: UTF8.self)
  let source = SourceText(file: "fuzz.txt", text: text)
  let units = UnitSplitter()
  for speech in SpeechSplitter().split(source) {
    for unit in units.units(of: speech) { _ = units.sentences(in: unit.text) }
  }
  for line in source.lines { _ = ItemMarker.leading(in: line.text) }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzSegment(start, count) })
