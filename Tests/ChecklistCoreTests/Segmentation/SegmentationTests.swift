import Testing

@testable import ChecklistCore

@Suite struct SegmentationTests {
  @Test func splitsSpeechesAtHeaders() {
    let splitter = SpeechSplitter()
    #expect(splitter.isHeader("第二篇:在全市疫情防控工作会议上的讲话"))
    #expect(splitter.isHeader("在疫情防控工作会议上的讲话精神篇三"))
    #expect(!splitter.isHeader("要认真学习第一篇文章的精神，做好各项工作。" + String(repeating: "要", count: 80)))
    #expect(!splitter.isHeader("加强管理。"))
    let text = SourceText(file: "a", text: "前言\n第一篇:甲\n要做好。\n第二篇:乙\n要加强。")
    let speeches = splitter.split(text)
    #expect(speeches.map(\.index) == [1, 2])
    #expect(speeches.map { $0.lines.map(\.number) } == [[1, 2, 3], [4, 5]])
  }

  @Test func readsItemMarkers() {
    #expect(ItemMarker.leading(in: "一、加强领导") == ItemMarker(text: "一、", style: .section))
    #expect(ItemMarker.leading(in: "（三）强化监测") == ItemMarker(text: "（三）", style: .parenthesised))
    #expect(ItemMarker.leading(in: "2.做好保障") == ItemMarker(text: "2.", style: .arabic))
    #expect(ItemMarker.leading(in: "一是强化源头管理") == ItemMarker(text: "一是", style: .inline))
    #expect(ItemMarker.leading(in: "二要加强防控指导") == ItemMarker(text: "二要", style: .inline))
    #expect(ItemMarker.leading(in: "第一,要提高认识") == ItemMarker(text: "第一,", style: .ordinal))
    #expect(ItemMarker.leading(in: "3. 做好保障") == ItemMarker(text: "3. ", style: .arabic))
    #expect(ItemMarker.leading(in: "四、　压实责任") == ItemMarker(text: "四、　", style: .section))
    #expect(ItemMarker.leading(in: "（五） 强化宣传") == ItemMarker(text: "（五） ", style: .parenthesised))
    #expect(ItemMarker.leading(in: "其次， 抓好落实") == ItemMarker(text: "其次， ", style: .ordinal))
    #expect(ItemMarker.leading(in: "一把手要带头") == nil)
    #expect(ItemMarker.leading(in: "十分重要") == nil)
  }

  @Test func cutsUnitsAtSentenceStopsKeepingClosingQuotes() {
    let splitter = UnitSplitter()
    #expect(splitter.sentences(in: "要做好“外防输入。”同时加强管理；严禁聚集！") == ["要做好“外防输入。”", "同时加强管理；", "严禁聚集！"])
    #expect(splitter.sentences(in: "逗号，不断句") == ["逗号，不断句"])
    #expect(splitter.sentences(in: "。。") == [])
  }

  @Test func boundsTheUnitsASpeechCanGive() {
    let speech = Speech(
      index: 1,
      lines: [
        SourceLine(number: 1, text: "要做好“外防输入。”同时加强管理；严禁聚集！"),
        SourceLine(number: 2, text: "三、加强疫情动态监测"),
        SourceLine(number: 3, text: "。。"),
      ]
    )
    let splitter = UnitSplitter()
    #expect(splitter.units(of: speech).count == 4)
    #expect(splitter.mostUnits(in: speech) == 8)
  }

  @Test func marksHeadingLines() {
    let speech = Speech(
      index: 1,
      lines: [SourceLine(number: 1, text: "三、加强疫情动态监测"), SourceLine(number: 2, text: "要加强。")]
    )
    let units = UnitSplitter().units(of: speech)
    #expect(units.map(\.isHeadingLine) == [true, false])
    #expect(units.map(\.passage) == [0, 1])
  }
}
