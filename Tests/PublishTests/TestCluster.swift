import Foundation
import Publish
import Testing

/// The PostgreSQL cluster `make test` starts (scripts/pg-test-cluster) and names in
/// `GOLDEN_TEST_PG_URL`. Tests that need it are skipped, visibly, when it is absent.
enum TestCluster {
    static let url = ProcessInfo.processInfo.environment["GOLDEN_TEST_PG_URL"]

    /// The trait of tests that need the cluster.
    static let required = ConditionTrait.enabled(
        if: url != nil, "needs GOLDEN_TEST_PG_URL: run `make test`, or scripts/pg-test-cluster swift test")

    /// A fresh schema name for one test.
    static func schema() -> String {
        "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
    }

    /// A session on the cluster.
    static func session() throws -> PostgresSession {
        try PostgresSession.connect(to: try PostgresEndpoint(url: try #require(url)))
    }
}
