/// One choice of a filter's drop-down.
struct FilterOption: Sendable {
  let value: String
  let label: String
  let selected: Bool
}

extension FilterOption: TemplateModel {
  static let fields: [String: PartialKeyPath<FilterOption> & Sendable] = [
    "value": \FilterOption.value,
    "label": \FilterOption.label,
    "selected": \FilterOption.selected,
  ]
}
