import Foundation
import Mustache

/// Renders the result models (``ChecklistBook``, tracker reports) through the Mustache
/// templates of a `templates/` folder, so a user can change the layout without touching code.
public struct TemplateRenderer: Sendable {
  private let library: MustacheLibrary
  private let names: Set<String>

  /// Loads every `*.mustache` file of a folder; each is known by its name without the extension.
  ///
  /// - Parameter directory: The templates folder.
  /// - Throws: ``TemplateError`` naming the file, line and column of a syntax error.
  public init(directory: String) throws(TemplateError) {
    let files: [String]
    do {
      files = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".mustache") }.sorted()
    } catch {
      throw .file(directory, problem: "cannot read the templates folder")
    }
    var library = MustacheLibrary()
    for file in files {
      let path = (directory as NSString).appendingPathComponent(file)
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else {
        throw .file(path, problem: "cannot read the template as UTF-8")
      }
      library.register(
        try Self.parse(text, path: path),
        named: String(file.dropLast(".mustache".count))
      )
    }
    self.library = library
    names = Set(files.map { String($0.dropLast(".mustache".count)) })
  }

  /// Renders `object` through the template `name`.
  ///
  /// - Parameters:
  ///   - object: The model; its stored properties are the template's variables.
  ///   - name: The template's name (`checklist.md` for `checklist.md.mustache`).
  /// - Returns: The rendered text.
  /// - Throws: ``TemplateError`` when the folder has no such template.
  public func render(_ object: Any, template name: String) throws(TemplateError) -> String {
    guard names.contains(name), let text = library.render(object, withTemplate: name) else {
      throw .file("\(name).mustache", problem: "no such template")
    }
    return text
  }
}

// MARK: - Parsing

extension TemplateRenderer {
  /// Parses one template's text, naming `path` and the line and column of a syntax error.
  ///
  /// - Parameters:
  ///   - text: The template's source.
  ///   - path: Its path, for errors.
  /// - Returns: The parsed template.
  /// - Throws: ``TemplateError`` at the problem, with its line.
  static func parse(_ text: String, path: String) throws(TemplateError) -> MustacheTemplate {
    do {
      return try MustacheTemplate(string: text)
    } catch let error as MustacheTemplate.ParserError {
      let location = SourceLocation(
        file: path,
        line: error.context.lineNumber,
        column: error.context.columnNumber + 1
      )
      throw .syntax(
        location,
        problem: "\(error.error)",
        excerpt: Diagnostic.excerpt(at: location, in: text)
      )
    } catch {
      throw .file(path, problem: "\(error)")
    }
  }
}
