import GoldenCore
import Publish
import Testing

@Suite struct PostgresEndpointTests {
    @Test(arguments: [
        ("postgres://golden:s3cret@db.internal:6543/crm", "db.internal", 6543, "golden", "s3cret", "crm", PostgresEndpoint.TLSMode.prefer),
        ("postgresql://golden@127.0.0.1/crm?sslmode=disable", "127.0.0.1", 5432, "golden", nil, "crm", .disable),
        ("postgres://ann%40shop:p%2Fw%3A@h/d?sslmode=verify-full", "h", 5432, "ann@shop", "p/w:", "d", .verifyFull),
        ("postgres://golden@h", "h", 5432, "golden", nil, "golden", .prefer),
        ("postgres://golden@h/d?sslmode=allow", "h", 5432, "golden", nil, "d", .prefer),
    ] as [(String, String, Int, String, String?, String, PostgresEndpoint.TLSMode)])
    func parsesURLs(url: String, host: String, port: Int, user: String, password: String?, database: String, tls: PostgresEndpoint.TLSMode) throws {
        let endpoint = try PostgresEndpoint(url: url)
        #expect(endpoint == PostgresEndpoint(host: host, port: port, user: user, password: password, database: database, tls: tls))
    }

    @Test(arguments: [
        ("mysql://golden@h/d", "not a postgres:// URL"),
        ("postgres://h/d", "names no user"),
        ("postgres://golden@h/d?sslmode=maybe", "unknown sslmode"),
        ("postgres://golden@h/d?application_name=x", "unknown URL parameter"),
    ])
    func refusesBadURLs(url: String, message: String) {
        #expect {
            _ = try PostgresEndpoint(url: url)
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.code == .config && error.message.contains(message)
        }
    }

    /// The description is what summaries and errors print: never the password.
    @Test func theDescriptionHidesThePassword() throws {
        let endpoint = try PostgresEndpoint(url: "postgres://golden:s3cret@db.internal:6543/crm?sslmode=require")
        #expect(endpoint.description == "postgres://golden@db.internal:6543/crm (sslmode=require)")
        #expect(!"\(endpoint)".contains("s3cret"))
    }

    @Test(arguments: [
        // A URL in the file wins; PGPASSWORD fills a password the URL lacks.
        (PostgresConnectionSource.url("postgres://a@h1/d1"), ["GOLDEN_PG_URL": "postgres://b@h2/d2", "PGPASSWORD": "pw"], "postgres://a@h1:5432/d1", "pw"),
        (.environment("WAREHOUSE_URL"), ["WAREHOUSE_URL": "postgres://c:x@h3/d3", "GOLDEN_PG_URL": "postgres://b@h2/d2"], "postgres://c@h3:5432/d3", "x"),
        (.environment(nil), ["GOLDEN_PG_URL": "postgres://b@h2/d2", "PGHOST": "h4"], "postgres://b@h2:5432/d2", nil),
        (.environment(nil), ["PGHOST": "h4", "PGPORT": "6000", "PGUSER": "u", "PGPASSWORD": "y", "PGSSLMODE": "disable"], "postgres://u@h4:6000/u (sslmode=disable)", "y"),
        (.environment(nil), ["PGDATABASE": "crm", "USER": "ops"], "postgres://ops@localhost:5432/crm", nil),
    ] as [(PostgresConnectionSource, [String: String], String, String?)])
    func resolvesConnections(source: PostgresConnectionSource, environment: [String: String], expected: String, password: String?) throws {
        let endpoint = try PostgresEndpoint.resolve(source, environment: environment)
        #expect(endpoint.description == expected)
        #expect(endpoint.password == password)
    }

    @Test(arguments: [
        (PostgresConnectionSource.environment("WAREHOUSE_URL"), [String: String](), "WAREHOUSE_URL is not set"),
        (.environment(nil), ["HOME": "/root"], "no PostgreSQL connection"),
        (.environment(nil), ["PGHOST": "h", "PGUSER": "u", "PGPORT": "none"], "PGPORT"),
    ])
    func reportsMissingConnections(source: PostgresConnectionSource, environment: [String: String], message: String) {
        #expect {
            _ = try PostgresEndpoint.resolve(source, environment: environment)
        } throws: { error in
            (error as? GoldenError).map { $0.code == .config && $0.message.contains(message) } ?? false
        }
    }

    @Test func feedAndFileNamesCarryTheSequenceAndFormat() {
        #expect(FeedSettings(directory: "f").fileName(publish: 42) == "changes-000042.jsonl")
        #expect(FeedSettings(directory: "f", gzip: true).fileName(publish: 1_234_567) == "changes-1234567.jsonl.gz")
        let files = FileTargetSettings(name: "x", directory: "d", format: .jsonl, gzip: true)
        #expect(PublishTable.allCases.map(files.fileName) == ["golden.jsonl.gz", "xref.jsonl.gz", "redirects.jsonl.gz"])
    }
}
