/// Reads CSV as RFC 4180 (and Excel) do: fields between commas, a quoted field may hold commas,
/// quotes (doubled) and line breaks; rows end at CRLF or LF.
enum CSVTestParser {
  struct Malformed: Error {}

  static func rows(_ text: String) throws -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    var atFieldStart = true
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.unicodeScalars.append("\"")
            scalars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where atFieldStart:
        quoted = true
        atFieldStart = false
      case "\"":
        throw Malformed()
      case ",":
        row.append(field)
        field = ""
        atFieldStart = true
      case "\r" where scalars.first == "\n":
        break
      case "\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
        atFieldStart = true
      default:
        field.unicodeScalars.append(scalar)
        atFieldStart = false
      }
    }
    if quoted { throw Malformed() }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}

/// Reads a todo.txt line as the format's description (github.com/todotxt/todo.txt) says a
/// client reads it.
enum TodoTxtTestParser {
  struct Line: Equatable, CustomStringConvertible {
    var done = false
    var priority: String?
    var dates: [String] = []
    var projects: [String] = []
    var contexts: [String] = []
    var tags: [(key: String, value: String)] = []
    var words: [String] = []

    static func == (left: Line, right: Line) -> Bool { left.description == right.description }

    var description: String {
      "done:\(done) priority:\(priority ?? "-") dates:\(dates) +\(projects) @\(contexts) "
        + "tags:\(tags.map { "\($0.key)=\($0.value)" }) words:\(words)"
    }
  }

  static func isDate(_ word: Substring) -> Bool {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) }
      && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
  }

  static func parse(_ text: String) -> Line {
    var line = Line()
    // Cut at every U+0020, as clients do, whatever marks stand beside it.
    var words = text.unicodeScalars.split(separator: " ")
      .map { Substring(String(String.UnicodeScalarView($0))) }[...]
    if words.first == "x" {
      line.done = true
      words.removeFirst()
    } else if let first = words.first, first.count == 3, first.first == "(", first.last == ")",
      let letter = first.dropFirst().first, letter.isUppercase, letter.isASCII
    {
      line.priority = String(letter)
      words.removeFirst()
    }
    while line.dates.count < 2, let first = words.first, isDate(first) {
      line.dates.append(String(first))
      words.removeFirst()
    }
    for word in words {
      if word.count > 1, word.first == "+" {
        line.projects.append(String(word.dropFirst()))
      } else if word.count > 1, word.first == "@" {
        line.contexts.append(String(word.dropFirst()))
      } else if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
        word.index(after: colon) != word.endIndex
      {
        line.tags.append((String(word[..<colon]), String(word[word.index(after: colon)...])))
      } else {
        line.words.append(String(word))
      }
    }
    return line
  }
}
