import Foundation
import Mustache

/// Renders a ``TrackerReport`` as a self-contained HTML page through `report.html.mustache`.
public struct TrackerReportRenderer: Sendable {
  /// The template's file name inside the templates folder.
  public static let templateName = "report.html.mustache"

  /// The folder the template is read from.
  public var templatesDirectory: String

  /// Creates a renderer.
  ///
  /// - Parameter templatesDirectory: The folder holding `report.html.mustache`.
  public init(templatesDirectory: String) {
    self.templatesDirectory = templatesDirectory
  }

  /// The template's path.
  public var templatePath: String {
    "\(templatesDirectory)/\(Self.templateName)"
  }

  /// Renders the page.
  ///
  /// - Parameter report: The finished report model.
  /// - Returns: The HTML.
  /// - Throws: ``TrackerError/template(_:)`` when the template is missing or invalid.
  public func render(_ report: TrackerReport) throws(TrackerError) -> String {
    let path = templatePath
    let template: MustacheTemplate
    do {
      template = try TemplateRenderer.parse(try TemplateRenderer.read(path), path: path)
    } catch {
      throw .template(error)
    }
    return GeneratedFormat.html.marked(template.render(report))
  }
}
