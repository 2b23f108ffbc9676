import Foundation

/// Counts failed sign-ins per client and refuses further attempts once a client has failed
/// `limit` times within `window` seconds, until its oldest failure in the window ages out.
///
/// Attempts are checked before the token is: a client over the limit learns nothing, not even
/// whether its next token would have worked.
actor SignInLimiter {
  private var failures: [String: [Date]] = [:]
  private let limit: Int
  private let window: TimeInterval
  private let now: @Sendable () -> Date

  init(limit: Int, window: TimeInterval, now: @escaping @Sendable () -> Date = { Date() }) {
    self.limit = limit
    self.window = window
    self.now = now
  }

  /// Seconds until `client` may try again, or `nil` when it may try now.
  func retryAfter(_ client: String) -> Int? {
    let moment = now()
    let recent = (failures[client] ?? []).filter { moment.timeIntervalSince($0) < window }
    failures[client] = recent.isEmpty ? nil : recent
    guard recent.count >= limit, let oldest = recent.first else { return nil }
    return max(1, Int((window - moment.timeIntervalSince(oldest)).rounded(.up)))
  }

  /// Records a failed attempt by `client`.
  func recordFailure(_ client: String) {
    let moment = now()
    if failures.count > 100_000 {
      failures = failures.filter { $0.value.contains { moment.timeIntervalSince($0) < window } }
    }
    failures[client, default: []].append(moment)
  }
}
