import Hummingbird

/// `GET /t/<token>`, the secret sign-in link, and `POST /signout`.
struct SignInRoutes: Sendable {
  let state: ServerState

  func add(to router: Router<ServerContext>) {
    router.get("/t/{token}") { request, context in
      await signIn(request, context: context)
    }
    router.post("/signout") { request, context in
      await signOut(request, context: context)
    }
  }

  /// Checks the rate limit first, then the token; a good token starts a new session and
  /// lands on the signed-in page.
  func signIn(_ request: Request, context: ServerContext) async -> Response {
    let client = state.client(of: request, context: context)
    if let wait = await state.limiter.retryAfter(client) {
      var response = state.message(
        .tooManyRequests,
        heading: "尝试次数过多",
        "登录失败次数过多，请 \(wait) 秒后再试。",
        session: nil
      )
      response.headers[.retryAfter] = String(wait)
      return response
    }
    let token = context.parameters.get("token") ?? ""
    let tokens: TokenFile
    do {
      tokens = try await state.tokens.current()
    } catch {
      context.logger.error("cannot read the token file: \(error)")
      return state.message(
        .internalServerError,
        heading: "暂时无法登录",
        "服务器暂时无法登录，请稍后再试。",
        session: nil
      )
    }
    guard let entry = tokens.entry(forToken: token) else {
      await state.limiter.recordFailure(client)
      return state.message(
        .forbidden,
        heading: "链接无效",
        "这个登录链接无效或已作废。请向督查室索取新的专用链接。",
        session: nil
      )
    }
    let session = await state.sessions.start(for: entry.principal, tokenHash: entry.hash)
    var response = Response.redirect(to: "/", type: .normal)
    response.setCookie(state.cookie(for: session))
    return response
  }

  func signOut(_ request: Request, context: ServerContext) async -> Response {
    var request = request
    guard let session = await state.session(of: request) else {
      return Response.redirect(to: "/", type: .normal)
    }
    let fields = await RequestForm.read(&request, context: context)
    guard let fields, TokenDigest.constantTimeEqual(fields["csrf"], session.csrf) else {
      return RequestForm.csrfRefusal(state, session: session)
    }
    await state.sessions.end(session.id)
    var response = Response.redirect(to: "/", type: .normal)
    response.setCookie(state.cookie(for: nil))
    return response
  }
}
