import GoldenCore
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One PostgreSQL connection for synchronous code: every call sends one statement and blocks
/// the calling thread until the server has answered.
///
/// The pipeline is synchronous; postgres-nio is not. The bridge is postgres-nio's
/// `EventLoopFuture` interface: the protocol work runs on NIO's own event-loop threads and the
/// caller waits on the future. Nothing runs on Swift concurrency's cooperative pool, so blocking
/// the caller cannot starve the work it waits for — there is no deadlock even when the caller is
/// itself a task on that pool (as a test is). It must not be called from an event-loop thread.
///
/// ```swift
/// let session = try PostgresSession.connect(to: try PostgresEndpoint(url: url))
/// defer { session.close() }
/// let count = try session.rows("SELECT count(*)::text FROM golden.golden_records")[0][0]
/// ```
public final class PostgresSession: Sendable {
    /// Where the session is connected.
    public let endpoint: PostgresEndpoint
    let connection: PostgresConnection
    let logger: Logger

    private init(endpoint: PostgresEndpoint, connection: PostgresConnection, logger: Logger) {
        self.endpoint = endpoint
        self.connection = connection
        self.logger = logger
    }

    /// Connects and logs in.
    ///
    /// - Throws: ``GoldenError`` (`publish`) naming the endpoint without its password, and the
    ///   server's or the network's reason.
    public static func connect(
        to endpoint: PostgresEndpoint, timeout: Duration = .seconds(10)
    ) throws(GoldenError) -> PostgresSession {
        // Background events of postgres-nio are not Golden's to print.
        let logger = Logger(label: "golden.publish", factory: { _ in SwiftLogNoOpLogHandler() })
        var configuration: PostgresConnection.Configuration
        if endpoint.host.hasPrefix("/") {
            configuration = .init(
                unixSocketPath: endpoint.host + "/.s.PGSQL.\(endpoint.port)", username: endpoint.user,
                password: endpoint.password, database: endpoint.database)
        } else {
            configuration = .init(
                host: endpoint.host, port: endpoint.port, username: endpoint.user, password: endpoint.password,
                database: endpoint.database, tls: try tls(endpoint))
        }
        configuration.options.connectTimeout = .seconds(timeout.components.seconds)
        let future = PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1, logger: logger)
        do {
            return PostgresSession(endpoint: endpoint, connection: try future.wait(), logger: logger)
        } catch {
            throw failure("cannot connect", error, endpoint: endpoint)
        }
    }

    /// Runs `sql` (no parameters) and returns the number of rows it changed, when the server says.
    @discardableResult
    public func execute(_ sql: String) throws(GoldenError) -> Int {
        try run(PostgresQuery(unsafeSQL: sql)).metadata.rows ?? 0
    }

    /// Runs `sql` and returns its rows, each column decoded as text (`nil` for NULL). Cast
    /// non-text columns in the SQL: `SELECT count(*)::text …`.
    public func rows(_ sql: String) throws(GoldenError) -> [[String?]] {
        let result = try run(PostgresQuery(unsafeSQL: sql))
        do {
            return try result.rows.map { row in try row.map { cell in try cell.decode(String?.self) } }
        } catch {
            throw Self.failure("cannot read the answer to a query", error, endpoint: endpoint)
        }
    }

    /// Runs `query` and waits for all of its rows.
    func run(_ query: PostgresQuery) throws(GoldenError) -> PostgresQueryResult {
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            throw Self.failure("a statement failed", error, endpoint: endpoint)
        }
    }

    /// Closes the connection; an open transaction is rolled back by the server.
    public func close() {
        _ = try? connection.close().wait()
    }

    /// postgres-nio's TLS settings for the endpoint's `sslmode`.
    private static func tls(_ endpoint: PostgresEndpoint) throws(GoldenError) -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch endpoint.tls {
        case .disable: return .disable
        case .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        do {
            let context = try NIOSSLContext(configuration: configuration)
            return endpoint.tls == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw GoldenError(.publish, "cannot set up TLS for \(endpoint)")
        }
    }

    /// A publish error naming the endpoint (never its password) and what the server or the
    /// network said: the SQLSTATE and the primary message, not the detail (which can quote values).
    static func failure(_ what: String, _ error: any Error, endpoint: PostgresEndpoint) -> GoldenError {
        var reason: String
        if let error = error as? PSQLError {
            reason = "\(error.code)"
            if let state = error.serverInfo?[.sqlState] { reason += " \(state)" }
            if let message = error.serverInfo?[.message] { reason += ": \(message)" }
            if let underlying = error.underlying { reason += " (\(underlying))" }
        } else {
            reason = "\(error)"
        }
        return GoldenError(.publish, "PostgreSQL \(endpoint): \(what): \(reason)")
    }
}

extension GoldenError.Code {
    /// A publish target could not be written (exit code 1).
    public static let publish = GoldenError.Code("publish")
}
