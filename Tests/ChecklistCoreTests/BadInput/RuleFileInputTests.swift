import Foundation
import Testing

@testable import ChecklistCore

#if canImport(Glibc)
import Glibc
#endif

/// Rule files edited by hand: each mistake is refused with `file:line:column: error:` and the
/// cause, then the source line with a caret under the column (and a context's line, as a note),
/// exit status 1, and `generate --out` writes nothing.
@Suite("Bad input: rule files")
struct RuleFileInputTests {
  let folder: BadInputFolder
  let speech: String

  init() throws {
    folder = try BadInputFolder()
    speech = try folder.write("speech.txt", "市教育局要加强校园管理。\n")
  }

  /// Adds `zz.yaml` holding `yaml` to a copy of the shipped rules, runs `generate` with them and
  /// expects the refusal `message(pathOfZZ)`.
  func expectRefused(
    _ yaml: String,
    message: (String) -> String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let rules = try folder.rules(adding: ["zz.yaml": yaml])
    try expectGenerateRefusal(
      in: folder,
      ["--rules", rules, speech],
      message: message("\(rules)/zz.yaml"),
      sourceLocation: sourceLocation
    )
  }

  static let header = "id: zz\nkind: phrases\n"

  @Test func syntaxError() throws {
    try expectRefused(Self.header + "rules: [a, b\n") {
      // libyaml's problem mark is past the end of the input; the context points at the cause.
      "\($0):4:1: error: did not find expected ',' or ']' "
        + "(while parsing a flow sequence started at \($0):3:8)\n"
        + "\($0):3:8: note: while parsing a flow sequence\n"
        + "rules: [a, b\n"
        + "       ^"
    }
  }

