import Foundation
import Testing

@testable import ChecklistCore

/// The decomposition table as CSV and .xlsx, and the tracker's ledger, checked with openpyxl
/// (`Scripts/xlsx-facts.py` in the virtualenv `Scripts/test.sh` makes: `.build/venv`).
@Suite struct TableOutputTests {
  static let python = packageRoot.appendingPathComponent(".build/venv/bin/python").path
  static let hasOpenpyxl = FileManager.default.isExecutableFile(atPath: python)
  /// `Scripts/test.sh` sets this, so that CI fails rather than skips without openpyxl.
  static let openpyxlRequired =
    ProcessInfo.processInfo.environment["CHECKLIST_REQUIRE_OPENPYXL"] == "1"

  /// Three directives: one due on a day, one with a phrase only, one that looks like a formula.
  static func book() throws -> ChecklistBook {
    let due = try #require(CalendarDate(iso: "2022-10-15"))
    let directives = [
      Directive(
        id: "a1",
        file: "/某/文件夹/讲话.docx",
        document: 1,
        line: 8,
        text: "市住建局要在10月15日前完成全部在建工地的安全检查。",
        departments: [
          DepartmentAssignment(name: "住建局", role: .lead, basis: .explicit),
          DepartmentAssignment(name: "应急管理局", role: .support, basis: .explicit),
        ],
        deadline: Deadline(text: "10月15日前", kind: .date, due: due)
      ),
      Directive(
        id: "b2",
        file: "/某/文件夹/讲话.docx",
        document: 1,
        line: 9,
        text: "市交通运输局要每月开展一次专项检查。",
        departments: [DepartmentAssignment(name: "交通运输局", role: .lead, basis: .explicit)],
        deadline: Deadline(text: "每月", kind: .recurring, every: "P1M")
      ),
      Directive(
        id: "c3",
        file: "speech.txt",
        document: 1,
        line: 3,
        text: "=HYPERLINK(\"http://x\",\"点此\")要加强管理，",
        departments: []
      ),
    ]
    return ChecklistBook(directives: directives, rules: shippedRuleSet)
  }

