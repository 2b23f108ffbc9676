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
      #expect(!(try TimeVocabulary.load(from: rules)).holidayNames.isEmpty)
    }

    @Test func unknownHolidayIsReportedAtItsKey() {
      let yaml = Self.header + "  holidays:\n    easter: [复活节]\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:7:5: error: unknown holiday 'easter' (known: new_year, spring_festival, lantern, qingming, labour_day, dragon_boat, mid_autumn, national_day)"
      )
    }

    @Test func badPeriodBoundIsReported() {
      let yaml =
        Self.header + "  periods:\n    - names: [汛期]\n      start: \"6月1日\"\n      end: \"09-30\"\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:8:14: error: 'start' must be MM-DD or YYYY-MM-DD, not '6月1日'"
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
          == "rules/time.yaml:7:9: error: '立即' must give the days after the meeting, 0 to 7"
      )
    }

    @Test func recurringNeedsAnISODuration() {
      let yaml = Self.header + "  recurring:\n    - every: daily\n      words: [每日]\n"
      let error = #expect(throws: RuleFileError.self) { try timeVocabulary(yaml: yaml) }
      #expect(
        error?.description
          == "rules/time.yaml:7:14: error: 'every' must be an ISO 8601 duration such as P1D or PT12H, not 'daily'"
      )
    }

    /// The vocabulary's own examples: each `↓` marks the start of a phrase found, and
    /// non-triggering sentences give none.
    @Test func examplesHold() throws {
      let vocabulary = try shippedTimeVocabulary()
      let parser = TimeExpressionParser(vocabulary: vocabulary)
      let meeting = try day("2021-01-27")
      for example in vocabulary.examples.triggering {
        var text = ""
        var markers: [Int] = []
        for char in example.text {
          if char == "↓" { markers.append(text.count) } else { text.append(char) }
        }
        let starts = parser.deadlines(in: text, meetingDate: meeting).compactMap(
          \.range?.lowerBound
        )
        #expect(
          starts == markers,
          "\(example.location): \(example.text) gave \(parser.deadlines(in: text, meetingDate: meeting).map(\.text))"
        )
      }
      for example in vocabulary.examples.nonTriggering {
        let found = parser.deadlines(in: example.text, meetingDate: meeting)
        #expect(found.isEmpty, "\(example.location): \(example.text) gave \(found.map(\.text))")
      }
    }
  }
}
