import Foundation
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

  @Test func removesTheDebrisMojibakeLeavesOfAnnotations() {
    let remover = PinyinAnnotation()
    #expect(remover.removing(from: "shù)立鲜明导向") == "立鲜明导向")
    #expect(remover.removing(from: "伧t(yī)院要引以为戒") == "伧院要引以为戒")
    #expect(remover.removing(from: "明天将赴x(x)开展督导，全x各地") == "明天将赴x(x)开展督导，全x各地")
    #expect(remover.removing(from: "采用app(应用)和GPS定位") == "采用app(应用)和GPS定位")
  }

  @Test func removesMarkupLeftInText() {
    let remover = MarkupTags()
    #expect(
      remover.removing(from: "</p> <p class=\"ql-block\"> 会议提出：一要提高站位。")
        == "  会议提出：一要提高站位。"
    )
    #expect(remover.removing(from: "温度&lt;37.3℃&nbsp;的人员<br/>放行") == "温度<37.3℃ 的人员 放行")
    #expect(remover.removing(from: "分数<60分, a < b, <<通知>>") == "分数<60分, a < b, <<通知>>")
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

  /// The skip is only safe if OpenCC leaves every character outside the table alone; this
  /// checks it against the installed OpenCC for every ideograph of the basic block, extension A
  /// and the compatibility block, so a newer OpenCC with new entries fails here.
  @Test func charactersOutsideTheTraditionalTableConvertToThemselves() throws {
    let converter = try ScriptConverter()
    let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
    let untouched = ranges.joined().compactMap(Unicode.Scalar.init).map(String.init)
      .filter { !converter.mayChange($0) }
    #expect(untouched.count > 20_000)
    let converted = converter.simplified(untouched.joined(separator: "\n"))
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let changed = zip(untouched, converted).filter { $0 != $1 }.map { "\($0)→\($1)" }
    #expect(converted.count == untouched.count)
    #expect(
      changed.isEmpty,
      "regenerate with Scripts/traditional-characters.py: \(changed.prefix(20))"
    )
    #expect(converter.mayChange("會議") && converter.mayChange("反覆") && !converter.mayChange("会议"))
  }

  /// Converting a file's lines in one call gives what converting each line alone gives.
  @Test func convertingLinesTogetherMatchesConvertingEach() throws {
    let converter = try ScriptConverter()
    for file in SeedTests.seeds + SeedTests.external {
      let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
      #expect(
        converter.simplified(lines: lines) == lines.map(converter.simplified),
        "\(file.lastPathComponent)"
      )
    }
    let mixed = ["會議", "反覆研究", "会议", "a\u{0}會"]
    #expect(converter.simplified(lines: mixed) == mixed.map(converter.simplified))
    #expect(converter.simplified(lines: mixed).prefix(3) == ["会议", "反复研究", "会议"])
  }

  /// Threads converting at once each get a handle of their own and the same result.
  @Test func convertsOnSeveralThreadsAtOnce() throws {
    let converter = try ScriptConverter()
    let text = String(repeating: "會議強調，要反覆研究發熱門診管理。\n", count: 200)
    let expected = converter.simplified(text)
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 8) { _ in results.append(converter.simplified(text))
    }
    #expect(results.all.count == 8)
    #expect(results.all.allSatisfy { $0 == expected })
    #expect(expected.hasPrefix("会议强调，要反复研究发热门诊管理。"))
  }

  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func append(_ value: String) { lock.withLock { values.append(value) } }
    var all: [String] { lock.withLock { values } }
  }

  @Test func dropsDebrisLinesAndKeepsLineNumbers() throws {
    let normaliser = Normaliser(
      converter: try ScriptConverter(),
      debrisRules: shippedRuleSet.debrisRules
    )
    let source = SourceText(
      file: "a.txt",
      text: "當(dāng)前位置:網(wǎng)站首頁 >> 作文\n\n要加強(qiáng)管理,,落實(shí)責任。\n全文阅读已结束,如果需要下载本文请点击"
    )
    let result = normaliser.normalise(source)
    #expect(result.text.lines.map(\.text) == ["", "要加强管理,落实责任。"])
    #expect(result.text.lines.map(\.number) == [2, 3])
    #expect(result.dropped.map(\.line) == [1, 4])
  }
}