  @Test func csvHasCRLFTheBOMADateColumnAndNoPaths() throws {
    let templates = try TemplateRenderer(
      directory: packageRoot.appendingPathComponent("templates").path
    )
    let csv = try ChecklistRenderer(templates: templates).csv(try Self.book())
    #expect(csv.hasPrefix("\u{FEFF}序号,工作任务,牵头单位,配合单位,完成时限,时限要求,责任人,来源,备注\r\n"))
    #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let lines = csv.dropFirst().components(separatedBy: "\r\n")
    #expect(
      lines[1]
        == "1,市住建局要在10月15日前完成全部在建工地的安全检查。,住建局,应急管理局,2022-10-15,10月15日前,住建局局长,讲话.docx 第8段,"
    )
    #expect(lines[2].hasPrefix("2,市交通运输局要每月开展一次专项检查。,交通运输局,,,每月,"))
    #expect(lines[3].hasPrefix(#"3,"'=HYPERLINK(""http://x"",""点此"")要加强管理，",无具体责任单位,"#))
    #expect(lines[3].hasSuffix(",speech.txt:3,"))
    #expect(lines.last == "")
  }

  @Test func neutralisesWhatCouldPassForAFormula() {
    for text in ["=1+1", "+86", "-1", "@SUM(A1)", "\tx", "\rx"] {
      #expect(XLSXTable.neutralised(text) == "'" + text)
    }
    #expect(XLSXTable.neutralised("加强管理") == "加强管理")
    #expect(XLSXTable.neutralised("") == "")
  }

  @Test func sheetNamesAreValidAndUnique() {
    var taken: Set<String> = []
    #expect(XLSXWriter.sheetName("卫健委", taken: &taken) == "卫健委")
    #expect(XLSXWriter.sheetName("卫健委", taken: &taken) == "卫健委(2)")
    #expect(XLSXWriter.sheetName("a/b:c", taken: &taken) == "a_b_c")
    #expect(XLSXWriter.sheetName(String(repeating: "长", count: 40), taken: &taken).count == 31)
  }

  @Test(
    .enabled(if: hasOpenpyxl || openpyxlRequired, "needs .build/venv (Scripts/test.sh makes it)")
  )
  func theTaskTableOpensInOpenpyxlAsATableForPrint() throws {
    let folder = try temporaryFolder()
    let path = folder.appendingPathComponent("任务分解表.xlsx").path
    let heading = SpeechHeading(
      title: "在全市安全生产工作会议上的讲话",
      meetingDate: CalendarDate(iso: "2022-09-09")
    )
    try XLSXWriter().write(try Self.book().xlsxTables(heading: heading), to: path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["任务分解表.xlsx"])
    let facts = try Self.facts(path)
    let sheets = try #require(facts["sheets"] as? [String])
    #expect(sheets == ["任务分解表", "交通运输局", "应急管理局", "住建局", "无具体责任单位"])
    let sheet = try Self.sheet(facts, "任务分解表")
    #expect(sheet["title"] as? String == "在全市安全生产工作会议上的讲话　任务分解表（会议日期：2022年9月9日）")
    #expect(sheet["titleBold"] as? Bool == true)
    #expect(sheet["merged"] as? [String] == ["A1:I1"])
    #expect(sheet["freeze"] as? String == "A3")
    #expect(sheet["header"] as? [String] == ChecklistBook.tableColumns.map(\.header))
    let widths = try #require(sheet["widths"] as? [String: Double])
    #expect(widths["B"].map { $0 > 50 } == true)
    #expect(widths["A"].map { $0 < 8 } == true)
    #expect(sheet["orientation"] as? String == "landscape")
    #expect(sheet["paperSize"] as? Int == 9)
    #expect(sheet["fitToPage"] as? Bool == true)
    #expect(sheet["fitToWidth"] as? Int == 1)
    #expect(sheet["fitToHeight"] as? Int == 0)
    #expect(sheet["printTitleRows"] as? String == "$2:$2")
    #expect(sheet["autofilter"] as? String == "A2:I5")
    let rows = try #require(sheet["rows"] as? [[[String: Any]]])
    #expect(rows.count == 3)
    let due = rows[0][4]
    #expect(due["t"] as? String == "date")
    #expect(due["v"] as? String == "2022-10-15")
    #expect(due["fmt"] as? String == "yyyy-mm-dd")
    #expect(rows[0][5]["v"] as? String == "10月15日前")
    #expect(rows[0][7]["v"] as? String == "讲话.docx 第8段")
    #expect(rows[1][4]["v"] is NSNull)
    #expect(rows[2][1]["v"] as? String == "'=HYPERLINK(\"http://x\",\"点此\")要加强管理，")
    #expect(rows[2][1]["t"] as? String == "s")
    for row in rows {
      for cell in row {
        #expect(cell["border"] as? String == "thin")
        #expect(cell["wrap"] as? Bool == true)
      }
    }
    let support = try Self.sheet(facts, "应急管理局")
    let supportRows = try #require(support["rows"] as? [[[String: Any]]])
    #expect(supportRows.first?[8]["v"] as? String == "配合")
  }

  @Test(
    .enabled(if: hasOpenpyxl || openpyxlRequired, "needs .build/venv (Scripts/test.sh makes it)")
  )
  func theLedgerFillsOverdueDueSoonAndDone() throws {
    let folder = try temporaryFolder()
    let tracker = """
      ## 卫健委

      - [ ] 加强发热门诊管理 id:aa01 due:2021-02-01 owner:主任 src:/x/000.txt:12
      - [ ] 做好院感防控 id:aa02 due:2021-02-11 src:000.txt:14
      - [x] 完成全员核酸检测 id:aa03 due:2021-02-05 src:000.txt:16 done:2021-02-04
      - [>] 储备防疫物资 id:aa04 due:2021-02-05 src:000.txt:17 延期:2021-03-01 原因:试剂未到位

      """
    let document = try TrackerDocument(text: tracker, file: "tasks.md")
    let status = TrackerStatus(document: document, asOf: try day("2021-02-10"), warningDays: 3)
    let path = folder.appendingPathComponent("台账.xlsx").path
    try XLSXWriter().write([status.ledger(file: "/a/tasks.md")], to: path)
    let sheet = try Self.sheet(try Self.facts(path), "督办台账")
    #expect(sheet["title"] as? String == "督办台账（tasks.md，截至2021年2月10日）")
    #expect(sheet["header"] as? [String] == TrackerStatus.ledgerColumns.map(\.header))
    let rows = try #require(sheet["rows"] as? [[[String: Any]]])
    #expect(rows.map { $0[5]["v"] as? String } == ["已逾期9天", "即将到期", "已完成", "已延期"])
    #expect(rows.map { $0[0]["fill"] as? String } == ["FFFFC7CE", "FFFFEB9C", "FFC6EFCE", nil])
    #expect(rows[3][6]["v"] as? String == "2021-03-01")
    #expect(rows[3][6]["t"] as? String == "date")
    #expect(rows[3][7]["v"] as? String == "试剂未到位")
    #expect(rows[0][9]["v"] as? String == "000.txt:12")
    #expect(rows[2][10]["v"] as? String == "完成于2021-02-04")
  }

  static func facts(_ path: String) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [packageRoot.appendingPathComponent("Scripts/xlsx-facts.py").path, path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func sheet(_ facts: [String: Any], _ name: String) throws -> [String: Any] {
    let sheets = try #require(facts["sheet"] as? [String: Any])
    return try #require(sheets[name] as? [String: Any], "no sheet \(name)")
  }
}
