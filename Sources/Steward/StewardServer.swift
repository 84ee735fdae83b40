import Foundation
import GoldenCore
import Hummingbird
import Logging
import Pipeline
import Store

/// `golden serve`: the data stewards' workbench — a web UI and a JSON API over the workspace's
/// store, on one port.
///
/// Every decision goes through the same ``ReviewDesk`` as `golden review`, so it is stored as
/// must-link and cannot-link constraints, logged with who, when and why, honoured by the next
/// run, and refused with `409` when another steward decided first.
///
/// ```swift
/// let runner = try Runner(configPath: "golden.yml", progress: .silent)
/// let server = StewardServer(
///     desk: ReviewDesk(config: runner.config, store: runner.store, explainerCache: PairExplainerCache()),
///     token: try AccessToken.resolve(workspace: runner.config.directory))
/// try await server.application(host: "127.0.0.1", port: 8080).runService()
/// ```
public struct StewardServer: Sendable {
    public let desk: ReviewDesk
    public let token: AccessToken
    public let sessions: SessionStore

    public init(desk: ReviewDesk, token: AccessToken, sessions: SessionStore = SessionStore()) {
        self.desk = desk
        self.token = token
        self.sessions = sessions
    }

    /// Every route, behind the request log and the auth middleware.
    public func router(logger: Logger = StewardServer.logger) -> Router<StewardContext> {
        let router = Router(context: StewardContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: AuthMiddleware(token: token, sessions: sessions))
        UIRoutes(token: token, sessions: sessions).add(to: router)
        ReviewRoutes(desk: desk).add(to: router)
        GoldenRoutes(desk: desk, search: GoldenSearch(config: desk.config, store: desk.store)).add(to: router)
        return router
    }

    /// The server on `host`:`port` (port 0: any free one; `onServerRunning` learns which).
    public func application(
        host: String = "127.0.0.1", port: Int = 8080, logger: Logger = StewardServer.logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: router(logger: logger),
            configuration: .init(address: .hostname(host, port: port), serverName: "golden"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    /// The server's logger: one line per request (see ``RequestLogMiddleware``), on standard error.
    public static var logger: Logger {
        var logger = Logger(label: "golden.serve")
        logger.logLevel = .info
        return logger
    }
}
