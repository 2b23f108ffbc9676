import Mustache

/// The format of a template, told by its file name (`checklist.md.mustache` is Markdown).
///
/// The format decides the escaping every `{{value}}` in the template gets: Markdown through
/// ``MarkdownText``, CSV through ``CSVField``, HTML as Mustache escapes it. `{{{value}}}` goes
/// in as it is.
///
/// A template cannot turn the escaping off with its own `CONTENT_TYPE` pragma: values come from
/// speeches and rule files, and one unescaped field is enough for a link or a formula.
enum TemplateFormat: String, Sendable, CaseIterable {
  /// `*.md.mustache`.
  case markdown = "MARKDOWN"
  /// `*.csv.mustache`.
  case csv = "CSV"
  /// Anything else, such as `report.html.mustache`.
  case html = "HTML"

  /// The format of the template at `path`.
  init(path: String) {
    if path.hasSuffix(".md.mustache") {
      self = .markdown
    } else if path.hasSuffix(".csv.mustache") {
      self = .csv
    } else {
      self = .html
    }
  }

  /// The extension before `.mustache` in the names of templates of this format.
  var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .csv: "csv"
    case .html: "html"
    }
  }

  /// The pragma that selects this format's escaping.
  var pragma: String {
    _ = Self.registered
    return "{{% CONTENT_TYPE: \(rawValue)}}"
  }

  /// Registers the Markdown and CSV escapers with Mustache, once.
  private static let registered: Void = {
    MustacheContentTypes.register(MarkdownContent(), named: TemplateFormat.markdown.rawValue)
    MustacheContentTypes.register(CSVContent(), named: TemplateFormat.csv.rawValue)
  }()

  private struct MarkdownContent: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownText.escaped(text) }
  }

  private struct CSVContent: MustacheContentType {
    func escapeText(_ text: String) -> String { CSVField.escaped(text) }
  }
}
