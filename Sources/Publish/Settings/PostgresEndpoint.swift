import Foundation
import GoldenCore

/// Where a PostgreSQL server is and how to log in: from a `postgres://` URL or the libpq
/// environment variables.
///
/// Its ``description`` never shows the password: `postgres://golden@127.0.0.1:5432/crm`.
///
/// ```swift
/// let endpoint = try PostgresEndpoint(url: "postgres://golden:secret@db.internal/crm?sslmode=require")
/// print(endpoint)   // postgres://golden@db.internal:5432/crm (sslmode=require)
/// ```
public struct PostgresEndpoint: Hashable, Sendable, CustomStringConvertible {
    /// libpq's `sslmode`, as far as postgres-nio can follow it.
    public enum TLSMode: String, Hashable, Sendable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS when the server offers it, without checking its certificate (also `allow`).
        case prefer
        /// TLS or fail, without checking the server's certificate.
        case require
        /// TLS, with the certificate checked against the trusted roots.
        case verifyCA = "verify-ca"
        /// TLS, with the certificate and the host name checked.
        case verifyFull = "verify-full"
    }

    /// A host name or address; a path (starting with `/`) names the folder of a Unix socket.
    public var host: String
    public var port: Int
    public var user: String
    public var password: Optional<String>
    public var database: String
    public var tls: TLSMode

    public init(
        host: String = "localhost", port: Int = 5432, user: String, password: String? = nil, database: String? = nil,
        tls: TLSMode = .prefer
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database ?? user
        self.tls = tls
    }

    /// Parses `postgres://user:password@host:port/database?sslmode=…` (`postgresql://` too);
    /// user and password may be percent-encoded. A missing password is taken from `PGPASSWORD`
    /// in `environment` when given.
    ///
    /// - Throws: ``GoldenError`` (`config`) naming what is wrong, never the URL itself (it may
    ///   hold the password).
    public init(url: String, environment: [String: String] = [:]) throws(GoldenError) {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else { throw GoldenError(.config, "not a postgres:// URL") }
        guard let user = components.user, !user.isEmpty else { throw GoldenError(.config, "the URL names no user") }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                let value = item.value ?? ""
                if value == "allow" {
                    tls = .prefer
                } else if let mode = TLSMode(rawValue: value) {
                    tls = mode
                } else {
                    throw GoldenError(.config, "unknown sslmode '\(value)' in the URL")
                }
            default:
                throw GoldenError(.config, "unknown URL parameter '\(item.name)' (only sslmode is read)")
            }
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.init(
            host: components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost", port: components.port ?? 5432,
            user: user, password: components.password ?? environment["PGPASSWORD"],
            database: database.isEmpty ? nil : database, tls: tls)
    }

    /// The endpoint the libpq variables describe: `PGHOST` (default `localhost`), `PGPORT`,
    /// `PGUSER` (default `USER`), `PGPASSWORD`, `PGDATABASE` (default the user), `PGSSLMODE`;
    /// `nil` when none of `PGHOST`, `PGUSER` and `PGDATABASE` is set.
    public static func fromLibpqVariables(_ environment: [String: String]) throws(GoldenError) -> PostgresEndpoint? {
        guard ["PGHOST", "PGUSER", "PGDATABASE"].contains(where: { environment[$0] != nil }) else { return nil }
        var port = 5432
        if let text = environment["PGPORT"] {
            guard let value = Int(text), (1...65535).contains(value) else {
                throw GoldenError(.config, "PGPORT is not a port number")
            }
            port = value
        }
        var tls = TLSMode.prefer
        if let text = environment["PGSSLMODE"], text != "allow" {
            guard let mode = TLSMode(rawValue: text) else { throw GoldenError(.config, "unknown PGSSLMODE '\(text)'") }
            tls = mode
        }
        guard let user = environment["PGUSER"] ?? environment["USER"] else {
            throw GoldenError(.config, "PGUSER is not set")
        }
        return PostgresEndpoint(
            host: environment["PGHOST"] ?? "localhost", port: port, user: user, password: environment["PGPASSWORD"],
            database: environment["PGDATABASE"], tls: tls)
    }

    /// The endpoint `source` names, reading `environment` for URLs and libpq variables.
    ///
    /// - Throws: ``GoldenError`` (`config`) when the named variable is not set, or no connection
    ///   is configured anywhere.
    public static func resolve(
        _ source: PostgresConnectionSource, environment: [String: String]
    ) throws(GoldenError) -> PostgresEndpoint {
        switch source {
        case .url(let url):
            return try PostgresEndpoint(url: url, environment: environment)
        case .environment(let name?):
            guard let url = environment[name], !url.isEmpty else {
                throw GoldenError(.config, "the environment variable \(name) is not set")
            }
            return try PostgresEndpoint(url: url, environment: environment)
        case .environment(nil):
            if let url = environment[Self.urlVariable], !url.isEmpty {
                return try PostgresEndpoint(url: url, environment: environment)
            }
            if let endpoint = try fromLibpqVariables(environment) { return endpoint }
            throw GoldenError(
                .config, "no PostgreSQL connection: set url or url_env, \(Self.urlVariable), or PGHOST/PGUSER/PGDATABASE")
        }
    }

    /// The environment variable read for a target that names no connection.
    public static let urlVariable = "GOLDEN_PG_URL"

    /// The endpoint as a URL without its password, for logs and summaries.
    public var description: String {
        var text = "postgres://\(user)@\(host.hasPrefix("/") ? "[\(host)]" : host):\(port)/\(database)"
        if tls != .prefer { text += " (sslmode=\(tls.rawValue))" }
        return text
    }
}
