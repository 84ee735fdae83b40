import Engage
import Foundation
import GoldenCore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Match
import Merge
import Pipeline
import Steward
import Store
import Testing

/// `/api/goldens/…` and `/api/audit` through the router.
@Suite struct GoldenAPITests {
    /// An active golden record with at least two records, an e-mail address, a phone and a name.
    static func richGolden(_ store: GoldenStore) throws -> (StoredGoldenRecord, GoldenRecord) {
        var found: (StoredGoldenRecord, GoldenRecord)?
        try store.forEachGoldenRecord { stored in
            guard found == nil, stored.recordCount >= 2, let json = stored.record else { return }
            let record = try MergeJSON.decode(json, as: GoldenRecord.self)
            if !record.emails.isEmpty, record.phones.contains(where: { $0.value.e164 != nil }), record.name?.value.familyKey != nil {
                found = (stored, record)
            }
        }
        return try #require(found)
    }

    /// Each way of searching, made from the record itself: its id, an address as typed, a number
    /// as dialled, its name as words.
    static let searches: [(String, String, @Sendable (StoredGoldenRecord, GoldenRecord) -> String)] = [
        ("id", "id", { stored, _ in stored.goldenID }),
        ("id in lower case", "id", { stored, _ in stored.goldenID.lowercased() }),
        ("e-mail as given", "email", { _, record in record.emails[0].value.raw }),
        ("e-mail in capitals", "email", { _, record in (record.emails[0].value.normalized ?? "").uppercased() }),
        ("phone as E.164 with spaces", "phone", { _, record in
            let e164 = record.phones.first { $0.value.e164 != nil }!.value.e164!
            return String(e164.prefix(3)) + " " + String(e164.dropFirst(3))
        }),
        ("phone as written", "phone", { _, record in record.phones.first { $0.value.e164 != nil }!.value.raw }),
        ("family name", "name", { _, record in record.name!.value.family! }),
        ("given and family name prefixes", "name", { _, record in
            [record.name!.value.given.map { String($0.prefix(3)) }, record.name!.value.family].compactMap(\.self).joined(separator: " ")
        }),
    ]

    @Test(arguments: searches)
    func searchFindsTheGoldenRecordByIdEmailPhoneOrName(
        _ search: (name: String, by: String, query: @Sendable (StoredGoldenRecord, GoldenRecord) -> String)
    ) async throws {
        let workspace = try StewardWorkspace()
        let (stored, record) = try Self.richGolden(workspace.store)
        let query = search.query(stored, record)
        try await workspace.withClient { client in
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let response = try await client.executeRequest(uri: "/api/goldens?q=\(encoded)", method: .get, headers: workspace.bearer(), body: nil)
            #expect(response.status == .ok)
            let results = try response.json()
            #expect(results["by"] as? String == search.by, "\(search.name)")
            let ids = (results["items"] as? [[String: Any]] ?? []).compactMap { $0["golden_id"] as? String }
            #expect(ids.contains(stored.goldenID), "\(search.name)")
        }
        // Nothing is logged about what was searched.
        #expect(workspace.log.all.allSatisfy { !$0.contains(query) })
        #expect(workspace.log.all.contains { $0.contains("GET /api/goldens 200") })
    }

