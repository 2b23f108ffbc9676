/// Where a tracked task stands, written as the character inside its checkbox.
public enum TaskState: String, Sendable, Hashable, CaseIterable, Codable {
  /// `[ ]`: nobody has reported on it yet.
  case open
  /// `[/]` (or `[~]`): work has started.
  case inProgress
  /// `[x]` (or `[X]`): finished.
  case done
  /// `[>]`: moved to a later day, given by the task's `延期:` field.
  case postponed
  /// `[-]`: dropped; it no longer counts towards a department's total.
  case cancelled

  /// Reads a checkbox character, or returns `nil` for one the format does not define.
  ///
  /// - Parameter marker: The character between `[` and `]`.
  public init?(marker: Character) {
    switch marker {
    case " ": self = .open
    case "/", "~": self = .inProgress
    case "x", "X": self = .done
    case ">": self = .postponed
    case "-": self = .cancelled
    default: return nil
    }
  }

  /// The character the tool writes for this state.
  public var marker: Character {
    switch self {
    case .open: return " "
    case .inProgress: return "/"
    case .done: return "x"
    case .postponed: return ">"
    case .cancelled: return "-"
    }
  }
}
