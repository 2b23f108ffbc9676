import Foundation
import Testing

@testable import ChecklistCore

/// The one pipeline every caller runs: the same stages, checks and limits for a file and for
/// text handed in, dates found once per speech, ids given once in the order of the files.
@Suite struct PipelineTests {
  @Test func textRunsTheChecksAFileRuns() throws {
    let pipeline = try makePipeline()
    let spam = Array(repeating: "亚洲美女精品久久_国产精品一区二区你懂的_一区二区日韩av_午夜久久一区", count: 3)
      .joined(separator: "\n")
    #expect(throws: InputError.onlyDebris(file: "spam.txt", lines: 3)) {
      try pipeline.process(text: spam, file: "spam.txt")
    }
    let many = String(repeating: "要加强管理。", count: Limits.maximumUnitsPerFile + 1)
    #expect(throws: InputError.tooManyUnits(file: "many.txt", limit: Limits.maximumUnitsPerFile)) {
      try pipeline.process(text: many, file: "many.txt")
    }
  }

  @Test func textThatIsAPageIsReducedAsAFileIs() throws {
    let page = "<html><body><p>市卫健委要加强发热门诊管理。</p></body></html>"
    let result = try makePipeline().process(text: page, file: "page.txt")
    #expect(result.directives.map(\.text) == ["市卫健委要加强发热门诊管理。"])
  }

  @Test func aSpeechWithoutADateTakesTheFilesOpening() throws {
    // The first speech is shorter than the opening the finder reads, so the file's opening
    // reaches into the second speech, which holds the date.
    let text = "第一篇\n要加强管理。\n第二篇\n2021年1月27日\n要抓好落实。\n"
    let result = try makePipeline().process(text: text, file: "two.txt")
    #expect(
      result.meetingDates
        == [
          Pipeline.MeetingDate(
            speech: 1,
            date: CalendarDate(year: 2021, month: 1, day: 27),
            evidence: "the file: line 4: 2021年1月27日"
          ),
          Pipeline.MeetingDate(
            speech: 2,
            date: CalendarDate(year: 2021, month: 1, day: 27),
            evidence: "the speech: line 2: 2021年1月27日"
          ),
        ]
    )
  }

  @Test func theGivenDateWinsForEverySpeech() throws {
    let date = try day("2022-09-09")
    let text = "第一篇\n2021年1月27日\n要加强管理。\n第二篇\n要抓好落实。\n"
    let result = try makePipeline(date: date).process(text: text, file: "two.txt")
    #expect(result.meetingDates.map(\.date) == [date, date])
    #expect(result.meetingDates.map(\.evidence) == ["--date", "--date"])
  }

  @Test func idsAreGivenOnceAcrossFilesInTheOrderGiven() throws {
    let folder = try temporaryFolder()
    var paths: [String] = []
    for name in ["a.txt", "b.txt", "c.txt"] {
      let url = folder.appendingPathComponent(name)
      try "市卫健委要加强发热门诊管理。\n".write(to: url, atomically: true, encoding: .utf8)
      paths.append(url.path)
    }
    let directives = try makePipeline().extract(paths: paths)
    let base = DirectiveID.hash("市卫健委要加强发热门诊管理。")
    #expect(directives.map(\.id) == [base, "\(base)-2", "\(base)-3"])
    let alone = try makePipeline().process(text: "市卫健委要加强发热门诊管理。", file: "d.txt")
    #expect(alone.directives.map(\.id) == [base])
  }
}
