import Hummingbird

/// Reading a form's body and refusing one without the session's CSRF token.
enum RequestForm {
  /// The form fields of the request's body, or `nil` when the body is larger than the context
  /// allows or cannot be read.
  static func read(_ request: inout Request, context: ServerContext) async -> FormFields? {
    guard let buffer = try? await request.collectBody(upTo: context.maxUploadSize) else {
      return nil
    }
    return FormFields(String(buffer: buffer))
  }

  /// The page for a form without the session's CSRF token: 403, nothing done.
  static func csrfRefusal(_ state: ServerState, session: Session?) -> Response {
    state.message(
      .forbidden,
      heading: "表单已失效",
      "这个表单已失效或不是从本系统的页面提交的，没有保存任何内容。请刷新页面后重新填写。",
      session: session
    )
  }
}
