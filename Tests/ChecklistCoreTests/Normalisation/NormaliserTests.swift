import Testing

@testable import ChecklistCore

@Suite struct NormaliserTests {
  @Test func removesPinyinGluedAfterCharacters() {
    let pinyin = PinyinAnnotation()
    #expect(pinyin.removing(from: "會(huì)議(yì)") == "會議")
    #expect(pinyin.removing(from: "當（dāng）前") == "當前")
    #expect(pinyin.removing(from: "做好(一)工作(2020)") == "做好(一)工作(2020)")
    #expect(pinyin.removing(from: "使用 (app) 登记") == "使用 (app) 登记")
  }

  @Test func repairsStrayCommas() {
    let commas = CommaRepair()
    #expect(commas.repairing("学习,、工作") == "学习、工作")
    #expect(commas.repairing("各司其职,,相互配合,,持续") == "各司其职,相互配合,持续")
    #expect(commas.repairing("结束,。") == "结束。")
    #expect(commas.repairing("要加强，管理") == "要加强，管理")
  }

  @Test func convertsToSimplifiedKeepingLines() throws {
    let converter = try ScriptConverter()
    #expect(converter.simplified("會議\n堅決遏制疫情") == "会议\n坚决遏制疫情")
    #expect(converter.simplified("plain ascii") == "plain ascii")
  }

  @Test func dropsDebrisLinesAndKeepsLineNumbers() throws {
    let normaliser = Normaliser(converter: try ScriptConverter(), debrisRules: shippedRuleSet.debrisRules)
    let source = SourceText(
      file: "a.txt",
      text: "當(dāng)前位置:網(wǎng)站首頁 >> 作文\n\n要加強(qiáng)管理,,落實(shí)責任。\n全文阅读已结束,如果需要下载本文请点击")
    let result = normaliser.normalise(source)
    #expect(result.text.lines.map(\.text) == ["", "要加强管理,落实责任。"])
    #expect(result.text.lines.map(\.number) == [2, 3])
    #expect(result.dropped.map(\.line) == [1, 4])
  }
}
