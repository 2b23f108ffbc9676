import Hummingbird
import NIOCore

/// The request context of `checklist serve`: Hummingbird's, plus the client's address, which
/// keys the sign-in rate limit.
struct ServerContext: RequestContext {
  var coreContext: CoreRequestContextStorage
  /// The peer's address, without the port; `nil` in route tests, which have no socket.
  let peer: String?

  init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    peer = source.channel.remoteAddress?.ipAddress
  }

  /// Form bodies are small; anything larger is refused before it is read.
  var maxUploadSize: Int { 64 * 1024 }
}
