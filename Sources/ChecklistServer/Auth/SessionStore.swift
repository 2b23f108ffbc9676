import Foundation

/// The signed-in sessions, in memory: a restart signs everybody out (their links still work).
///
/// Each session lasts `lifetime` after its last use; the store holds at most `capacity`
/// sessions and drops the one that ends soonest to make room.
actor SessionStore {
  private var sessions: [String: Session] = [:]
  private let lifetime: TimeInterval
  private let capacity: Int
  private let now: @Sendable () -> Date

  init(
    lifetime: TimeInterval,
    capacity: Int = 10_000,
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.lifetime = lifetime
    self.capacity = capacity
    self.now = now
  }

  /// Starts a new session; a fresh id and CSRF token each time, so a session id known before
  /// the sign-in is worth nothing after it.
  func start(for principal: Principal, tokenHash: String) -> Session {
    let moment = now()
    if sessions.count >= capacity {
      sessions = sessions.filter { $0.value.expires > moment }
      if sessions.count >= capacity,
        let soonest = sessions.min(by: { $0.value.expires < $1.value.expires })
      {
        sessions[soonest.key] = nil
      }
    }
    let session = Session(
      id: TokenDigest.randomToken(),
      principal: principal,
      tokenHash: tokenHash,
      csrf: TokenDigest.randomToken(),
      expires: moment.addingTimeInterval(lifetime),
      flash: nil
    )
    sessions[session.id] = session
    return session
  }

  /// The live session with this id, its lifetime renewed; `nil` when unknown or ended.
  func session(_ id: String) -> Session? {
    guard TokenDigest.isWellFormedToken(id), var session = sessions[id] else { return nil }
    let moment = now()
    guard session.expires > moment else {
      sessions[id] = nil
      return nil
    }
    session.expires = moment.addingTimeInterval(lifetime)
    sessions[id] = session
    return session
  }

  /// Returns and clears the session's message.
  func takeFlash(_ id: String) -> String? {
    let message = sessions[id]?.flash
    sessions[id]?.flash = nil
    return message
  }

  /// Leaves a message for the session's next page.
  func setFlash(_ id: String, _ message: String) {
    sessions[id]?.flash = message
  }

  /// Ends a session.
  func end(_ id: String) {
    sessions[id] = nil
  }
}
