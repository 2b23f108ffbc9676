import Foundation
import Testing

@testable import ChecklistCore

/// Generated trackers with random hand edits: whatever a person does to the file, parsing and
/// writing it gives the same bytes, and `done` and `sync` change only the lines they must.
@Suite("Tracker properties")
struct TrackerPropertyTests {
  static let seeds: [UInt64] = Array(1...200)

  @Test(arguments: seeds)
  func handEditedTrackersRoundTripAndChangeOnlyIntendedLines(seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let generated = Self.tracker(&random)
    let file = "p\(seed).md"
    let document = try TrackerDocument(parsing: generated.bytes, file: file)
    #expect(try document.encoded() == generated.bytes, "seed \(seed): round trip")

    // done changes one line: its checkbox and a new done: field.
    if let target = document.tasks.randomElement(using: &random) {
      var edited = document
      let index = target.location.line - 1
      try edited.markDone(target.task.id, on: day("2021-02-09"))
      if target.task.state == .done {
        #expect(edited == document, "seed \(seed): done twice")
      } else {
        #expect(changedLines(document, edited) == [index], "seed \(seed): done lines")
        var old = Array(document.lines[index].text)
        old[3] = "x"
        let new = edited.lines[index].text.replacingOccurrences(of: " done:2021-02-09", with: "")
        #expect(new == String(old), "seed \(seed): done edit")
      }
      let reread = try TrackerDocument(parsing: edited.encoded(), file: file)
      #expect(reread.lines == edited.lines, "seed \(seed): done reparse")
    }

    // sync keeps every old line in order; only stale/revived tasks change, only new ones appear.
    var directives = generated.directives.filter { _ in Int.random(in: 0..<4, using: &random) > 0 }
    for number in 0..<Int.random(in: 0...3, using: &random) {
      directives.append(Self.directive(number + 9_000 + Int(seed) * 10, &random))
    }
    var synced = document
    let summary = synced.sync(with: directives)
    var old = 0
    var inserted = 0
    for line in synced.lines {
      if old < document.lines.count {
        let before = document.lines[old]
        if line.text == before.text {
          old += 1
          continue
        }
        if let task = line.task, let id = before.task?.id, task.id == id {
          #expect(
            summary.markedStale.contains(id) || summary.revived.contains(id),
            "seed \(seed): \(id) changed"
          )
          old += 1
          continue
        }
      }
      if let task = line.task {
        #expect(summary.added.contains(task.id), "seed \(seed): unexpected \(line.text)")
        inserted += 1
      } else {
        #expect(
          old == document.lines.count
            && (line.isBlank || line.heading?.level == 2
              || ["-->", "```", "~~~"].contains(line.text)),
          "seed \(seed): unexpected \(line.text)"
        )
      }
    }
    #expect(old == document.lines.count, "seed \(seed): an old line went missing")
    #expect(inserted == summary.added.count, "seed \(seed): inserted")
    let reread = try TrackerDocument(parsing: synced.encoded(), file: file)
    #expect(reread.lines == synced.lines, "seed \(seed): sync reparse")
    var again = synced
    #expect(again.sync(with: directives).isEmpty, "seed \(seed): sync twice")
    #expect(again == synced)
  }
}

// MARK: - Generation

extension TrackerPropertyTests {
  fileprivate static let departments = ["卫健委", "公安局", "市场监管局", "教育局", "交通运输局", "宣传部"]
  fileprivate static let phrases = [
    "加强发热门诊管理", "做好院感防控", "严格落实预检分诊", "加强农贸市场监管", "打击哄抬物价",
    "强化 交通卡口 检查", "做好春运疫情防控", "落实晨午检制度", "及时发布权威信息", "id:fake 文本",
  ]

  fileprivate static func directive(_ number: Int, _ random: inout SeededGenerator) -> Directive {
    let text = phrases.randomElement(using: &random) ?? "任务"
    let kind = Int.random(in: 0..<8, using: &random)
    let lead = kind < 6 ? departments[kind] : nil
    let owner = kind == 6 || Bool.random(using: &random) ? "主要负责同志" : nil
    let due = Bool.random(using: &random) ? "2021-02-\(10 + number % 18)" : nil
    return ChecklistCoreTests.directive(
      String(format: "%08x", number * 7919 + 17),
      "\(text)\(number)",
      lead: lead,
      supports: Bool.random(using: &random) ? ["公安局"] : [],
      owner: owner,
      due: due,
      action: Bool.random(using: &random) ? "inspect" : nil,
      line: number + 1
    )
  }

  fileprivate static func tracker(_ random: inout SeededGenerator) -> (
    bytes: [UInt8], directives: [Directive]
  ) {
    let directives = (0..<Int.random(in: 0...20, using: &random)).map {
      directive($0, &random)
    }
    var lines = TrackerDocument.new(directives: directives, file: "g.md").lines.map(\.text)
    for _ in 0..<Int.random(in: 0...10, using: &random) {
      let position = Int.random(in: 0...lines.count, using: &random)
      let taskLines = lines.indices.filter { lines[$0].hasPrefix("- [") }
      switch Int.random(in: 0..<10, using: &random) {
      case 0:
        if let task = taskLines.randomElement(using: &random) {
          lines.insert("  - 备注：已电话督办 \(position)", at: task + 1)
        }
      case 1: lines.insert("<!-- 办公室说明 -->", at: position)
      case 2:
        lines.insert(
          contentsOf: ["<!--", "- [ ] 注释掉的任务 id:cafe\(lines.count)", "-->"],
          at: position
        )
      case 3:
        lines.insert(Bool.random(using: &random) ? "### 小节" : "## 新部门\(position)", at: position)
      case 4: lines.insert("这是一段说明文字，  含两个空格。", at: position)
      case 5:
        if let a = taskLines.randomElement(using: &random),
          let b = taskLines.randomElement(using: &random)
        {
          lines.swapAt(a, b)
        }
      case 6:
        if let task = taskLines.randomElement(using: &random) {
          var characters = Array(lines[task])
          characters[3] = Array(" xX/~->?").randomElement(using: &random) ?? " "
          lines[task] = String(characters)
        }
      case 7:
        if let task = taskLines.randomElement(using: &random) { lines[task] += "  " }
      case 8:
        lines.insert(contentsOf: ["```", "- [ ] 代码 id:code\(lines.count)", "```"], at: position)
      default: lines.insert("", at: position)
      }
    }
    let style = Int.random(in: 0..<4, using: &random)
    var text = ""
    for (index, line) in lines.enumerated() {
      text += line
      let endings = ["\n", "\r\n", "\r"]
      let ending = style < 3 ? endings[style] : (endings.randomElement(using: &random) ?? "\n")
      if index < lines.count - 1 || Bool.random(using: &random) { text += ending }
    }
    let encoding =
      [TrackerEncoding.utf8, .utf8WithBOM, .gb18030, .utf16LittleEndian]
      .randomElement(using: &random) ?? .utf8
    return (encoding.encode(text) ?? [], directives)
  }
}
