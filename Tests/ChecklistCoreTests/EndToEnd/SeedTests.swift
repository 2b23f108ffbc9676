import Foundation
import Testing

@testable import ChecklistCore

/// The seed speeches and external passages the project started from, run end to end.
@Suite struct SeedTests {
  static let seeds: [URL] = corpusFiles("seeds")
  static let external: [URL] = corpusFiles("external")

  static func corpusFiles(_ folder: String) -> [URL] {
    let url = sharedFolder.appendingPathComponent("corpus/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0) }
  }

  @Test func theCorpusIsBesideThePackage() {
    #expect(Self.seeds.count == 5)
    #expect(Self.external.count == 10)
  }

  @Test(arguments: seeds + external)
  func runsCleanWithoutPinyinOrTraditionalScript(file: URL) throws {
    let pipeline = try makePipeline()
    let found = try pipeline.extract(paths: [file.path])
    #expect(!found.isEmpty, "no directives in \(file.lastPathComponent)")
    let converter = try ScriptConverter()
    for directive in found {
      // A pinyin syllable holds a vowel; a redaction such as 赴x(x) does not.
      let pinyin = #"\([a-z]*[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)"#
      #expect(
        directive.text.range(of: pinyin, options: .regularExpression) == nil,
        "pinyin in \(directive.text)"
      )
      #expect(
        converter.simplified(directive.text) == directive.text,
        "traditional script in \(directive.text)"
      )
      #expect(directive.departments.allSatisfy { !$0.name.isEmpty })
    }
  }

  @Test func multiSpeechFilesSplitIntoFive() throws {
    let pipeline = try makePipeline()
    for prefix in ["000_", "002_"] {
      let file = try #require(Self.seeds.first { $0.lastPathComponent.hasPrefix(prefix) })
      var speeches = 0
      var documents = Set<Int>()
      try pipeline.forEachFile(paths: [file.path]) { result in
        speeches = result.speeches
        documents = Set(result.directives.map(\.document))
      }
      #expect(speeches == 5, "\(prefix)")
      #expect(documents == Set(1...5), "\(prefix)")
    }
  }

  @Test func seed002LosesItsSpamAndPayFooter() throws {
    let file = try #require(Self.seeds.first { $0.lastPathComponent.hasPrefix("002_") })
    let texts = try makePipeline().extract(paths: [file.path]).map(\.text).joined()
    for debris in ["无码", "当前位置", "微信扫码支付", "全文阅读已结束"] {
      #expect(!texts.contains(debris))
    }
  }

  @Test func jsonLinesFollowTheContract() throws {
    let file = try #require(Self.seeds.first { $0.lastPathComponent.hasPrefix("003_") })
    let text = JSONLinesRenderer().render(try makePipeline().extract(paths: [file.path]))
    #expect(text == JSONLinesRenderer().render(try makePipeline().extract(paths: [file.path])))
    let lines = text.split(separator: "\n")
    #expect(!lines.isEmpty)
    #expect(lines.allSatisfy { $0.hasPrefix(#"{"id":""#) && $0.contains(#","file":"#) })
    for line in lines {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      )
      #expect(
        Set(object.keys) == [
          "id", "file", "document", "line", "text", "source", "departments", "owner", "action",
          "deadline",
        ]
      )
      let departments = try #require(object["departments"] as? [[String: Any]])
      for department in departments {
        #expect(Set(department.keys) == ["name", "role", "basis", "rule", "via"])
      }
    }
  }
}

@Suite struct JSONLinesRendererTests {
  @Test func writesTheContractsFieldsInOrderAndEscapes() {
    let directive = Directive(
      id: "0123456789",
      file: "a \"b\".txt",
      document: 2,
      line: 7,
      text: "要加强\t管理。",
      departments: [
        DepartmentAssignment(name: "卫健委", role: .lead, basis: .rule, rule: "fever_clinic")
      ],
      deadline: Deadline(
        text: "14天",
        kind: .within,
        due: CalendarDate(year: 2021, month: 2, day: 10)
      )
    )
    #expect(
      JSONLinesRenderer().render([directive])
        == #"{"id":"0123456789","file":"a \"b\".txt","document":2,"line":7,"text":"要加强\t管理。","source":"要加强\t管理。","departments":[{"name":"卫健委","role":"lead","basis":"rule","rule":"fever_clinic","via":"rule"}],"owner":null,"action":null,"deadline":{"text":"14天","kind":"within","due":"2021-02-10","every":null}}"#
        + "\n"
    )
  }
}
