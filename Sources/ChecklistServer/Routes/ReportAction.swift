import ChecklistCore

/// What a form asks to do with a task.
enum ReportAction: String, Sendable, CaseIterable {
  /// A department adds a progress note.
  case progress
  /// A department reports the work done.
  case complete
  /// A department asks for a later day.
  case postpone
  /// The office confirms a completion report or grants a postponement request.
  case approve
  /// The office sends a report back with a reason.
  case sendBack = "send-back"

  /// The longest note or reason a form may carry, in characters.
  static let maximumText = 2000

  /// Whether only the office may take it.
  var isOffice: Bool { self == .approve || self == .sendBack }

  /// Whether a supporting department may take it (only progress notes).
  var allowsSupport: Bool { self == .progress }

  /// The path the form posts to.
  var route: String {
    isOffice ? "/office/tasks/{id}/\(rawValue)" : "/tasks/{id}/\(rawValue)"
  }

  /// What the next page says once it is saved.
  var savedMessage: String {
    switch self {
    case .progress: return "已记录进展。"
    case .complete: return "已报完成，等待督查室确认。"
    case .postpone: return "已提交延期申请，等待督查室审核。"
    case .approve: return "已确认。"
    case .sendBack: return "已退回。"
    }
  }

  /// The message for a change that does not fit the task.
  static func message(for refusal: TrackerError.ReportRefusal) -> String {
    switch refusal {
    case .emptyText: return "请填写内容（说明或理由不能为空）。"
    case .taskClosed: return "这项任务已完成或已取消，不再接受报告。"
    case .postponementNotLater: return "延期日期须晚于今天，也须晚于当前的完成期限。"
    case .nothingPending: return "这项任务没有待确认的报告（可能已被处理）。"
    }
  }

  /// The change on the tracker, made under its lock.
  ///
  /// - Parameters:
  ///   - id: The task's id, as the form's path gives it.
  ///   - principal: Who asks.
  ///   - version: The task's version on the page the form was on.
  ///   - day: Today.
  ///   - text: The note, remark or reason.
  ///   - requested: The day asked for (postponements only).
  /// - Returns: The edit for the tracker's writer.
  func edit(
    id: String,
    by principal: Principal,
    version: String,
    on day: CalendarDate,
    text: String,
    requested: CalendarDate?
  ) -> TrackerEdit {
    TrackerEdit { document in
      guard let tracked = document.tasks.first(where: { $0.task.id == id }) else {
        return .notFound
      }
      if case .department(let name) = principal {
        guard let role = DepartmentRole.of(name, in: tracked) else { return .forbidden }
        if role == .support && !allowsSupport { return .forbidden }
      }
      let changed = TaskVersion.of(document, taskAt: tracked.location.line - 1) != version
      // A progress note only adds a line, so it is kept even when the task changed meanwhile.
      if changed && self != .progress { return .conflict }
      do throws(TrackerError) {
        let task = try apply(&document, id: id, by: principal.name, on: day, text, requested)
        return .applied(task, changedSince: changed)
      } catch {
        if case .reportRefused(let refusal, _, _) = error { return .refused(refusal) }
        return .failed(error)
      }
    }
  }

  private func apply(
    _ document: inout TrackerDocument,
    id: String,
    by signer: String,
    on day: CalendarDate,
    _ text: String,
    _ requested: CalendarDate?
  ) throws(TrackerError) -> TrackerTask {
    switch self {
    case .progress:
      return try document.reportProgress(id, by: signer, on: day, text: text)
    case .complete:
      return try document.reportCompletion(id, by: signer, on: day, text: text)
    case .postpone:
      guard let requested else {
        throw .reportRefused(
          .postponementNotLater,
          id: id,
          at: SourceLocation(file: document.file, line: 1)
        )
      }
      return try document.requestPostponement(
        id,
        to: requested,
        by: signer,
        on: day,
        reason: text
      )
    case .approve:
      let index = try document.lineIndex(ofTask: id)
      if case .postponement = document.pendingRequest(ofTaskAt: index)?.kind {
        return try document.grantPostponement(id, by: signer, on: day, text: text)
      }
      return try document.confirmCompletion(id, by: signer, on: day, text: text)
    case .sendBack:
      return try document.sendBack(id, by: signer, on: day, reason: text)
    }
  }
}
