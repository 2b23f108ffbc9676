/// A value read from a file and read again whenever the file changes on disk (its
/// ``FileSignature`` differs), so the server always shows what the file holds now.
actor WatchedFile<Value: Sendable> {
  private let path: String
  private let load: @Sendable (String) throws(ServerError) -> Value
  private var cached: (signature: FileSignature, value: Value)?

  init(path: String, load: @escaping @Sendable (String) throws(ServerError) -> Value) {
    self.path = path
    self.load = load
  }

  /// The value for the file as it is now.
  func current() throws(ServerError) -> Value {
    // The signature is taken before reading: a change during the read shows up next time.
    let signature = FileSignature.of(path)
    if let signature, let cached, cached.signature == signature { return cached.value }
    let value = try load(path)
    cached = signature.map { ($0, value) }
    return value
  }
}
