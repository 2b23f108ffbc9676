/// What can go wrong while normalising a speech.
public enum NormalisationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// OpenCC could not open its configuration (the package `opencc` data is missing).
  case converterUnavailable(String)

  /// A one-line message.
  public var description: String {
    switch self {
    case .converterUnavailable(let configuration):
      "error: OpenCC cannot open '\(configuration)'; install the opencc data (Debian: libopencc-dev)"
    }
  }
}
