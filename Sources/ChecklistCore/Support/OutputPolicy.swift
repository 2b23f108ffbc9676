/// What a write must respect beyond the file itself: the run's inputs, which are never written
/// over, whether files the tool did not write may be replaced, and where notices go.
public struct OutputPolicy: Sendable {
  /// The files this run reads; an output that is one of them is refused, `force` or not.
  public var inputs: [String]
  /// Whether an existing file that the tool did not write may be replaced.
  public var force: Bool
  /// Receives notices that are not errors, such as a stale temporary file removed.
  public var notify: @Sendable (String) -> Void

  /// Creates a policy.
  ///
  /// - Parameters:
  ///   - inputs: The files this run reads.
  ///   - force: Whether files the tool did not write may be replaced.
  ///   - notify: Receives notices, one line each.
  public init(
    inputs: [String] = [],
    force: Bool = false,
    notify: @escaping @Sendable (String) -> Void = { _ in }
  ) {
    self.inputs = inputs
    self.force = force
    self.notify = notify
  }
}
