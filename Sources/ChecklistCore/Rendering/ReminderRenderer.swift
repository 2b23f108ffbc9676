/// Writes the 催办通知 of a `checklist remind` run through the templates: for each notice a
/// Markdown file (`remind.md.mustache`) and a Word file (`remind.docx.xml.mustache`, packed by
/// ``DOCXWriter``), and an `index.md` (`remind-index.md.mustache`).
public struct ReminderRenderer: Sendable {
  /// One file to write.
  public struct File: Sendable, Equatable {
    /// Its name inside the output folder.
    public var name: String
    /// Its bytes.
    public var bytes: [UInt8]
  }

  private let templates: TemplateRenderer

  /// Creates the renderer.
  ///
  /// - Parameter templates: The loaded templates folder.
  public init(templates: TemplateRenderer) {
    self.templates = templates
  }

  /// The files for `notices`, the index last.
  ///
  /// - Parameters:
  ///   - notices: The notices.
  ///   - index: Their index.
  /// - Returns: The files, in the order to write them.
  /// - Throws: ``TemplateError`` for a missing template, ``OutputError`` for a .docx that
  ///   cannot be packed.
  public func files(for notices: [ReminderNotice], index: ReminderIndex) throws -> [File] {
    var files: [File] = []
    for notice in notices {
      let markdown = GeneratedFormat.markdown.marked(
        try templates.render(notice, template: "remind.md")
      )
      files.append(File(name: "\(notice.fileStem).md", bytes: Array(markdown.utf8)))
      let document = try templates.render(notice, template: "remind.docx.xml")
      let name = "\(notice.fileStem).docx"
      files.append(File(name: name, bytes: try DOCXWriter.package(document: document, path: name)))
    }
    let text = GeneratedFormat.markdown.marked(
      try templates.render(index, template: "remind-index.md")
    )
    files.append(File(name: "index.md", bytes: Array(text.utf8)))
    return files
  }
}
