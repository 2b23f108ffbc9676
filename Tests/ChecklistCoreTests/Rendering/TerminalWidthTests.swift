import Testing

@testable import ChecklistCore

@Suite struct TerminalWidthTests {
  @Test func chineseTakesTwoColumns() {
    #expect(TerminalWidth.of("卫健委") == 6)
    #expect(TerminalWidth.of("a卫b") == 4)
    #expect(TerminalWidth.padded("卫健委", to: 8) == "卫健委  ")
    #expect(TerminalWidth.padded("卫健委", to: 4) == "卫健委")
  }
}
