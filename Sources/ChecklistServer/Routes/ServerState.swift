import ChecklistCore
import Foundation
import HTTPTypes
import Hummingbird

/// What the routes share: the configuration, the templates, the tracker and token files as
/// they are on disk, the sessions, the sign-in limiter and the tracker's writer.
final class ServerState: Sendable {
  /// The session cookie's name.
  static let cookieName = "checklist_session"

  let configuration: ServerConfiguration
  let pages: PageRenderer
  let tracker: WatchedFile<TrackerDocument>
  let tokens: WatchedFile<TokenFile>
  let sessions: SessionStore
  let limiter: SignInLimiter
  let writer: TrackerWriter

  init(configuration: ServerConfiguration) throws(ServerError) {
    self.configuration = configuration
    pages = try PageRenderer(directory: configuration.templatesDirectory)
    tracker = WatchedFile(path: configuration.trackerPath) { path throws(ServerError) in
      do throws(TrackerError) {
        return try TrackerFile.read(path: path)
      } catch {
        throw .tracker(error)
      }
    }
    tokens = WatchedFile(path: configuration.tokensPath) { path throws(ServerError) in
      try TokenFile(path: path)
    }
    sessions = SessionStore(lifetime: configuration.sessionLifetime)
    limiter = SignInLimiter(
      limit: configuration.signInFailureLimit,
      window: configuration.signInWindow
    )
    writer = TrackerWriter(path: configuration.trackerPath)
  }

  // MARK: - Sessions

  /// The request's live session, if its cookie names one whose token has not been replaced.
  func session(of request: Request) async -> Session? {
    guard let id = request.cookies[Self.cookieName]?.value,
      let session = await sessions.session(id)
    else { return nil }
    guard (try? await tokens.current())?.contains(hash: session.tokenHash) == true else {
      await sessions.end(id)
      return nil
    }
    return session
  }

  /// The client's address: the peer's, or with ``ServerConfiguration/trustForwardedFor`` the
  /// last address of `X-Forwarded-For` (the one the proxy itself added).
  func client(of request: Request, context: ServerContext) -> String {
    if configuration.trustForwardedFor, let name = HTTPField.Name("X-Forwarded-For"),
      let forwarded = request.headers[name],
      let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
      !last.isEmpty
    {
      return last
    }
    return context.peer ?? "unknown"
  }

  // MARK: - Responses

  /// A header for a page.
  func header(_ title: String, session: Session?, flash: String? = nil) -> PageHeader {
    PageHeader(
      title: title,
      session: session,
      flash: flash,
      asOf: configuration.today().description
    )
  }

  /// An HTML page.
  func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status,
      headers: [.contentType: "text/html; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text))
    )
  }

  /// A page that only says something.
  func message(
    _ status: HTTPResponse.Status,
    heading: String,
    _ text: String,
    session: Session?,
    submitted: String = ""
  ) -> Response {
    let page = MessagePage(
      header: header(heading, session: session),
      heading: heading,
      message: text,
      submitted: submitted
    )
    return html(pages.render(page), status: status)
  }

  /// The session cookie, or one that removes it when `session` is `nil`.
  func cookie(for session: Session?) -> Cookie {
    Cookie(
      name: Self.cookieName,
      value: session?.id ?? "",
      maxAge: session == nil ? 0 : Int(configuration.sessionLifetime),
      path: "/",
      secure: configuration.secureCookies,
      httpOnly: true,
      sameSite: .lax
    )
  }
}
