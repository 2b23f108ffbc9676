import Testing

@testable import ChecklistCore

@Suite struct CharacterTableTests {
  /// The scalar path must answer exactly as a `[Character: Value]` does, canonical
  /// equivalents included: U+F9B2 is canonically 零, U+212B is Å, "e\u{301}" is é.
  @Test func answersAsACharacterDictionary() {
    let probes: [Character] = [
      "零", "\u{F9B2}", "✕", "x", "X", "Å", "\u{212B}", "é", "e\u{301}", "e", "，", ",", "一",
    ]
    for key in probes {
      var entries: [Character: Int] = ["✕": 2, "，": 3]
      entries[key] = 1
      let table = CharacterTable(entries)
      for probe in probes {
        #expect(table[probe] == entries[probe], "\(key) \(probe.unicodeScalars.map(\.value))")
      }
    }
  }
}
