/// A page that only says something: sign in first, not yours, changed meanwhile, refused.
struct MessagePage: Sendable {
  let header: PageHeader
  let heading: String
  let message: String
  let submitted: String
  let hasSubmitted: Bool
  let showsBackLink: Bool

  init(header: PageHeader, heading: String, message: String, submitted: String = "") {
    self.header = header
    self.heading = heading
    self.message = message
    self.submitted = submitted
    hasSubmitted = !submitted.isEmpty
    showsBackLink = header.signedIn
  }
}

extension MessagePage: TemplateModel {
  static let fields: [String: PartialKeyPath<MessagePage> & Sendable] = [
    "header": \MessagePage.header,
    "heading": \MessagePage.heading,
    "message": \MessagePage.message,
    "submitted": \MessagePage.submitted,
    "hasSubmitted": \MessagePage.hasSubmitted,
    "showsBackLink": \MessagePage.showsBackLink,
  ]
}