    @Test func aSearchThatMatchesNothingIsEmpty() async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            for query in ["nobody%40nowhere.invalid", "Zzyzxqwv", "%2B99%20000%20000%20000"] {
                let response = try await client.executeRequest(uri: "/api/goldens?q=\(query)", method: .get, headers: workspace.bearer(), body: nil)
                #expect(try response.status == .ok && (response.json()["items"] as? [Any])?.isEmpty == true, "\(query)")
            }
        }
    }

    @Test func oneGoldenRecordInFullHasAttributesWithSourcesXrefEventsAndHistory() async throws {
        let workspace = try StewardWorkspace()
        let (stored, record) = try Self.richGolden(workspace.store)
        try await workspace.withClient { client in
            let response = try await client.executeRequest(uri: "/api/goldens/\(stored.goldenID)", method: .get, headers: workspace.bearer(), body: nil)
            #expect(response.status == .ok)
            let detail = try response.json()
            #expect(detail["golden_id"] as? String == stored.goldenID && detail["record_count"] as? Int == stored.recordCount)
            let attributes = try #require(detail["attributes"] as? [[String: Any]])
            let emails = attributes.filter { $0["attribute"] as? String == "email" }
            #expect(emails.count == record.emails.count)
            for attribute in attributes {
                let sources = attribute["sources"] as? [[String: Any]] ?? []
                #expect(!sources.isEmpty && sources.allSatisfy { $0["source"] is String && $0["key"] is String })
            }
            let xref = try #require(detail["xref"] as? [[String: Any]]).compactMap { $0["ref"] as? String }
            let members = try workspace.store.goldenMembers(sequence: stored.sequence).map { "\($0.source):\($0.key)" }
            #expect(xref == members)
            #expect((detail["events"] as? [String: Any])?["events"] is Int)
            let history = try #require(detail["history"] as? [[String: Any]])
            #expect(history.first?["action"] as? String == "create" && history.first?["golden"] as? String == stored.goldenID)
            // Freshness by the workspace's policies: each attribute's age runs from the latest
            // observed-at among its preferred value's sources; the record takes one of theirs.
            let freshness = try #require(detail["freshness"] as? [String: Any])
            let judged = try #require(freshness["attributes"] as? [[String: Any]])
            #expect(!judged.isEmpty)
            let statuses = Set(judged.compactMap { $0["status"] as? String })
            #expect(statuses.isSubset(of: ["fresh", "warn", "stale", "unknown"]))
            #expect(statuses.contains(freshness["status"] as? String ?? "?"))
            #expect(freshness["dormant"] is Bool)
            for attribute in judged {
                let preferred = attributes.first { $0["attribute"] as? String == attribute["attribute"] as? String && $0["preferred"] as? Bool == true }
                let observed = (preferred?["sources"] as? [[String: Any]] ?? []).compactMap { $0["observed_at"] as? String }.max()
                #expect(attribute["last_asserted_at"] as? String == observed, "\(attribute["attribute"] ?? "")")
            }

            // Engagement: the state the Engage stage stored, and the path that led there.
            let engagement = try #require(detail["engagement"] as? [String: Any])
            let storedState = try #require(try workspace.store.engageState(sequence: stored.sequence))
            let (state, _) = try #require(EngageMemoryCodec.decode(storedState.state))
            #expect(engagement["line"] as? String == state.line.rawValue && engagement["stage"] as? String == state.stage)
            #expect(engagement["since"] as? String == state.since.description)
            let path = try #require(engagement["path"] as? [[String: Any]])
            #expect(path.first?["from_line"] == nil && !path.isEmpty)
            #expect(path.last?["line"] as? String == state.line.rawValue && path.last?["stage"] as? String == state.stage)
            #expect(path.allSatisfy { $0["rule"] is String && $0["signals"] is [String] })

            let missing = try await client.executeRequest(uri: "/api/goldens/GZZZZZZZZ", method: .get, headers: workspace.bearer(), body: nil)
            #expect(missing.status == .notFound)
        }
    }

    @Test func mergeThroughTheAPIIsTheReviewDesksMergeAndASecondIsAConflict() async throws {
        let workspace = try StewardWorkspace()
        var first: [StoredGoldenRecord] = []
        try workspace.store.forEachGoldenRecord { if first.count < 2 { first.append($0) } }
        let goldens = first
        let body = jsonBody(["goldens": goldens.map(\.goldenID), "reason": "same person, moved house"])
        try await workspace.withClient { client in
            let response = try await client.executeRequest(uri: "/api/goldens/merge", method: .post, headers: workspace.bearer(actor: "cy"), body: body)
            #expect(response.status == .ok)
            #expect(try response.json()["goldens"] as? [String] == goldens.map(\.goldenID))
            let again = try await client.executeRequest(uri: "/api/goldens/merge", method: .post, headers: workspace.bearer(actor: "cy"), body: body)
            #expect(again.status == .conflict)
            for (bad, field) in [(["goldens": [goldens[0].goldenID], "reason": "x"], "goldens"), (["goldens": goldens.map(\.goldenID)], "reason")] {
                let refused = try await client.executeRequest(uri: "/api/goldens/merge", method: .post, headers: workspace.bearer(), body: jsonBody(bad))
                #expect(try refused.status == .badRequest && (refused.json()["error"] as? [String: Any])?["field"] as? String == field)
            }
            let unknown = try await client.executeRequest(
                uri: "/api/goldens/merge", method: .post, headers: workspace.bearer(),
                body: jsonBody(["goldens": [goldens[0].goldenID, "GZZZZZZZZ"], "reason": "x"]))
            #expect(unknown.status == .notFound)
        }
        try workspace.run()
        #expect(try workspace.store.resolveGoldenID(goldens[1].goldenID) == goldens[0].goldenID)
    }

    @Test func splitThroughTheAPILastsAcrossRunsAndIsRefusedWhenMalformed() async throws {
        let workspace = try StewardWorkspace()
        let (stored, _) = try Self.richGolden(workspace.store)
        let members = try workspace.store.goldenMembers(sequence: stored.sequence)
        let leaving = "\(members.last!.source):\(members.last!.key)"
        try await workspace.withClient { client in
            let uri = "/api/goldens/\(stored.goldenID)/split"
            for (body, status, field) in [
                (["reason": "x"], HTTPResponse.Status.badRequest, "records"), (["records": [leaving]], .badRequest, "reason"),
                (["records": ["no-colon"], "reason": "x"], .badRequest, "records[0]"),
                (["records": members.map { "\($0.source):\($0.key)" }, "reason": "x"], .badRequest, "records"),
                (["records": ["pos:not-a-key"], "reason": "x"], .notFound, nil),
                (["records": [leaving], "reason": "x", "updated_at": "2001-01-01T00:00:00Z"], .conflict, nil),
            ] as [([String: Any], HTTPResponse.Status, String?)] {
                let response = try await client.executeRequest(uri: uri, method: .post, headers: workspace.bearer(), body: jsonBody(body))
                #expect(response.status == status, "\(body)")
                if let field { #expect(try (response.json()["error"] as? [String: Any])?["field"] as? String == field) }
            }
            let split = try await client.executeRequest(
                uri: uri, method: .post, headers: workspace.bearer(actor: "di"),
                body: jsonBody(["records": [leaving], "reason": "a colleague's receipt", "updated_at": stored.updatedAt.iso8601]))
            #expect(split.status == .ok)
            let audit = try await client.executeRequest(uri: "/api/audit?limit=1", method: .get, headers: workspace.bearer(), body: nil)
            let entry = try #require((try audit.json()["entries"] as? [[String: Any]])?.first)
            #expect(entry["actor"] as? String == "di" && entry["action"] as? String == "split" && entry["golden"] as? String == stored.goldenID)
        }
        try workspace.run()
        var ids: [String: String] = [:]
        try workspace.store.forEachXref { source, key, golden in ids["\(source):\(key)"] = golden }
        #expect(ids[leaving] != ids["\(members[0].source):\(members[0].key)"])
    }

    @Test func theAuditLogPagesNewestFirst() async throws {
        let workspace = try StewardWorkspace()
        let all = try workspace.store.mergeLog().map(\.id)
        try await workspace.withClient { client in
            var seen: [Int64] = [], before: Int64?
            repeat {
                let uri = "/api/audit?limit=40" + (before.map { "&before=\($0)" } ?? "")
                let page = try await client.executeRequest(uri: uri, method: .get, headers: workspace.bearer(), body: nil).json()
                seen += (page["entries"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? Int).map(Int64.init) }
                before = (page["next_before"] as? Int).map(Int64.init)
            } while before != nil
            #expect(seen == all.reversed())
        }
    }

    /// The OpenAPI document is served, and names every API route the server has.
    @Test func theOpenAPIDocumentDescribesEveryRoute() async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            let response = try await client.executeRequest(uri: "/api/openapi.yaml", method: .get, headers: workspace.bearer(), body: nil)
            #expect(response.status == .ok && response.text.hasPrefix("openapi: 3."))
            let routes = AuthTests.routes.map { $0.1.split(separator: "?")[0] }.filter { $0.hasPrefix("/api/") }
            for route in routes {
                let pattern = route.replacingOccurrences(of: "/1", with: "/{id}").replacingOccurrences(of: "/G00000000", with: "/{id}")
                #expect(response.text.contains("\n  \(pattern):"), "\(pattern)")
            }
        }
    }
}
