import Foundation
import Testing

@testable import ChecklistCore

@Suite struct InputDecoderTests {
  let decoder = InputDecoder()

  @Test func acceptsUTF8WithAndWithoutBOM() throws {
    #expect(try decoder.decode(Array("要加强管理。".utf8), file: "a.txt") == "要加强管理。")
    #expect(
      try decoder.decode([0xEF, 0xBB, 0xBF] + Array("要加强管理。".utf8), file: "a.txt") == "要加强管理。"
    )
  }

  @Test func acceptsUTF16WithBOM() throws {
    let little: [UInt8] =
      [0xFF, 0xFE] + "要加强".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + "要加强".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(try decoder.decode(little, file: "a.txt") == "要加强")
    #expect(try decoder.decode(big, file: "a.txt") == "要加强")
  }

  @Test func acceptsGB18030() throws {
    // 要加强管理 in GBK.
    let bytes: [UInt8] = [0xD2, 0xAA, 0xBC, 0xD3, 0xC7, 0xBF, 0xB9, 0xDC, 0xC0, 0xED]
    #expect(try decoder.decode(bytes, file: "a.txt") == "要加强管理")
  }

  @Test func refusesEmptyInput() {
    #expect(throws: InputError.empty(file: "e.txt")) { try decoder.decode([], file: "e.txt") }
    #expect(throws: InputError.empty(file: "e.txt")) {
      try decoder.decode(Array(" \n\t ".utf8), file: "e.txt")
    }
    #expect(
      InputError.empty(file: "e.txt").description
        == "e.txt: error: the file is empty; there is no speech to read"
    )
  }

  @Test func refusesBinaryInput() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    #expect(throws: InputError.self) { try decoder.decode(png, file: "p.png") }
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 6, 0]
    #expect(throws: InputError.self) { try decoder.decode(zip, file: "d.docx") }
  }

  @Test func namesTheFileOfAMissingInput() {
    let error = #expect(throws: InputError.self) {
      try decoder.read(path: "/nonexistent/speech.txt")
    }
    #expect(error?.description.hasPrefix("/nonexistent/speech.txt: error:") == true)
  }

  @Test func utf16ErrorsNameTheLineAndCharacter() {
    // 要 then a lone high surrogate on line 2, in UTF-16 little-endian with a BOM.
    let units: [UInt16] = [0x8981, 0x000A, 0x5E02, 0xD800, 0x0041]
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let error = #expect(throws: InputError.self) { try decoder.decode(bytes, file: "u.txt") }
    #expect(error?.description == "u.txt:2:2: error: invalid UTF-16 (a lone surrogate)\n市\n  ^")
    let nul: [UInt16] = [0x8981, 0x0000]
    let nulBytes: [UInt8] = [0xFF, 0xFE] + nul.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let second = #expect(throws: InputError.self) { try decoder.decode(nulBytes, file: "n.txt") }
    #expect(second?.description == "n.txt:1:2: error: NUL character in UTF-16 text\n要\n  ^")
  }

  @Test func wholeFileErrorsHaveNoLine() {
    let odd: [UInt8] = [0xFF, 0xFE, 0x41]
    let error = #expect(throws: InputError.self) { try decoder.decode(odd, file: "o.txt") }
    #expect(error?.description == "o.txt: error: UTF-16 text with an odd number of bytes")
  }
}
