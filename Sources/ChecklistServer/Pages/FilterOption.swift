/// One choice of a filter's drop-down.
struct FilterOption: Sendable {
  let value: String
  let label: String
  let selected: Bool
}