  @Test func billionLaughs() throws {
    let lol = "[" + Array(repeating: "lol", count: 9).joined(separator: ", ") + "]"
    var yaml = Self.header + "a0: &a0 \(lol)\n"
    for level in 1..<9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
      yaml += "a\(level): &a\(level) [\(refs)]\n"
    }
    try expectRefused(yaml) {
      "\($0):3:5: error: anchors (&name) are not allowed in rule files\n"
        + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, …\n"
        + "    ^"
    }
  }

  @Test func aliasWithoutAnchor() throws {
    try expectRefused(Self.header + "rules: *somewhere\n") {
      "\($0):3:8: error: aliases (*name) are not allowed in rule files\n"
        + "rules: *somewhere\n"
        + "       ^"
    }
  }

  @Test func nestingTenThousandDeep() throws {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    // The root mapping is the first level, so the 64th '[' (column 71) is one too many.
    try expectRefused(Self.header + "rules: \(deep)\n") {
      // A long line is shown as a window around the column.
      "\($0):3:71: error: nesting deeper than 64 levels\n"
        + "…\(String(repeating: "[", count: 100))…\n"
        + "\(String(repeating: " ", count: 61))^"
    }
  }

  @Test func unknownKey() throws {
    let yaml =
      Self.header
      + "rules:\n  - id: zz_one\n    phrases: [发热门诊]\n    department: 卫健委\n    priorty: 1\n"
    try expectRefused(yaml) {
      "\($0):7:5: error: unknown key 'priorty' in a phrase rule "
        + "(known keys: action, department, examples, id, phrases, priority, unless)\n"
        + "    priorty: 1\n"
        + "    ^"
    }
  }

  @Test func departmentNotInTheRegistry() throws {
    let yaml = Self.header + "rules:\n  - id: zz_one\n    phrases: [发热门诊]\n    department: 宇宙管理局\n"
    try expectRefused(yaml) {
      "\($0):4:5: error: rule 'zz_one' names department '宇宙管理局', which is not in the registry\n"
        + "  - id: zz_one\n"
        + "    ^"
    }
  }

  @Test func oneMegabytePhrase() throws {
    let phrase = String(repeating: "要", count: 1024 * 1024 / 3)
    let yaml =
      Self.header + "rules:\n  - id: zz_one\n    phrases: [\(phrase)]\n    department: 卫健委\n"
    try expectRefused(yaml) {
      "\($0):5:15: error: a phrase in 'phrases' is 349525 characters long, more than the limit of 64\n"
        + "    phrases: [\(String(repeating: "要", count: 40))…\n"
        + "              ^"
    }
  }

  @Test func duplicateRuleID() throws {
    let yaml =
      Self.header + "rules:\n  - id: fever_clinic\n    phrases: [发热门诊]\n    department: 卫健委\n"
    try expectRefused(yaml) {
      "\($0):4:5: error: the rule id 'fever_clinic' is used twice "
        + "(first at \(folder.path("rules/duties.yaml")):20:5)\n"
        + "  - id: fever_clinic\n"
        + "    ^\n"
        + "\(folder.path("rules/duties.yaml")):20:5: note: the first 'fever_clinic'\n"
        + "  - id: fever_clinic\n"
        + "    ^"
    }
  }

  @Test func duplicateKey() throws {
    try expectRefused(Self.header + "name: a\nname: b\n") {
      "\($0):4:1: error: duplicate key 'name' (first at \($0):3:1)\n"
        + "name: b\n"
        + "^\n"
        + "\($0):3:1: note: the first 'name'\n"
        + "name: a\n"
        + "^"
    }
  }

  @Test func fiftyThousandKeysFailFast() throws {
    // Duplicate keys were once found by scanning all earlier keys: quadratic in the key count.
    var yaml = Self.header
    for index in 0..<50_000 { yaml += "k\(index): 1\n" }
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      try expectRefused(yaml) {
        "\($0):3:1: error: unknown key 'k0' in a rule file "
          + "(known keys: description, id, kind, name, rules)\n"
          + "k0: 1\n"
          + "^"
      }
    }
    #expect(elapsed < .seconds(20))
  }

  @Test func notUTF8() throws {
    let rules = try folder.rules()
    let path = try folder.write("rules/zz.yaml", [0xB8, 0xF7, 0xB2, 0xBF, 0x0A])
    try expectGenerateRefusal(
      in: folder,
      ["--rules", rules, speech],
      message: "\(path): error: a rule file must be UTF-8"
    )
  }

  @Test func rosterTooLarge() throws {
    let entry = "卫健委: {person: 张三}\n"
    let roster = try folder.write(
      "roster.yaml",
      entry + String(repeating: "#", count: Limits.maximumRuleFileBytes)
    )
    let size = entry.utf8.count + Limits.maximumRuleFileBytes
    try expectGenerateRefusal(
      in: folder,
      ["--roster", roster, speech],
      message: "\(roster): error: the roster has \(size) bytes, more than the limit of 4194304"
    )
  }

  @Test func tooManyRules() throws {
    // One rule past the limit, counting the shipped ones; spread over three files to stay under
    // the 4 MiB file limit. The last rule of zz2.yaml is the one too many.
    let total = Limits.maximumRules + 1 - shippedRuleSet.phraseRules.count
    var files: [String: String] = [:]
    var index = 0
    var lastLine = 0
    for file in 0..<3 {
      var yaml = "id: zz\(file)\nkind: phrases\nrules:\n"
      let count = file < 2 ? total / 3 : total - 2 * (total / 3)
      for _ in 0..<count {
        yaml += "  - {id: r\(index), phrases: [p\(index)], department: 卫健委}\n"
        index += 1
      }
      files["zz\(file).yaml"] = yaml
      lastLine = 3 + count
    }
    let rules = try folder.rules(adding: files)
    let last = "  - {id: r\(index - 1), phrases: [p\(index - 1)], department: 卫健委}"
    try expectGenerateRefusal(
      in: folder,
      ["--rules", rules, speech],
      message:
        "\(rules)/zz2.yaml:\(lastLine):5: error: rule number 100001 is past the limit of 100000 "
        + "phrase rules in one rule set\n"
        + "\(last.prefix(44))…\n"
        + "    ^"
    )
  }

  @Test("--rules naming no folder says so, not that a file is missing from it")
  func rulesFolderThatDoesNotExist() throws {
    let missing = folder.path("no-such-rules")
    try expectGenerateRefusal(
      in: folder,
      ["--rules", missing, speech],
      message: "\(missing): error: no such folder (given with --rules)"
    )
    try expectGenerateRefusal(
      in: folder,
      ["--rules", speech, speech],
      message: "\(speech): error: this is a file, not a folder (given with --rules)"
    )
  }

  @Test("A named pipe among the rule files is refused at once")
  func fifoRuleFile() throws {
    let rules = try folder.rules()
    let fifo = "\(rules)/zz.yaml"
    #expect(mkfifo(fifo, 0o644) == 0)
    let result = try runChecklist(["extract", "--rules", rules, speech], timeout: 20)
    #expect(result.status == 1)
    #expect(
      result.error
        == "\(fifo): error: cannot read the rule file: it is a named pipe (FIFO), not a regular file\n"
    )
  }
}
