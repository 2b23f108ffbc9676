import Foundation

/// Renders a ``ChecklistBook`` through the templates: Markdown checklists per department with
/// an index, or the decomposition table as CSV that Excel opens with the Chinese intact.
public struct ChecklistRenderer: Sendable {
  /// One rendered file.
  public struct Output: Sendable, Equatable {
    /// The file name to write it under.
    public var fileName: String
    /// Its text.
    public var text: String

    /// Creates an output.
    ///
    /// - Parameters:
    ///   - fileName: The file name.
    ///   - text: The text.
    public init(fileName: String, text: String) {
      self.fileName = fileName
      self.text = text
    }
  }

  private let templates: TemplateRenderer

  /// Creates a renderer over a loaded templates folder.
  ///
  /// - Parameter templates: The templates.
  public init(templates: TemplateRenderer) {
    self.templates = templates
  }

  /// The index (`index.md`) followed by one checklist per section (`<部门>.md`).
  ///
  /// Every value is escaped by the Markdown templates (``MarkdownText``); each file ends with
  /// the marker that lets a later run replace it (``GeneratedFormat/marker``).
  ///
  /// - Parameter book: The checklists.
  /// - Returns: The files, index first.
  /// - Throws: ``TemplateError`` when a template is missing.
  public func markdown(_ book: ChecklistBook) throws(TemplateError) -> [Output] {
    let index = IndexModel(
      directiveCount: book.directiveCount,
      sectionCount: book.sections.count,
      sections: book.sections.map(IndexRow.init)
    )
    let marked = GeneratedFormat.markdown.marked
    var outputs = [
      Output(fileName: "index.md", text: marked(try templates.render(index, template: "index.md")))
    ]
    for section in book.sections {
      outputs.append(
        Output(
          fileName: "\(section.fileStem).md",
          text: marked(try templates.render(section, template: "checklist.md"))
        )
      )
    }
    return outputs
  }

  /// The decomposition table as CSV for Excel and LibreOffice: a UTF-8 byte-order mark, RFC
  /// 4180 quoting and CRLF line ends, the columns of ``ChecklistBook/tableColumns`` (the due
  /// day alone in 完成时限, as `yyyy-mm-dd`, and the phrase in 时限要求), 来源 without the
  /// file's folder; the CSV template quotes every field and neutralises any that could pass
  /// for a formula (``CSVField``).
  ///
  /// - Parameter book: The checklists.
  /// - Returns: The CSV text, BOM first.
  /// - Throws: ``TemplateError`` when the template is missing.
  public func csv(_ book: ChecklistBook) throws(TemplateError) -> String {
    let rows = book.table.map { task in
      CSVRow(
        number: String(task.number),
        text: task.text,
        lead: task.lead ?? Wording.noSpecificOwner,
        supports: task.supports ?? "",
        due: task.due?.description ?? "",
        phrase: task.deadlinePhrase ?? "",
        owner: task.owner ?? "",
        source: task.reference,
        note: ""
      )
    }
    let text = try templates.render(CSVModel(rows: rows), template: "table.csv")
    return "\u{FEFF}" + Self.crlf(text)
  }

  /// Every line end as CRLF, as RFC 4180 writes them.
  static func crlf(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
  }

  private struct IndexModel {
    var directiveCount: Int
    var sectionCount: Int
    var sections: [IndexRow]
  }

  /// One row of the index: a section's counts, and its file as a link that no department
  /// name can break out of.
  private struct IndexRow {
    var department: String
    var taskCount: Int
    var leadCount: Int
    var fileStem: String
    var fileLink: String

    init(_ section: ChecklistBook.Section) {
      department = section.department
      taskCount = section.taskCount
      leadCount = section.leadCount
      fileStem = section.fileStem
      fileLink = MarkdownText.linkDestination("\(section.fileStem).md")
    }
  }

  private struct CSVModel {
    var rows: [CSVRow]
  }

  private struct CSVRow {
    var number, text, lead, supports, due, phrase, owner, source, note: String
  }
}
