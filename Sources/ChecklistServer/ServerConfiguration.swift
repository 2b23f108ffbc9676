import ChecklistCore
import Foundation

/// Everything `checklist serve` runs with.
public struct ServerConfiguration: Sendable {
  /// The tracker: the one source of truth, read again whenever it changes on disk.
  public var trackerPath: String
  /// The file of token hashes (``TokenFile``).
  public var tokensPath: String
  /// The folder holding the `serve-*.html.mustache` templates.
  public var templatesDirectory: String
  /// The office's name, which signs its decisions.
  public var officeName: String
  /// The person answerable for each department, with contact (from the roster).
  public var people: [String: String]
  /// The departments the roster names, to which tokens may be issued besides the tracker's.
  public var rosterDepartments: [String]
  /// The sentences the tasks come from.
  public var sources: SourceSentences
  /// Tasks due within this many days count as due soon.
  public var warningDays: Int
  /// Whether the session cookie carries `Secure` (set it behind a TLS proxy).
  public var secureCookies: Bool
  /// Whether the client's address is taken from `X-Forwarded-For` (set it behind a proxy that
  /// writes that header; otherwise every client would look like the proxy).
  public var trustForwardedFor: Bool
  /// How long a session lasts after its last use, in seconds.
  public var sessionLifetime: TimeInterval
  /// Failed sign-ins allowed per client within ``signInWindow`` seconds.
  public var signInFailureLimit: Int
  /// The window for ``signInFailureLimit``, in seconds.
  public var signInWindow: TimeInterval
  /// Today, for dating notes and working out what is overdue.
  public var today: @Sendable () -> CalendarDate

  /// A configuration with the defaults: 督查室, three days' warning, twelve-hour sessions,
  /// five failed sign-ins a minute per client.
  ///
  /// - Parameters:
  ///   - trackerPath: The tracker.
  ///   - templatesDirectory: The templates folder.
  ///   - today: Today's date.
  public init(
    trackerPath: String,
    templatesDirectory: String,
    today: @escaping @Sendable () -> CalendarDate
  ) {
    self.trackerPath = trackerPath
    self.tokensPath = TokenFile.path(besideTracker: trackerPath)
    self.templatesDirectory = templatesDirectory
    self.officeName = "督查室"
    self.people = [:]
    self.rosterDepartments = []
    self.sources = SourceSentences()
    self.warningDays = 3
    self.secureCookies = false
    self.trustForwardedFor = false
    self.sessionLifetime = 12 * 3600
    self.signInFailureLimit = 5
    self.signInWindow = 60
    self.today = today
  }
}
