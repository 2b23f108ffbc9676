/// Who a session or a token belongs to: the supervision office, or one department.
public enum Principal: Sendable, Hashable, CustomStringConvertible {
  /// The office that confirms reports; its name signs its decisions.
  case office(String)
  /// A department, by its heading in the tracker.
  case department(String)

  /// The name that signs notes.
  public var name: String {
    switch self {
    case .office(let name), .department(let name): return name
    }
  }

  /// `office 督查室` or `department 卫健委`, as the token file writes it.
  public var description: String {
    switch self {
    case .office(let name): return "office \(name)"
    case .department(let name): return "department \(name)"
    }
  }
}
