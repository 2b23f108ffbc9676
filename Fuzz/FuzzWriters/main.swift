// libFuzzer target: the writers of what other programs open (CSV cells, Markdown table cells,
// tracker task lines, todo.txt lines). Whatever the text, the output parses back to the same
// cells, and nothing in a value becomes markup, a formula or a todo.txt field.
//
// Built only when CHECKLIST_FUZZ=1 (see Package.swift and Scripts/fuzz.sh).
import CFuzzer
import ChecklistCore
import Foundation

/// Four cells, as the templates read them.
struct Row {
  var a, b, c, d: String
}

/// The CSV and Markdown row templates, loaded through the same renderer as the shipped ones.
let templates: TemplateRenderer = {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("fuzz-writers-\(getpid())")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let files = [
    "row.csv.mustache": "{{a}},{{b}},{{c}},{{d}}\n",
    "row.md.mustache": "| {{a}} | {{b}} | {{c}} | {{d}} |\n",
  ]
  for (name, text) in files {
    try? Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }
  do {
    return try TemplateRenderer(directory: folder.path)
  } catch {
    fatalError("the fuzz templates do not load: \(error)")
  }
}()

func fail(_ what: String, _ cells: [String], _ output: String) -> Never {
  fatalError(
    "\(what)\ncells: \(cells.map { Array($0.unicodeScalars) })\noutput: \(output.debugDescription)"
  )
}

// MARK: - CSV

/// RFC 4180 fields of one record (quoted fields may hold commas, quotes and line breaks).
func csvFields(_ text: String) -> [String]? {
  var fields: [String] = []
  var field = String.UnicodeScalarView()
  var scalars = Array(text.unicodeScalars)[...]
  guard scalars.last == "\n" else { return nil }
  scalars.removeLast()
  var start = true
  while let scalar = scalars.popFirst() {
    if start && scalar == "\"" {
      while true {
        guard let next = scalars.popFirst() else { return nil }
        if next == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.append("\"")
          } else {
            break
          }
        } else {
          field.append(next)
        }
      }
      guard scalars.isEmpty || scalars.first == "," else { return nil }
      start = false
      continue
    }
    if scalar == "," {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      start = true
      continue
    }
    if scalar == "\"" || scalar == "\n" || scalar == "\r" { return nil }
    field.append(scalar)
    start = false
  }
  fields.append(String(field))
  return fields
}

func checkCSV(_ cells: [String]) {
  let row = Row(a: cells[0], b: cells[1], c: cells[2], d: cells[3])
  guard let output = try? templates.render(row, template: "row.csv") else {
    fail("the CSV template did not render", cells, "")
  }
  guard let fields = csvFields(output), fields.count == 4 else {
    fail("the CSV row does not parse into four fields", cells, output)
  }
  for (field, cell) in zip(fields, cells) {
    if let first = field.unicodeScalars.first, SpreadsheetText.formulaStarts.contains(first) {
      fail("a CSV field starts like a formula", cells, output)
    }
    if SpreadsheetText.restored(field) != cell { fail("a CSV cell changed", cells, output) }
  }
}

// MARK: - Markdown

/// The cells of a GFM table row: split at `|` not escaped by a backslash, trimmed of spaces
/// and tabs, read back with ``MarkdownText/unescaped(_:)``.
func markdownCells(_ line: String) -> [String]? {
  var scalars = Array(line.unicodeScalars)[...]
  guard scalars.first == "|", scalars.last == "|" else { return nil }
  scalars = scalars.dropFirst().dropLast()
  var cells: [String] = []
  var cell = String.UnicodeScalarView()
  while let scalar = scalars.popFirst() {
    if scalar == "\\", let next = scalars.popFirst() {
      cell.append(scalar)
      cell.append(next)
    } else if scalar == "|" {
      cells.append(String(cell))
      cell = String.UnicodeScalarView()
    } else {
      cell.append(scalar)
    }
  }
  cells.append(String(cell))
  return cells.map { MarkdownText.unescaped(trimmed($0)) }
}

func trimmed(_ text: String) -> String {
  var scalars = Array(text.unicodeScalars)[...]
  while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
  while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
  return String(String.UnicodeScalarView(scalars))
}

/// Where escaped Markdown holds markup: a character that opens a tag, link, code span, table
/// cell or autolink without a backslash before it, or an entity the escaper did not write.
func markupOffset(_ text: String) -> Int? {
  let scalars = Array(text.unicodeScalars)
  var index = 0
  while index < scalars.count {
    let scalar = scalars[index]
    if scalar == "\\" {
      index += 2
      continue
    }
    if "<>[]`|@\n\r".unicodeScalars.contains(scalar) { return index }
    if scalar == "&" {
      let rest = Array(scalars[index...].prefix(5))
      let known = ["&lt;", "&gt;", "&amp;", "&#10;", "&#13;"].map { Array($0.unicodeScalars) }
      if !known.contains(where: { rest.starts(with: $0) }) { return index }
    }
    if scalar == ":", index + 2 < scalars.count, scalars[index + 1] == "/",
      scalars[index + 2] == "/"
    {
      return index
    }
    if scalar == ".", index >= 3,
      scalars[(index - 3)..<index].allSatisfy({ $0 == "w" || $0 == "W" })
    {
      return index
    }
    index += 1
  }
  return nil
}

