import ChecklistCore
import Foundation
import Hummingbird

/// The forms that change the tracker: a department's progress notes, completion reports and
/// postponement requests, and the office's decisions on them.
///
/// Each is checked in this order: signed in (401), the right kind of session for the action
/// (403), a body within the limit (413), the session's CSRF token (403), a task id of the
/// right shape (404), the fields (422); then, under the tracker's lock, the task exists (404),
/// it is the department's and the action is one its role allows (403), it has not changed
/// since the page showed it (409), and the change fits (422). Only then is anything written.
struct ReportRoutes: Sendable {
  let state: ServerState

  func add(to router: Router<ServerContext>) {
    for action in ReportAction.allCases {
      router.post(RouterPath(action.route)) { request, context in
        await perform(action, request, context: context)
      }
    }
  }

  func perform(_ action: ReportAction, _ request: Request, context: ServerContext) async
    -> Response
  {
    var request = request
    guard let session = await state.session(of: request) else {
      return state.message(.unauthorized, heading: "请先登录", "登录已过期，请使用专用链接重新登录。", session: nil)
    }
    if case .office = session.principal, !action.isOffice { return notAllowed(session) }
    if case .department = session.principal, action.isOffice { return notAllowed(session) }
    guard let fields = await RequestForm.read(&request, context: context) else {
      return state.message(.contentTooLarge, heading: "内容过长", "提交的内容过长。", session: session)
    }
    guard TokenDigest.constantTimeEqual(fields["csrf"], session.csrf) else {
      return RequestForm.csrfRefusal(state, session: session)
    }
    let id = context.parameters.get("id") ?? ""
    guard TrackerTask.isValidID(id) else {
      return state.message(.notFound, heading: "没有这项任务", "跟踪表中没有这项任务。", session: session)
    }
    let text = fields["text"]
    guard text.count <= ReportAction.maximumText else {
      return refused("说明不能超过 \(ReportAction.maximumText) 字。", session, text)
    }
    var requested: CalendarDate?
    if action == .postpone {
      guard let day = CalendarDate(iso: fields["date"]) else {
        return refused("请填写要延期到的日期（年-月-日）。", session, text)
      }
      requested = day
    }
    let edit = action.edit(
      id: id,
      by: session.principal,
      version: fields["version"],
      on: state.configuration.today(),
      text: text,
      requested: requested
    )
    let outcome = await state.writer.submit(edit)
    return await respond(
      outcome,
      action: action,
      id: id,
      session: session,
      fields: fields,
      context: context
    )
  }
}

// MARK: - Helpers

extension ReportRoutes {
  fileprivate func respond(
    _ outcome: TrackerEdit.Outcome,
    action: ReportAction,
    id: String,
    session: Session,
    fields: FormFields,
    context: ServerContext
  ) async -> Response {
    let text = fields["text"]
    switch outcome {
    case .applied(_, let changedSince):
      var message = action.savedMessage
      if changedSince {
        message += "注意：您打开页面后这项任务已有变化（督查室或他人修改了跟踪表），请核对下面的最新内容。"
      }
      await state.sessions.setFlash(session.id, message)
      return Response.redirect(to: returnPath(fields, id: id), type: .normal)
    case .notFound:
      return state.message(
        .notFound,
        heading: "没有这项任务",
        "跟踪表中没有这项任务（可能已被删除或改了编号）。",
        session: session,
        submitted: text
      )
    case .forbidden:
      return notAllowed(session)
    case .conflict:
      return state.message(
        .conflict,
        heading: "任务已有变化",
        "您打开页面后，这项任务已被修改（督查室、其他部门或有人直接编辑了跟踪表）。"
          + "为免覆盖他人的修改，这次提交没有保存。请返回查看最新内容后重新提交；您填写的内容如下。",
        session: session,
        submitted: text
      )
    case .refused(let refusal):
      return refused(ReportAction.message(for: refusal), session, text)
    case .failed(let error):
      context.logger.error("cannot change the tracker: \(error)")
      return state.message(
        .serviceUnavailable,
        heading: "暂时无法保存",
        "跟踪表暂时无法写入，这次提交没有保存，请稍后重试；您填写的内容如下。",
        session: session,
        submitted: text
      )
    }
  }

  /// Back to the page the form was on: the office's keeps its filters.
  fileprivate func returnPath(_ fields: FormFields, id: String) -> String {
    var query: [String] = []
    for name in ["department", "state"] where !fields[name].isEmpty {
      let value = fields[name].addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
      query.append("\(name)=\(value)")
    }
    return "/" + (query.isEmpty ? "" : "?" + query.joined(separator: "&")) + "#task-\(id)"
  }

  fileprivate func notAllowed(_ session: Session) -> Response {
    state.message(
      .forbidden,
      heading: "无权操作",
      "这项任务不是贵单位的，或这项操作不属于贵单位的职责（配合单位只能报告进展）。",
      session: session
    )
  }

  fileprivate func refused(_ message: String, _ session: Session, _ text: String) -> Response {
    state.message(
      .unprocessableContent,
      heading: "无法提交",
      message,
      session: session,
      submitted: text
    )
  }
}
