import ChecklistCore

/// Renders the page models through the `serve-*.html.mustache` templates, which escape every
/// `{{value}}` for HTML.
struct PageRenderer: Sendable {
  /// The templates the server needs; all must be in the folder when it starts.
  static let templateNames = ["serve-office.html", "serve-department.html", "serve-message.html"]

  private let renderer: TemplateRenderer

  init(directory: String) throws(ServerError) {
    do {
      renderer = try TemplateRenderer(directory: directory)
      for name in Self.templateNames { _ = try renderer.render(Probe(), template: name) }
    } catch {
      throw .template(error)
    }
  }

  func render(_ page: OfficePage) -> String { render(page, "serve-office.html") }
  func render(_ page: DepartmentPage) -> String { render(page, "serve-department.html") }
  func render(_ page: MessagePage) -> String { render(page, "serve-message.html") }

  private func render(_ page: Any, _ name: String) -> String {
    // Every name was checked when the server started.
    (try? renderer.render(page, template: name)) ?? ""
  }

  /// An empty model, to check at start-up that each template is there.
  private struct Probe {}
}
