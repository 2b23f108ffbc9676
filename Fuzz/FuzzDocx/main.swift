// libFuzzer target: the .docx reader (archive, XML, numbering, body).
//
// An input that starts with "PK" is read as a .docx as it is. Any other input is cut at each
// "\n--part--\n" into word/document.xml, word/numbering.xml and word/styles.xml, which are
// stored (uncompressed) in a fresh archive, so that mutations reach the XML readers instead of
// failing the archive's checksums. Built only when CHECKLIST_FUZZ=1 (see Package.swift and
// Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation
import ZIPFoundation

private let separator = Array("\n--part--\n".utf8)
private let parts = ["word/document.xml", "word/numbering.xml", "word/styles.xml"]

private func archive(around bytes: [UInt8]) -> [UInt8]? {
  var pieces: [[UInt8]] = []
  var rest = bytes[...]
  while pieces.count < parts.count - 1, let range = rest.firstRange(of: separator) {
    pieces.append(Array(rest[..<range.lowerBound]))
    rest = rest[range.upperBound...]
  }
  pieces.append(Array(rest))
  guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
  for (name, piece) in zip(parts, pieces) {
    let data = Data(piece)
    try? archive.addEntry(
      with: name,
      type: .file,
      uncompressedSize: Int64(data.count),
      compressionMethod: .none
    ) { position, size in
      data.subdata(in: Int(position)..<(Int(position) + size))
    }
  }
  return archive.data.map { Array($0) }
}

func fuzzDocx(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  let docx = bytes.starts(with: [0x50, 0x4B]) ? bytes : archive(around: bytes)
  guard let docx else { return 0 }
  _ = try? DocumentReader().read(docx, file: "fuzz.docx")
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzDocx(start, count) })
