import ChecklistCore

/// A report waiting for the office, as a page shows it.
struct PendingView: Sendable {
  let requestLabel: String
  let isCompletion: Bool
  let requestedDay: String?
  let requestDate: String
  let requestSigner: String
  let requestText: String

  init(_ request: TaskRequest) {
    switch request.kind {
    case .completion:
      requestLabel = "报完成，待确认"
      isCompletion = true
      requestedDay = nil
    case .postponement(let day):
      requestLabel = "申请延期至 \(day)，待确认"
      isCompletion = false
      requestedDay = day.description
    }
    requestDate = request.note.date?.description ?? ""
    requestSigner = request.note.signer ?? ""
    requestText = request.note.text
  }
}

extension PendingView: TemplateModel {
  static let fields: [String: PartialKeyPath<PendingView> & Sendable] = [
    "requestLabel": \PendingView.requestLabel,
    "isCompletion": \PendingView.isCompletion,
    "requestedDay": \PendingView.requestedDay,
    "requestDate": \PendingView.requestDate,
    "requestSigner": \PendingView.requestSigner,
    "requestText": \PendingView.requestText,
  ]
}
