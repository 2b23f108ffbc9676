import Foundation
import Testing

@testable import ChecklistCore

/// Speech files as offices really have them: each is refused with one line naming the file (and
/// the line where there is one), exit status 1, and `generate --out` writes nothing.
@Suite("Bad input: speech files")
struct SpeechInputTests {
  let folder: BadInputFolder

  init() throws {
    folder = try BadInputFolder()
  }

  /// Refuses the speech `name` holding `bytes` with `message(path)`.
  func expectRefused(
    _ name: String,
    _ bytes: [UInt8],
    message: (String) -> String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let path = try folder.write(name, bytes)
    try expectGenerateRefusal(
      in: folder,
      [path],
      message: message(path),
      sourceLocation: sourceLocation
    )
  }

  @Test func emptyFile() throws {
    try expectRefused("empty.txt", []) {
      "\($0): error: the file is empty; there is no speech to read"
    }
  }

  @Test func whiteSpaceOnly() throws {
    try expectRefused("blank.txt", Array(" \r\n\t\u{3000}\n".utf8)) {
      "\($0): error: the file is empty; there is no speech to read"
    }
  }

  @Test func pngImage() throws {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48]
    try expectRefused("speech.png", png) {
      "\($0): error: this is a binary file (PNG image), not a text speech"
    }
  }

  @Test func docxZipCutShort() throws {
    let docx: [UInt8] =
      [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0] + Array("[Content_Types].xml".utf8)
    try expectRefused("speech.docx", docx) {
      "\($0): error: the Word document is damaged or cut short (no readable zip directory); "
        + "open it in Word or WPS, which can often repair it, and 另存为 .docx"
    }
  }

  @Test func truncatedUTF8() throws {
    // The last character, 强 (E5 BC BA), lost its final byte.
    let bytes = Array("各部门要加强管理。\n要加".utf8) + [0xE5, 0xBC]
    try expectRefused("cut.txt", bytes) {
      // Columns count characters: 要加 then the bad byte.
      "\($0):2:3: error: not valid UTF-8 or GB18030: the text reads as UTF-8 up to byte 0xe5 "
        + "here (a stray byte, or a file cut short)\n"
        + "要加\n"
        + "    ^"
    }
  }

  @Test func utf16WithoutBOM() throws {
    let little = "各部门要加强管理。\n市教育局要抓好落实。\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    try expectRefused("utf16.txt", little) {
      "\($0): error: this looks like UTF-16 without a byte-order mark; "
        + "save it as UTF-8 (or UTF-16 with a BOM)"
    }
    // Without a line break there is no zero byte at all.
    let big = "各部门要加强管理".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    try expectRefused("utf16be.txt", big) {
      "\($0): error: this looks like UTF-16 without a byte-order mark; "
        + "save it as UTF-8 (or UTF-16 with a BOM)"
    }
  }

  @Test func gb18030WithAStrayByte() throws {
    // 各部门要加强管理 in GBK, with 0xFF after 各部门 (the sixth byte).
    let gbk: [UInt8] = [
      0xB8, 0xF7, 0xB2, 0xBF, 0xC3, 0xC5, 0xFF, 0xD2, 0xAA, 0xBC, 0xD3, 0xC7, 0xBF, 0xB9, 0xDC,
      0xC0, 0xED, 0x0A,
    ]
    try expectRefused("gbk.txt", gbk) {
      "\($0):1:4: error: not valid UTF-8 or GB18030: the text reads as GB18030 up to byte 0xff "
        + "here (a stray byte, or a file cut short)\n"
        + "各部门\n"
        + "      ^"
    }
  }

  @Test func fiftyMegabytesWithoutALineBreak() throws {
    let chunk = Data(repeating: UInt8(ascii: "a"), count: 1024 * 1024)
    let path = try folder.writeLarge("one-line.txt") { handle in
      for _ in 0..<50 { handle.write(chunk) }
    }
    try expectGenerateRefusal(
      in: folder,
      [path],
      message:
        "\(path):1: error: line 1 is longer than 262144 bytes, the limit for one line; "
        + "has the file lost its line breaks?"
    )
  }

  @Test func longLineAfterShortOnes() throws {
    let bytes =
      Array("标题\r\n\r\n各部门要加强管理。\n".utf8)
      + Array(repeating: 0x61, count: Limits.maximumLineBytes + 1)
    try expectRefused("long.txt", bytes) {
      "\($0):4: error: line 4 is longer than 262144 bytes, the limit for one line; "
        + "has the file lost its line breaks?"
    }
  }

  @Test func tooLarge() throws {
    // Sparse: the size is past the limit without writing 64 MiB.
    let path = try folder.writeLarge("huge.txt") { handle in
      try handle.truncate(atOffset: UInt64(Limits.maximumInputBytes) + 1)
    }
    try expectGenerateRefusal(
      in: folder,
      [path],
      message:
        "\(path): error: the file has 67108865 bytes, more than the 67108864-byte limit for one input"
    )
  }

  @Test func hundredThousandDirectives() throws {
    var text = "关于加强管理的讲话\n"
    for index in 0..<100_000 { text += "市教育局要加强第\(index)项管理。\n" }
    try expectRefused("many.txt", Array(text.utf8)) {
      "\($0): error: the file holds more than 20000 sentences, the limit for one file; "
        + "split it into smaller files"
    }
  }

  @Test func nulBytes() throws {
    let bytes = Array("各部门要加强管理。\n市教".utf8) + [0] + Array("育局要抓好落实。\n".utf8)
    try expectRefused("nul.txt", bytes) {
      "\($0):2:3: error: NUL byte: this is binary data, not a text speech\n"
        + "市教\n"
        + "    ^"
    }
  }

  @Test func allSpam() throws {
    let spam = shippedRuleSet.debrisRules.flatMap { $0.examples.triggering.map(\.text) }
    #expect(spam.count > 5)
    try expectRefused("spam.html.txt", Array(spam.joined(separator: "\n").utf8)) {
      "\($0): error: all \(spam.count) lines are web-page debris (spam, menus, footers); "
        + "there is no speech to read"
    }
  }

  @Test func oneBadFileAmongGoodOnesWritesNothing() throws {
    let good = try folder.write("good.txt", "市教育局要加强校园管理。\n")
    let bad = try folder.write("bad.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])
    try expectGenerateRefusal(
      in: folder,
      [good, bad],
      message: "\(bad): error: this is a binary file (PNG image), not a text speech"
    )
  }

  @Test(
    "A lone UTF-16 surrogate is reported where it is",
    arguments: [(false, [0x00, 0xD8] as [UInt8]), (true, [0xDC, 0x00] as [UInt8])]
  )
  func loneSurrogate(bigEndian: Bool, unit: [UInt8]) throws {
    func utf16(_ text: String) -> [UInt8] {
      text.utf16.flatMap {
        bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)]
      }
    }
    let bytes =
      (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + utf16("第一行。\r\n第二行。\r\n市😀教育") + unit
      + utf16("要加强。\r\n")
    try expectRefused("surrogate.txt", bytes) {
      "\($0):3:5: error: invalid UTF-16 (a lone surrogate)\n"
        + "市😀教育\n"
        + "       ^"
    }
  }
}
