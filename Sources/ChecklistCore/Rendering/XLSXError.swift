/// Why a workbook could not be written.
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
  /// libxlsxwriter refused an operation or could not save the file.
  case writeFailed(file: String, operation: String, reason: String)
  /// The file the workbook goes to was refused or could not be replaced (``AtomicFile``).
  case output(OutputError)

  /// `file: error: cannot write the workbook (operation): reason`.
  public var description: String {
    switch self {
    case .writeFailed(let file, let operation, let reason):
      return "\(file): error: cannot write the workbook (\(operation)): \(reason)"
    case .output(let error):
      return error.description
    }
  }
}
