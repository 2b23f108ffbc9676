/// What every page shows at its top: who is signed in, the message left by the last change,
/// and the CSRF token its forms carry.
struct PageHeader: Sendable {
  let title: String
  let who: String
  let isOffice: Bool
  let signedIn: Bool
  let csrf: String
  let flash: String
  let hasFlash: Bool
  let asOf: String

  init(title: String, session: Session?, flash: String?, asOf: String) {
    self.title = title
    who = session?.principal.name ?? ""
    if case .office = session?.principal { isOffice = true } else { isOffice = false }
    signedIn = session != nil
    csrf = session?.csrf ?? ""
    self.flash = flash ?? ""
    hasFlash = !(flash ?? "").isEmpty
    self.asOf = asOf
  }
}

extension PageHeader: TemplateModel {
  static let fields: [String: PartialKeyPath<PageHeader> & Sendable] = [
    "title": \PageHeader.title,
    "who": \PageHeader.who,
    "isOffice": \PageHeader.isOffice,
    "signedIn": \PageHeader.signedIn,
    "csrf": \PageHeader.csrf,
    "flash": \PageHeader.flash,
    "hasFlash": \PageHeader.hasFlash,
    "asOf": \PageHeader.asOf,
  ]
}
