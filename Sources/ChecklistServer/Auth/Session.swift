import Foundation

/// A signed-in browser: whom it signed in as, the token hash it used, and the CSRF token its
/// forms must carry.
struct Session: Sendable {
  /// The cookie's value.
  var id: String
  /// Whom it signed in as.
  var principal: Principal
  /// The hash of the token it signed in with; the session ends when that token is replaced.
  var tokenHash: String
  /// The value every form of this session carries in its `csrf` field.
  var csrf: String
  /// When it ends unless used again.
  var expires: Date
  /// A message for the next page, after a change was saved.
  var flash: String?
}
