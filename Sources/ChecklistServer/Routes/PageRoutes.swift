import ChecklistCore
import Hummingbird

/// `GET /`: the office's page or the department's, by the session; `GET /tasks/<id>`: one task.
struct PageRoutes: Sendable {
  let state: ServerState

  func add(to router: Router<ServerContext>) {
    router.get("/") { request, _ in
      await home(request)
    }
    router.get("/tasks/{id}") { request, context in
      await task(request, id: context.parameters.get("id") ?? "")
    }
  }

  func home(_ request: Request) async -> Response {
    guard let session = await state.session(of: request) else { return signInNeeded() }
    guard let builder = await builder(session) else { return unreadable(session) }
    let flash = await state.sessions.takeFlash(session.id)
    switch session.principal {
    case .office(let name):
      let query = FormFields(request.uri.query ?? "")
      let page = builder.officePage(
        header: state.header("\(name) · 任务督办", session: session, flash: flash),
        department: query["department"],
        state: StateFilter(rawValue: query["state"]) ?? .all
      )
      return state.html(state.pages.render(page))
    case .department(let name):
      let page = builder.departmentPage(
        name,
        header: state.header("\(name) · 任务清单", session: session, flash: flash)
      )
      return state.html(state.pages.render(page))
    }
  }

  /// One task: a department gets 403 for a task that is not its own.
  func task(_ request: Request, id: String) async -> Response {
    guard let session = await state.session(of: request) else { return signInNeeded() }
    guard let builder = await builder(session) else { return unreadable(session) }
    guard TrackerTask.isValidID(id),
      let tracked = builder.document.tasks.first(where: { $0.task.id == id })
    else {
      return state.message(.notFound, heading: "没有这项任务", "跟踪表中没有这项任务。", session: session)
    }
    let department: String
    switch session.principal {
    case .office: department = tracked.department ?? TrackerStatus.ungroupedName
    case .department(let name):
      guard DepartmentRole.of(name, in: tracked) != nil else { return forbidden(session) }
      department = name
    }
    let page = builder.departmentPage(
      department,
      header: state.header("任务 \(id)", session: session),
      onlyTask: id
    )
    return state.html(state.pages.render(page))
  }

  func forbidden(_ session: Session) -> Response {
    state.message(
      .forbidden,
      heading: "无权查看",
      "这项任务不是贵单位牵头或配合的任务。",
      session: session
    )
  }
}

// MARK: - Helpers

extension PageRoutes {
  fileprivate func builder(_ session: Session) async -> PageBuilder? {
    guard let document = try? await state.tracker.current() else { return nil }
    return PageBuilder(configuration: state.configuration, document: document)
  }

  fileprivate func signInNeeded() -> Response {
    state.message(
      .unauthorized,
      heading: "请先登录",
      "请使用督查室发给贵单位的专用链接登录。",
      session: nil
    )
  }

  fileprivate func unreadable(_ session: Session) -> Response {
    state.message(
      .serviceUnavailable,
      heading: "跟踪表暂时无法读取",
      "跟踪表正在被修改或格式有误，请稍后刷新。督查室可用 checklist status 查看具体问题。",
      session: session
    )
  }
}
