import Testing

@testable import ChecklistCore

extension TimeTests {
  @Suite struct MeetingDateFinderTests {
    @Test func monthAndDayTakeTheYearFromTheTitle() throws {
      let lines = ["在全市2021年新冠肺炎疫情防控工作会议上的讲话", "", "1月27日，市委常委会召开扩大会议。"]
      let found = try #require(MeetingDateFinder.find(in: lines, year: nil))
      #expect(found.date == (try day("2021-01-27")))
      #expect(found.evidence == "line 3: 1月27日")
    }

    @Test func afternoonAndGivenYear() throws {
      let lines = ["彭清华主持召开省委会议", "8月4日下午，省委应对新冠肺炎疫情工作领导小组会议召开。"]
      let found = try #require(MeetingDateFinder.find(in: lines, year: 2020))
      #expect(found.date == (try day("2020-08-04")))
      #expect(found.evidence == "line 2: 8月4日")
      #expect(MeetingDateFinder.find(in: lines, year: nil) == nil)
    }

    @Test func fullDate() throws {
      let lines = ["2021年2月3日下午，市长主持召开市政府常务会议。"]
      let found = try #require(MeetingDateFinder.find(in: lines, year: 2019))
      #expect(found.date == (try day("2021-02-03")))
      #expect(found.evidence == "line 1: 2021年2月3日")
    }

    @Test func pageDateGivesTheYearOrTheDay() throws {
      let upload = ["2022年在疫情防控工作會議上的講話精神(五篇)", "格式:DOC 上傳日期:2022-12-08 14:11:11"]
      let page = try #require(MeetingDateFinder.find(in: upload, year: nil))
      #expect(page.date == (try day("2022-12-08")))
      #expect(page.evidence == "line 2: 2022-12-08")
      let report = ["2021-01-01 09:00 来源：新闻中心", "12月31日，长洲区召开冬春季疫情防控工作会议。"]
      let found = try #require(MeetingDateFinder.find(in: report, year: nil))
      #expect(found.date == (try day("2020-12-31")))
      let slashes = ["发布时间:2022/1/12", "新冠肺炎疫情防控工作会议讲话"]
      #expect(MeetingDateFinder.find(in: slashes, year: nil)?.date == (try day("2022-01-12")))
    }

    @Test func deadlinesAndRedactedDaysAreNotMeetingDates() {
      let lines = ["要在1月31日前完成排查。", "1月xx日，x联防联控机制领导小组召开会议。"]
      #expect(MeetingDateFinder.find(in: lines, year: 2021) == nil)
    }
  }
}
