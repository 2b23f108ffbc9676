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
}
