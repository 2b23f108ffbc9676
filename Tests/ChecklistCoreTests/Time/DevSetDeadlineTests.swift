import Foundation
import Testing

@testable import ChecklistCore

/// Runs the parser over every directive of the shared dev set and scores the deadlines the way
/// `shared/eval/score.py` does: a predicted phrase is right when it overlaps a gold phrase.
extension TimeTests {
  @Suite struct DevSetDeadlineTests {
    struct Unit: Decodable {
      var file: String
      var line: Int
      var text: String
      var directive: Bool
      var deadline: String?
    }

    static let gold = packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/eval/dev-gold.jsonl")
    static let seeds = packageRoot.deletingLastPathComponent()
      .appendingPathComponent("shared/corpus/seeds")

    @Test(
      .enabled(
        if: FileManager.default.fileExists(atPath: gold.path),
        "shared/eval/dev-gold.jsonl is absent"
      )
    )
    func deadlineF1() throws {
      let parser = try shippedTimeParser()
      let text = try String(contentsOf: Self.gold, encoding: .utf8)
      var meetings: [String: CalendarDate] = [:]
      var tp = 0
      var fp = 0
      var fn = 0
      var report: [String] = []
      var predictions: [Prediction] = []
      for line in text.split(separator: "\n") where !line.isEmpty {
        let unit = try JSONDecoder().decode(Unit.self, from: Data(line.utf8))
        guard unit.directive else { continue }
        if meetings[unit.file] == nil,
          let speech = try? String(
            contentsOf: Self.seeds.appendingPathComponent(unit.file),
            encoding: .utf8
          ),
          let found = MeetingDateFinder.find(in: speech.components(separatedBy: "\n"), year: nil)
        {
          meetings[unit.file] = found.date
        }
        let predicted = parser.deadline(in: unit.text, meetingDate: meetings[unit.file])
        if let predicted {
          predictions.append(
            Prediction(file: unit.file, line: unit.line, text: unit.text, deadline: predicted)
          )
        }
        let gold = (unit.deadline ?? "").split(separator: "|").map { Self.norm(String($0)) }
          .filter { !$0.isEmpty }
        switch (gold.isEmpty, predicted) {
        case (true, nil): break
        case (true, let p?):
          fp += 1
          report.append("FP \(p.text) [\(p.kind)] in \(unit.text.prefix(60))")
        case (false, nil):
          fn += 1
          report.append("FN gold=\(unit.deadline ?? "") in \(unit.text.prefix(60))")
        case (false, let p?):
          let b = Self.norm(p.text)
          if gold.contains(where: { a in
            a.contains(b) || b.contains(a) || Set(a).intersection(b).count >= 2
          }) {
            tp += 1
          } else {
            fn += 1
            report.append(
              "DIFF gold=\(unit.deadline ?? "") got=\(p.text) in \(unit.text.prefix(60))"
            )
          }
        }
      }
      let precision = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
      let recall = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
      let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
      print("dev-set deadlines: TP=\(tp) FP=\(fp) FN=\(fn) P=\(precision) R=\(recall) F1=\(f1)")
      for line in report { print("  " + line) }
      #expect(f1 >= 0.85, "deadline F1 \(f1) on the dev set")
      // For bench/compare_time.py: the predictions in the pipeline's JSON Lines shape.
      if let out = ProcessInfo.processInfo.environment["TIME_PREDICTIONS_OUT"] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = try predictions.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(
          toFile: out,
          atomically: true,
          encoding: .utf8
        )
      }
    }

    struct Prediction: Encodable {
      var file: String
      var line: Int
      var text: String
      var deadline: Deadline
    }

    /// score.py's `norm`: CJK, digits, letters and ×, lower-cased.
    static func norm(_ text: String) -> String {
      String(
        text.filter { char in
          guard let scalar = char.unicodeScalars.first, char.unicodeScalars.count == 1 else {
            return false
          }
          let v = scalar.value
          return (0x3400...0x9FFF).contains(v) || char.isASCII && (char.isLetter || char.isNumber)
            || char == "×"
        }
      ).lowercased()
    }
  }
}
