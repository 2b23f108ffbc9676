import ChecklistCore
import Hummingbird

/// The web front end of a tracker (`checklist serve`): the office's page and each
/// department's, signed in by secret links, every change written to the tracker file through
/// the same locked, atomic update as the CLI.
public struct TrackerServer: Sendable {
  private let state: ServerState

  /// Prepares a server: loads the templates and checks that the tracker reads.
  ///
  /// - Parameter configuration: What to serve and how.
  /// - Throws: ``ServerError`` when a template or the tracker cannot be read.
  public init(configuration: ServerConfiguration) throws(ServerError) {
    state = try ServerState(configuration: configuration)
    do {
      _ = try TrackerFile.read(path: configuration.trackerPath)
    } catch {
      throw .tracker(error)
    }
    _ = try TokenFile(path: configuration.tokensPath)
  }

  /// The routes: pages, sign-in and the forms, behind the security headers.
  func router() -> Router<ServerContext> {
    let router = Router(context: ServerContext.self)
    router.add(middleware: SecurityHeaders(state: state))
    PageRoutes(state: state).add(to: router)
    SignInRoutes(state: state).add(to: router)
    ReportRoutes(state: state).add(to: router)
    return router
  }

  /// The application listening on `host` and `port`.
  ///
  /// - Parameters:
  ///   - host: The address to bind, such as `127.0.0.1`.
  ///   - port: The port; 0 picks a free one.
  ///   - onServerRunning: Called with the port once the server listens.
  /// - Returns: The application, to `runService()`.
  public func application(
    host: String,
    port: Int,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    Application(
      router: router(),
      configuration: .init(address: .hostname(host, port: port), serverName: "checklist"),
      onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) }
    )
  }
}
