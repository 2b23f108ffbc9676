/// The one escaper for values in Markdown views (the checklists, the index, the tracker): what a
/// Markdown viewer would render as markup is written so that it shows as the text it is.
///
/// `<`, `>` and `&` become entities (so no HTML tag, comment or entity reaches the viewer),
/// `\`, `` ` ``, `[`, `]`, `|` and `#` get a backslash (so no link, image, code span, table
/// cell boundary or heading end is made), as do `@`, the colon of `://` and the dot of `www.` (so no bare URL or
/// e-mail address is made a link by a GFM viewer), and line breaks become `&#10;`/`&#13;` (so a value stays on its line and
/// cannot start a block). Every replacement is one CommonMark reads back as the character, and
/// ``unescaped(_:)`` undoes it exactly.
public enum MarkdownText {
  /// `text` escaped for a Markdown paragraph, list item, heading or table cell.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The escaped text.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var previous: [Unicode.Scalar] = []
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      defer {
        previous.append(scalar)
        if previous.count > 3 { previous.removeFirst() }
      }
      if scalar == ".", String(String.UnicodeScalarView(previous)).lowercased() == "www" {
        result += "\\."
        continue
      }
      if scalar == ":", index + 2 < scalars.count, scalars[index + 1] == "/",
        scalars[index + 2] == "/"
      {
        result += "\\:"
        continue
      }
      switch scalar {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case "\\", "`", "[", "]", "|", "@", "#":
        result += "\\"
        result.unicodeScalars.append(scalar)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Reads Markdown text back as the text it shows.
  ///
  /// A backslash before ASCII punctuation is dropped, and the entities ``escaped(_:)`` writes
  /// are decoded; anything else is kept.
  ///
  /// - Parameter markdown: Escaped text.
  /// - Returns: The text.
  public static func unescaped(_ markdown: String) -> String {
    guard markdown.contains(where: { $0 == "\\" || $0 == "&" }) else { return markdown }
    let scalars = Array(markdown.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    outer: while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\", index + 1 < scalars.count, isASCIIPunctuation(scalars[index + 1]) {
        result.append(scalars[index + 1])
        index += 2
        continue
      }
      if scalar == "&" {
        for (entity, character) in entities {
          let end = index + entity.count
          if end <= scalars.count, scalars[index..<end].elementsEqual(entity.unicodeScalars) {
            result.append(character)
            index = end
            continue outer
          }
        }
      }
      result.append(scalar)
      index += 1
    }
    return String(result)
  }

  /// A file name as a Markdown link destination: ASCII that a destination could read as
  /// markup, an entity, a scheme or a query is percent-encoded; other characters stay readable.
  ///
  /// - Parameter name: A relative file name such as `卫健委.md`.
  /// - Returns: The destination.
  public static func linkDestination(_ name: String) -> String {
    var result = ""
    for scalar in name.unicodeScalars {
      if scalar.isASCII && !safeInDestination.contains(scalar) {
        for byte in String(scalar).utf8 { result += "%" + hex(byte) }
      } else if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
        for byte in String(scalar).utf8 { result += "%" + hex(byte) }
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

// MARK: - Helpers

extension MarkdownText {
  fileprivate static let entities: [(String, Unicode.Scalar)] = [
    ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"), ("&#10;", "\n"), ("&#13;", "\r"),
  ]

  fileprivate static let safeInDestination = Set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~".unicodeScalars
  )

  fileprivate static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
  }

  fileprivate static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
