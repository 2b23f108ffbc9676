// libFuzzer target: reading pdftotext's page layout and putting paragraphs back together.
//
// poppler itself runs in a child process and is not fuzzed here; what the tool does with its
// output is. Built only when CHECKLIST_FUZZ=1 (see Package.swift and Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation

func fuzzPDFLayout(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Data(UnsafeRawBufferPointer(start: $0, count: count)) } ?? Data()
  if case .success(let layout) = PDFLayout.read(bytes) { _ = layout.paragraphs() }
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzPDFLayout(start, count) })
