import Foundation
import GoldenCore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Match
import Pipeline
import Steward
import Store
import Testing

/// `/api/review/…` through the router: the queue with its filters, one item in full, and
/// decisions — the same operation as `golden review`.
@Suite struct ReviewAPITests {
    /// Filters and what every item of their page must satisfy.
    static let filters: [(String, @Sendable ([String: Any]) -> Bool)] = [
        ("kind=review_band", { $0["kind"] as? String == "review_band" }),
        ("kind=household&status=all", { $0["kind"] as? String == "household" }),
        ("min_probability=0.5", { ($0["probability"] as? Double ?? -1) >= 0.5 }),
        ("max_probability=0.6", { ($0["probability"] as? Double ?? 2) <= 0.6 }),
        ("min_probability=0.2&max_probability=0.8", { (0.2...0.8).contains($0["probability"] as? Double ?? -1) }),
        ("source=loyalty", { item in [item["a"], item["b"]].contains { ($0 as? [String: Any])?["source"] as? String == "loyalty" } }),
        ("kind=cannot_link", { $0["kind"] as? String == "cannot_link" }),
    ]

    @Test(arguments: filters)
    func theQueueFiltersByKindStatusScoreBandAndSource(_ filter: (query: String, holds: @Sendable ([String: Any]) -> Bool)) async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            let all = try await Self.items(client, workspace, "status=all&limit=500")
            let filtered = try await client.executeRequest(
                uri: "/api/review/items?\(filter.query)&limit=500", method: .get, headers: workspace.bearer(), body: nil)
            #expect(filtered.status == .ok)
            let page = try filtered.json()
            let items = try #require(page["items"] as? [[String: Any]])
            #expect(items.allSatisfy(filter.holds))
            // Every item of the whole queue that the filter keeps is on the page (open only unless a status is given).
            let status = filter.query.contains("status=") ? nil : "open"
            let expected = all.filter { filter.holds($0) && (status == nil || $0["status"] as? String == status) }
            #expect(items.map { $0["id"] as? Int } == expected.map { $0["id"] as? Int })
            #expect(page["total"] as? Int == expected.count)
        }
    }

    @Test func pagesFollowOneAnother() async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            let all = try await Self.items(client, workspace, "limit=500").map { $0["id"] as? Int }
            #expect(all.count > 10)
            var paged: [Int?] = []
            for offset in stride(from: 0, to: all.count, by: 7) {
                paged += try await Self.items(client, workspace, "limit=7&offset=\(offset)").map { $0["id"] as? Int }
            }
            #expect(paged == all)
        }
    }

    /// Malformed parameters: a 400 that names the field.
    @Test(arguments: [
        ("/api/review/items?status=maybe", "status"), ("/api/review/items?kind=nonsense", "kind"),
        ("/api/review/items?limit=0", "limit"), ("/api/review/items?limit=many", "limit"), ("/api/review/items?offset=-1", "offset"),
        ("/api/review/items?min_probability=1.5", "min_probability"), ("/api/review/items?max_probability=x", "max_probability"),
        ("/api/review/items?min_probability=0.9&max_probability=0.1", "min_probability"), ("/api/review/items?source=fax", "source"),
        ("/api/review/items/abc", "id"), ("/api/review/items/0", "id"), ("/api/review/items/1?values=maybe", "values"),
        ("/api/goldens", "q"), ("/api/goldens?q=%20", "q"), ("/api/goldens?q=smith&by=shoe", "by"), ("/api/goldens?q=smith&limit=0", "limit"),
        ("/api/audit?before=x", "before"), ("/api/audit?limit=9999", "limit"),
    ])
    func badParametersAreA400NamingTheField(_ uri: String, _ field: String) async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            let response = try await client.executeRequest(uri: uri, method: .get, headers: workspace.bearer(), body: nil)
            #expect(response.status == .badRequest, "\(uri)")
            let error = try #require(try response.json()["error"] as? [String: Any])
            #expect(error["field"] as? String == field && error["code"] as? String == "bad_request", "\(uri)")
        }
    }

    /// Malformed decision bodies: a 400 that names the field.
    @Test(arguments: [
        ("accept", "{}", "reason"), ("reject", "{\"reason\": \"  \"}", "reason"), ("accept", "not json", "body"),
        ("accept", "{\"reason\": 7}", "reason"), ("accept", "{\"reason\": \"x\", \"updated_at\": \"yesterday\"}", "updated_at"),
    ])
    func badDecisionBodiesAreA400NamingTheField(_ action: String, _ body: String, _ field: String) async throws {
        let workspace = try StewardWorkspace()
        let item = try #require(try workspace.desk.list().items.first)
        try await workspace.withClient { client in
            let response = try await client.executeRequest(
                uri: "/api/review/items/\(item.id)/\(action)", method: .post, headers: workspace.bearer(), body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            #expect(try (response.json()["error"] as? [String: Any])?["field"] as? String == field)
        }
        #expect(try workspace.desk.show(item.id).item.status == "open")
    }

    @Test func oneItemInFullHasBothRecordsEveryComparisonAndTheGoldenRecords() async throws {
        let workspace = try StewardWorkspace()
        let item = try #require(try workspace.desk.list(ReviewQuery(kind: "review_band")).items.first)
        try await workspace.withClient { client in
            let response = try await client.executeRequest(uri: "/api/review/items/\(item.id)", method: .get, headers: workspace.bearer(), body: nil)
            #expect(response.status == .ok)
            let detail = try response.json()
            let shown = try #require(detail["item"] as? [String: Any])
            #expect(shown["id"] as? Int == Int(item.id) && shown["golden_a"] as? String == item.goldenA && shown["golden_b"] as? String == item.goldenB)
            let report = try #require(detail["explanation"] as? [String: Any])
            let explanation = try #require(report["explanation"] as? [String: Any])
            let comparisons = try #require(explanation["comparisons"] as? [[String: Any]])
            #expect(comparisons.count == workspace.runner.config.match.comparisons.comparisons.count)
            #expect(comparisons.allSatisfy { $0["level"] is String && $0["weight"] is Double })
            let total = try #require(explanation["total_weight"] as? Double), prior = try #require(explanation["prior_weight"] as? Double)
            let sum = comparisons.reduce(prior) { $0 + ($1["weight"] as? Double ?? 0) + ($1["term_frequency_adjustment"] as? Double ?? 0) }
            #expect(abs(sum - total) < 1e-9)
            #expect(abs((explanation["probability"] as? Double ?? -1) - (item.probability ?? -2)) < 1e-6)
            #expect((report["values"] as? [[String: Any]])?.count == comparisons.count)

            let private_ = try await client.executeRequest(
                uri: "/api/review/items/\(item.id)?values=false", method: .get, headers: workspace.bearer(), body: nil)
            #expect(try (private_.json()["explanation"] as? [String: Any])?["values"] == nil)
            let missing = try await client.executeRequest(uri: "/api/review/items/999999", method: .get, headers: workspace.bearer(), body: nil)
            #expect(try missing.status == .notFound && (missing.json()["error"] as? [String: Any])?["code"] as? String == "not_found")
        }
    }

    /// Accept and reject store the constraint and the log line, with the actor from the header.
    @Test(arguments: [("accept", MatchConstraint.Kind.mustLink, "accepted"), ("reject", .cannotLink, "rejected")])
    func aDecisionIsStoredAsAConstraintAndLogged(_ action: String, _ kind: MatchConstraint.Kind, _ status: String) async throws {
        let workspace = try StewardWorkspace()
        let item = try #require(try workspace.desk.list(ReviewQuery(kind: "review_band")).items.first)
        try await workspace.withClient { client in
            let response = try await client.executeRequest(
                uri: "/api/review/items/\(item.id)/\(action)", method: .post, headers: workspace.bearer(actor: "bo"),
                body: jsonBody(["reason": "checked the receipts", "updated_at": item.updatedAt]))
            #expect(response.status == .ok)
            let report = try response.json()
            #expect(report["action"] as? String == action && report["actor"] as? String == "bo" && report["status"] as? String == status)
        }
        let a = try #require(try workspace.store.recordID(source: item.a.source, key: item.a.key))
        let b = try #require(try workspace.store.recordID(source: item.b.source, key: item.b.key))
        let constraint = try #require(try workspace.store.matchConstraint(recordA: min(a, b), recordB: max(a, b)))
        #expect(constraint.kind == kind && constraint.actor == "bo" && constraint.reason == "checked the receipts")
        #expect(try workspace.desk.show(item.id).item.status == status)
        let line = try #require(try workspace.store.mergeLog().last)
        #expect(line.entry.actor == "bo" && line.entry.action == action)
    }

    /// Two stewards deciding one item: the second gets 409, whatever it decides, and nothing of it is stored.
    @Test(arguments: ["accept", "reject"])
    func theSecondStewardGetsAConflict(_ second: String) async throws {
        let workspace = try StewardWorkspace()
        let item = try #require(try workspace.desk.list().items.first)
        try await workspace.withClient { client in
            let body = ["reason": "looked at both", "updated_at": item.updatedAt]
            let first = try await client.executeRequest(
                uri: "/api/review/items/\(item.id)/accept", method: .post, headers: workspace.bearer(actor: "ana"), body: jsonBody(body))
            #expect(first.status == .ok)
            let again = try await client.executeRequest(
                uri: "/api/review/items/\(item.id)/\(second)", method: .post, headers: workspace.bearer(actor: "bo"), body: jsonBody(body))
            #expect(again.status == .conflict)
            #expect(try (again.json()["error"] as? [String: Any])?["code"] as? String == "conflict")
        }
        #expect(try workspace.store.mergeLog().filter { $0.entry.actor != "golden" }.map(\.entry.actor) == ["ana"])
    }

    /// A decision on an item that changed since it was seen (another `updated_at`) is a conflict.
    @Test func aStaleVersionIsAConflict() async throws {
        let workspace = try StewardWorkspace()
        let item = try #require(try workspace.desk.list().items.first)
        try await workspace.withClient { client in
            let response = try await client.executeRequest(
                uri: "/api/review/items/\(item.id)/accept", method: .post, headers: workspace.bearer(),
                body: jsonBody(["reason": "x", "updated_at": "2001-01-01T00:00:00Z"]))
            #expect(response.status == .conflict)
            let unknown = try await client.executeRequest(
                uri: "/api/review/items/999999/reject", method: .post, headers: workspace.bearer(), body: jsonBody(["reason": "x"]))
            #expect(unknown.status == .notFound)
        }
        #expect(try workspace.desk.show(item.id).item.status == "open")
    }

    static func items(_ client: any TestClientProtocol, _ workspace: StewardWorkspace, _ query: String) async throws -> [[String: Any]] {
        let response = try await client.executeRequest(uri: "/api/review/items?\(query)", method: .get, headers: workspace.bearer(), body: nil)
        #expect(response.status == .ok)
        return try response.json()["items"] as? [[String: Any]] ?? []
    }
}
