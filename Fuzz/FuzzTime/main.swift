// libFuzzer target: the time-expression parser and the meeting-date finder.
//
// Built only when CHECKLIST_FUZZ=1 (see Package.swift and Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation

private let rulesDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("rules").path

private let parser: TimeExpressionParser? = {
  guard let rules = try? RuleSet.load(directory: rulesDirectory)
  else { return nil }
  return TimeExpressionParser(vocabulary: rules.timeVocabulary)
}()

func fuzzTime(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let parser else { fatalError("cannot load \(rulesDirectory)") }
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  let text = String(decoding: bytes, as: UTF8.self)
  let meeting = MeetingDateFinder.find(in: [text], year: 2024)?.date
  _ = parser.deadlines(in: text, meetingDate: meeting)
  _ = parser.deadline(in: text, meetingDate: nil)
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzTime(start, count) })