func checkMarkdown(_ cells: [String]) {
  let row = Row(a: cells[0], b: cells[1], c: cells[2], d: cells[3])
  guard let output = try? templates.render(row, template: "row.md") else {
    fail("the Markdown template did not render", cells, "")
  }
  guard output.hasSuffix("\n") else { fail("the Markdown row lost its line end", cells, output) }
  let line = String(output.dropLast())
  guard let parsed = markdownCells(line), parsed.count == 4 else {
    fail("the Markdown row does not have four cells", cells, output)
  }
  for (value, cell) in zip(parsed, cells) where value != trimmed(cell) {
    fail("a Markdown cell changed", cells, output)
  }
  for cell in cells {
    let escaped = MarkdownText.escaped(cell)
    if let offset = markupOffset(escaped) {
      fail("escaped Markdown still holds markup at scalar \(offset)", [cell], escaped)
    }
  }
}

// MARK: - Tracker and todo.txt

/// The text a task line keeps of a directive's text: line breaks as spaces, trimmed, and
/// `id:` after a space written `id：`.
func expectedTaskText(_ text: String) -> String {
  let flat = String(text.map { $0.isNewline ? " " : $0 })
  let scalars = flat.unicodeScalars
  let first = scalars.firstIndex { !$0.properties.isWhitespace }
  let last = scalars.lastIndex { !$0.properties.isWhitespace }
  guard let first, let last else { return "（无文本）" }
  let body = String(String.UnicodeScalarView(scalars[first...last]))
  var result = ""
  var previous: Character?
  var rest = Substring(body)
  while let character = rest.first {
    let afterSpace =
      previous.map { $0.unicodeScalars.count == 1 && $0.isWhitespace && !$0.isNewline } ?? true
    if rest.hasPrefix("id:") && afterSpace {
      result += "id："
      rest = rest.dropFirst(3)
      previous = "："
      continue
    }
    result.append(character)
    previous = character
    rest = rest.dropFirst()
  }
  return result
}

func checkTracker(_ cells: [String]) {
  let directive = Directive(id: "fuzz0001", file: "fuzz.txt", document: 1, line: 1, text: cells[0])
  let document = TrackerDocument.new(directives: [directive], file: "fuzz.md")
  let text = document.text
  guard let reread = try? TrackerDocument(text: text, file: "fuzz.md"), reread.tasks.count == 1,
    let task = reread.tasks.first?.task
  else { fail("the tracker does not read back its one task", cells, text) }
  if task.text != expectedTaskText(cells[0]) { fail("the task's text changed", cells, text) }
  if !reread.warnings.isEmpty { fail("the tracker reads back with warnings", cells, text) }
  guard let day = CalendarDate(iso: "2021-02-01") else { return }
  let export = TodoTxt.export(reread, asOf: day)
  let lines = export.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    .map { String(String.UnicodeScalarView($0)) }
  guard lines.count == 2, lines[1].isEmpty else { fail("todo.txt is not one line", cells, export) }
  checkTodo(lines[0], cells: cells)
  for prefix in ["x 2021-01-02 ", "(A) "] {
    checkTodo(prefix + TodoTxt.neutralised(cells[1]) + " id:fuzz0001", cells: cells, prefix: prefix)
  }
}

/// Reads a todo.txt line as a client does and expects only the fields the exporter wrote.
func checkTodo(_ line: String, cells: [String], prefix: String = "") {
  // A client cuts at U+0020 whatever the characters around it; so does this reader.
  var words = line.unicodeScalars.split(separator: " ")
    .map { Substring(String(String.UnicodeScalarView($0))) }[...]
  if prefix.hasPrefix("x") {
    guard words.popFirst() == "x", words.popFirst() == "2021-01-02" else {
      fail("the completion mark was lost", cells, line)
    }
  } else if prefix.hasPrefix("(A)") {
    guard words.popFirst() == "(A)" else { fail("the priority was lost", cells, line) }
  }
  if let first = words.first {
    if prefix.isEmpty, first == "x" { fail("the text reads as a completion", cells, line) }
    if prefix.isEmpty, first.count == 3, first.hasPrefix("("), first.hasSuffix(")"),
      let letter = first.dropFirst().first, ("A"..."Z").contains(letter)
    {
      fail("the text reads as a priority", cells, line)
    }
    let parts = first.split(separator: "-", omittingEmptySubsequences: false)
    if parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
    {
      fail("the text reads as a date", cells, line)
    }
  }
  var tags: [Substring] = []
  var projects = 0
  for word in words {
    if word.count > 1, word.first == "+" { projects += 1 }
    if word.count > 1, word.first == "@" { fail("the text holds a context", cells, line) }
    if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
      word.index(after: colon) != word.endIndex
    {
      tags.append(word[..<colon])
    }
  }
  if tags != ["id"] { fail("the text holds a tag", cells, line) }
  if projects > (prefix.isEmpty ? 1 : 0) { fail("the text holds a project", cells, line) }
}

func fuzzWriters(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  var cells = String(decoding: bytes, as: UTF8.self)
    .split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
  while cells.count < 4 { cells.append("") }
  checkCSV(cells)
  checkMarkdown(cells)
  checkTracker(cells)
  return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { start, count in fuzzWriters(start, count) })
