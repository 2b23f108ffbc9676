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
      let text = try Self.read(path)
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
  /// Reads a template file's text.
  ///
  /// - Parameter path: The file.
  /// - Returns: Its text.
  /// - Throws: ``TemplateError`` when it is not a readable regular UTF-8 file.
  static func read(_ path: String) throws(TemplateError) -> String {
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(path, limit: Limits.maximumRuleFileBytes)
    } catch {
      throw .file(path, problem: "cannot read the template: \(error)")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .file(path, problem: "cannot read the template as UTF-8")
    }
    return text
  }

  /// Parses one template's text with the escaping its file name calls for
  /// (``TemplateFormat``), naming `path` and the line and column of a syntax error.
  ///
  /// - Parameters:
  ///   - text: The template's source.
  ///   - path: Its path, for errors and for its format.
  /// - Returns: The parsed template.
  /// - Throws: ``TemplateError`` at the problem, with its line; also for a `CONTENT_TYPE`
  ///   pragma that would change the escaping.
  static func parse(_ text: String, path: String) throws(TemplateError) -> MustacheTemplate {
    let format = TemplateFormat(path: path)
    try checkContentTypes(text, format: format, path: path)
    // On a line of its own the pragma renders as nothing; the template's lines move down one.
    do {
      return try MustacheTemplate(string: format.pragma + "\n" + text)
    } catch let error as MustacheTemplate.ParserError {
      let location = SourceLocation(
        file: path,
        line: max(1, error.context.lineNumber - 1),
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

  /// Refuses a `CONTENT_TYPE` pragma that names another escaping than the file's format.
  private static func checkContentTypes(_ text: String, format: TemplateFormat, path: String)
    throws(TemplateError)
  {
    let pragma = /\{\{%\s*CONTENT_TYPE\s*:\s*([A-Za-z_]*)\s*\}\}/
    for match in text.matches(of: pragma) where String(match.output.1) != format.rawValue {
      let before = text[..<match.range.lowerBound]
      let line = before.reduce(into: 1) { count, character in if character.isNewline { count += 1 }
      }
      let column = before.reversed().prefix { !$0.isNewline }.count + 1
      let location = SourceLocation(file: path, line: line, column: column)
      throw .syntax(
        location,
        problem:
          "'CONTENT_TYPE: \(match.output.1)' would change the escaping; a template named "
          + "*.\(format.fileExtension).mustache is always escaped as \(format.rawValue) "
          + "(write {{{name}}} for a value that must go in as it is)",
        excerpt: Diagnostic.excerpt(at: location, in: text)
      )
    }
  }
}
