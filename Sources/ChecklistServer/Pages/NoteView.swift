import ChecklistCore

/// One note as a page shows it.
///
/// Every name is the note's own, so that a missing value never
/// picks up one of the task's or the page's (Mustache looks names up the context stack).
struct NoteView: Sendable {
  let noteDate: String?
  let noteSigner: String?
  let noteKind: String?
  let noteClass: String
  let noteText: String

  init(_ note: TaskNote) {
    noteDate = note.date?.description
    noteSigner = note.signer
    noteText = note.text
    switch note.kind {
    case .progress: (noteKind, noteClass) = ("进展", "progress")
    case .completionReport: (noteKind, noteClass) = ("报完成", "request")
    case .postponementRequest(let day): (noteKind, noteClass) = ("申请延期至 \(day)", "request")
    case .completionConfirmed: (noteKind, noteClass) = ("确认完成", "decision")
    case .postponementGranted: (noteKind, noteClass) = ("同意延期", "decision")
    case .sentBack: (noteKind, noteClass) = ("退回", "sent-back")
    case nil: (noteKind, noteClass) = (nil, "free")
    }
  }
}

extension NoteView: TemplateModel {
  static let fields: [String: PartialKeyPath<NoteView> & Sendable] = [
    "noteDate": \NoteView.noteDate,
    "noteSigner": \NoteView.noteSigner,
    "noteKind": \NoteView.noteKind,
    "noteClass": \NoteView.noteClass,
    "noteText": \NoteView.noteText,
  ]
}
