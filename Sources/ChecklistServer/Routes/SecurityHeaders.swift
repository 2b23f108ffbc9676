import HTTPTypes
import Hummingbird

/// Adds to every response the headers that keep a page to itself.
///
/// No scripts at all, styles
/// only from the page, forms only to this server, no framing, no caching of pages that hold
/// CSRF tokens, no referrer (a sign-in link must not leak), no type sniffing. An error a
/// route throws (an unknown path) becomes a page too.
struct SecurityHeaders: RouterMiddleware {
  typealias Context = ServerContext

  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    + "frame-ancestors 'none'; base-uri 'none'"

  let state: ServerState

  func handle(
    _ request: Request,
    context: ServerContext,
    next: (Request, ServerContext) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch let error as HTTPError {
      let session = await state.session(of: request)
      response =
        error.status == .notFound
        ? state.message(.notFound, heading: "页面不存在", "没有这个页面。", session: session)
        : state.message(error.status, heading: "请求无法处理", "请求无法处理。", session: session)
    }
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    for (name, value) in [("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY")] {
      if let name = HTTPField.Name(name) { response.headers[name] = value }
    }
    response.headers[.cacheControl] = "no-store"
    return response
  }
}
