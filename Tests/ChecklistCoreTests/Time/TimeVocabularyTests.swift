import Foundation
import Testing

@testable import ChecklistCore

extension TimeTests {
  @Suite struct TimeVocabularyTests {
    static let header = "id: time\nkind: time\nname: t\ndescription: d\nvocabulary:\n"

    @Test func shippedFileLoads() throws {
      let vocabulary = try shippedTimeVocabulary()
      #expect(vocabulary.holidayNames.contains { $0.name == "春节" && $0.holiday == .springFestival })
      #expect(vocabulary.immediate["明天"] == 1)
      #expect(vocabulary.recurring["每日"] == "P1D")
      #expect(vocabulary.pairs.count == 2)
      #expect(!vocabulary.examples.triggering.isEmpty)
    }

    @Test func timeFileLoadsThroughTheRulesFolder() throws {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("time-rules-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      // A rules folder holds every word list the generator reads, so copy the shipped files.
      let shipped = packageRoot.appendingPathComponent("rules")
      for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) {
        try FileManager.default.copyItem(
          at: shipped.appendingPathComponent(name),
          to: folder.appendingPathComponent(name)
        )
      }
      let rules = try RuleSet.load(directory: folder.path)
      #expect(rules.files.contains { $0.id == "time" && $0.kind == "time" })
      #expect(!rules.timeVocabulary.holidayNames.isEmpty)
    }

    @Test func unknownHolidayIsReportedAtItsKey() {
      let yaml = Self.header + "  holidays:\n    easter: [复活节]\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:7:5: error: unknown holiday 'easter' (known: new_year, spring_festival, lantern, qingming, labour_day, dragon_boat, mid_autumn, national_day)\n"
          + "    easter: [复活节]\n"
          + "    ^"
      )
    }

    @Test func badPeriodBoundIsReported() {
      let yaml =
        Self.header + "  periods:\n    - names: [汛期]\n      start: \"6月1日\"\n      end: \"09-30\"\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:8:14: error: 'start' must be MM-DD or YYYY-MM-DD, not '6月1日'\n"
          + "      start: \"6月1日\"\n"
          + "             ^"
      )
    }

    @Test func unknownKeyIsReported() {
      let yaml = Self.header + "  holiday: {}\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description.hasPrefix(
          "rules/time.yaml:6:3: error: unknown key 'holiday' in the time vocabulary"
        ) == true
      )
    }

    @Test func immediateNeedsDays() {
      let yaml = Self.header + "  immediate:\n    立即: soon\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:7:9: error: '立即' must give the days after the meeting, 0 to 7\n"
          + "    立即: soon\n"
          + "          ^"
      )
    }

    @Test func recurringNeedsAnISODuration() {
      let yaml = Self.header + "  recurring:\n    - every: daily\n      words: [每日]\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:7:14: error: 'every' must be an ISO 8601 duration such as P1D or PT12H, not 'daily'\n"
          + "    - every: daily\n"
          + "             ^"
      )
    }

    @Test func aMissingListIsRefusedAtTheVocabulary() throws {
      // A renamed key must not switch part of the grammar off without a word.
      let folder = try temporaryFolder()
      let shipped = try String(
        contentsOf: packageRoot.appendingPathComponent("rules/time.yaml"),
        encoding: .utf8
      )
      let text = shipped.replacingOccurrences(of: "  verb_stops:", with: "  verb_stopz:")
      try text.write(
        to: folder.appendingPathComponent("time.yaml"),
        atomically: true,
        encoding: .utf8
      )
      let path = folder.appendingPathComponent("time.yaml").path
      let error = #expect(throws: RuleFileError.self) { try RuleSet.load(directory: folder.path) }
      let line = try #require(
        text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  verb_stopz:") }
      )
      #expect(
        error?.description.hasPrefix(
          "\(path):\(line + 1):3: error: unknown key 'verb_stopz' in the time vocabulary"
        ) == true
      )
      let without = shipped.replacingOccurrences(
        of: #"(?m)^  verb_stops: .*\n"#,
        with: "",
        options: .regularExpression
      )
      try without.write(
        to: folder.appendingPathComponent("time.yaml"),
        atomically: true,
        encoding: .utf8
      )
      let missing = #expect(throws: RuleFileError.self) { try RuleSet.load(directory: folder.path) }
      let first = try #require(
        without.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  holidays:") }
      )
      #expect(
        missing?.description
          == "\(path):\(first + 1):3: error: the time vocabulary has no 'verb_stops' list (every time "
          + "file's lists together must give all of: \(TimeVocabulary.lists.joined(separator: ", ")))\n"
          + "  holidays:\n"
          + "  ^"
      )
    }

    @Test func characterListsHoldSingleCharacters() {
      let yaml = Self.header + "  verb_stops: [的, 一次]\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:6:19: error: items of 'verb_stops' must be single characters, not '一次'\n"
          + "  verb_stops: [的, 一次]\n"
          + "                   ^"
      )
    }

    @Test func monthPartsGiveADayEndOrWhole() {
      let yaml = Self.header + "  month_parts: {上旬: early}\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:6:21: error: '上旬' must give a day (1 to 31), 'end' or 'whole', not 'early'\n"
          + "  month_parts: {上旬: early}\n"
          + "                      ^"
      )
    }
  }
}
