/// Reduces an HTML page to the lines of text a reader sees, each keeping its source line.
///
/// Scripts, styles and comments are dropped; block elements (`p`, `div`, `br`, `li`, headings,
/// table rows) end a line; character references are decoded. Source line breaks inside a block
/// are white space, as a browser treats them.
public struct HTMLText: Sendable {
  /// Creates a reducer.
  public init() {}

  /// Whether `text` looks like an HTML page rather than plain text.
  ///
  /// - Parameters:
  ///   - text: The decoded file.
  ///   - path: The file's path; an `.html` or `.htm` extension decides at once.
  /// - Returns: `true` for HTML.
  public static func isHTML(_ text: String, path: String) -> Bool {
    let lower = path.lowercased()
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
      return true
    }
    let head = text.prefix(512).drop { $0.isWhitespace }.prefix(64).lowercased()
    return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
  }

  /// Reduces `html` to text lines.
  ///
  /// - Parameters:
  ///   - html: The page's source.
  ///   - file: The file's name.
  /// - Returns: The visible text as lines numbered by where they start in the source.
  public func reduce(_ html: String, file: String) -> SourceText {
    var lines: [SourceLine] = []
    var buffer = ""
    var bufferLine = 1
    var line = 1
    var scalars = Array(html.unicodeScalars)[...]

    func flush() {
      let trimmed = buffer.trimmingWhitespace()
      if !trimmed.isEmpty { lines.append(SourceLine(number: bufferLine, text: trimmed)) }
      buffer = ""
    }
    func append(_ text: String) {
      if buffer.isEmpty { bufferLine = line }
      buffer += text
    }

    while let scalar = scalars.first {
      if scalar == "<" {
        let rest = String(String.UnicodeScalarView(scalars.prefix(12))).lowercased()
        if rest.hasPrefix("<!--") {
          line += skip(&scalars, past: "-->")
          continue
        }
        if rest.hasPrefix("<script") || rest.hasPrefix("<style") {
          let closing = rest.hasPrefix("<script") ? "</script>" : "</style>"
          line += skip(&scalars, past: closing)
          flush()
          continue
        }
        var tag = ""
        var newlines = 0
        scalars.removeFirst()
        while let next = scalars.first, next != ">" {
          if next == "\n" { newlines += 1 }
          tag.unicodeScalars.append(next)
          scalars.removeFirst()
        }
        if !scalars.isEmpty { scalars.removeFirst() }
        if Self.isBlock(tag) { flush() }
        line += newlines
        continue
      }
      scalars.removeFirst()
      if scalar == "\n" {
        line += 1
        if !buffer.isEmpty { buffer += " " }
      } else if scalar == "&" {
        append(decodeReference(&scalars))
      } else if scalar == "\r" || scalar == "\t" {
        if !buffer.isEmpty { buffer += " " }
      } else {
        append(String(scalar))
      }
    }
    flush()
    return SourceText(file: file, lines: lines)
  }
}

// MARK: - Helpers

private extension HTMLText {
  static let blockTags: Set<String> = [
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "title", "hr", "dd", "dt",
    "nav", "aside", "main", "body", "head", "html",
  ]

  static func isBlock(_ tag: String) -> Bool {
    let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
    return blockTags.contains(name)
  }

  /// Skips past `marker`, returning how many line breaks were skipped.
  func skip(_ scalars: inout ArraySlice<Unicode.Scalar>, past marker: String) -> Int {
    let target = Array(marker.unicodeScalars)
    var newlines = 0
    while !scalars.isEmpty {
      if scalars.count >= target.count,
        zip(scalars.prefix(target.count), target).allSatisfy({
          $0.properties.lowercaseMapping == $1.properties.lowercaseMapping
        })
      {
        scalars.removeFirst(target.count)
        return newlines
      }
      if scalars.first == "\n" { newlines += 1 }
      scalars.removeFirst()
    }
    return newlines
  }

  func decodeReference(_ scalars: inout ArraySlice<Unicode.Scalar>) -> String {
    let name = String(String.UnicodeScalarView(scalars.prefix(10).prefix { $0 != ";" }))
    guard scalars.prefix(11).contains(";") else { return "&" }
    let named: [String: String] = [
      "nbsp": " ", "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'",
      "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "hellip": "…", "mdash": "—",
      "middot": "·", "copy": "©",
    ]
    var value: String?
    if let text = named[name] {
      value = text
    } else if name.hasPrefix("#x") || name.hasPrefix("#X"),
      let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code)
    {
      value = String(scalar)
    } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
      let scalar = Unicode.Scalar(code)
    {
      value = String(scalar)
    }
    guard let value else { return "&" }
    scalars.removeFirst(name.unicodeScalars.count + 1)
    return value
  }
}
