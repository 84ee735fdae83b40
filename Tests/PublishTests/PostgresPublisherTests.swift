import GoldenCore
import Publish
import Testing

@Suite(TestCluster.required) struct PostgresPublisherTests {
    static func change(_ kind: GoldenChange.Kind, _ id: String, hash: Int64 = 1, survivor: String? = nil) -> GoldenChange {
        kind.carriesRecord
            ? GoldenChange(
                kind: kind, goldenID: id, run: 1, at: "2025-03-01T09:00:00Z", recordCount: 1, record: #"{"id":"\#(id)"}"#,
                history: "{}", contentHash: hash)
            : GoldenChange(kind: kind, goldenID: id, survivorID: survivor, run: 2, at: "2025-03-02T09:00:00Z", reason: "merged")
    }

    /// Publishes `changes` and `xref` as publish `publish` to `schema`; returns the result.
    static func publish(
        _ changes: [GoldenChange], xref: [PublishedXref] = [], publish: Int64, schema: String, batchSize: Int = 2
    ) throws -> PostgresPublishResult {
        let settings = PostgresTargetSettings(
            name: "warehouse", connection: .url(try #require(TestCluster.url)), schema: schema, batchSize: batchSize)
        let publisher = try PostgresPublisher.open(settings, environment: [:])
        defer { publisher.close() }
        try publisher.begin(publish: publish, full: publisher.lastPublish != (publish == 1 ? nil : publish - 1))
        for change in changes { try publisher.add(change) }
        for row in xref { try publisher.add(row) }
        var counts = ChangeCounts()
        for change in changes { counts.count(change.kind) }
        return try publisher.commit(run: 1, counts: counts)
    }

    @Test func upsertsInBatchesAndRewritesOnlyWhatChanged() throws {
        let schema = TestCluster.schema()
        let session = try TestCluster.session()
        defer { _ = try? session.execute("DROP SCHEMA IF EXISTS \(schema) CASCADE"); session.close() }

        let first = try Self.publish(
            [Self.change(.created, "GA"), Self.change(.created, "GB"), Self.change(.created, "GC")],
            xref: [PublishedXref(source: "pos", recordKey: "1", goldenID: "GA"), PublishedXref(source: "pos", recordKey: "2", goldenID: "GB")],
            publish: 1, schema: schema)
        #expect(first.mode == "delta")
        #expect(first.recordsInserted == 3 && first.recordsUpdated == 0 && first.xrefWritten == 2)
        let stamps = try session.rows("SELECT golden_id, updated_at::text FROM \(schema).golden_records ORDER BY golden_id")

        // The same rows again, as publish 2: nothing is rewritten, no timestamp moves.
        let again = try Self.publish([Self.change(.created, "GA"), Self.change(.created, "GB")], publish: 2, schema: schema)
        #expect(again.rowsWritten == 0)
        #expect(try session.rows("SELECT golden_id, updated_at::text FROM \(schema).golden_records ORDER BY golden_id") == stamps)

        // GB changes, GC merges into GA: GB rewritten, GC retired with a redirect, its xref gone.
        let third = try Self.publish(
            [Self.change(.updated, "GB", hash: 2), Self.change(.merged, "GC", survivor: "GA")], publish: 3, schema: schema)
        #expect(third.recordsInserted == 0 && third.recordsUpdated == 2 && third.redirectsWritten == 1)
        #expect(
            try session.rows("SELECT golden_id, status, survivor_id, content_hash::text FROM \(schema).golden_records ORDER BY golden_id")
                == [["GA", "active", nil, "1"], ["GB", "active", nil, "2"], ["GC", "retired", "GA", nil]])
        #expect(try session.rows("SELECT retired_id, survivor_id FROM \(schema).golden_redirects") == [["GC", "GA"]])
        #expect(try session.rows("SELECT publish_id::text, mode FROM \(schema).golden_publishes ORDER BY 1") == [["1", "delta"], ["2", "delta"], ["3", "delta"]])
    }

    @Test func aWrongPasswordFailsWithoutPrintingIt() throws {
        var endpoint = try PostgresEndpoint(url: try #require(TestCluster.url))
        endpoint.password = "not-the-password-4711"
        #expect {
            _ = try PostgresSession.connect(to: endpoint)
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.code == .publish && !error.description.contains("4711") && error.description.contains(endpoint.host)
        }
    }

    @Test func aStatementErrorNamesTheServersReason() throws {
        let session = try TestCluster.session()
        defer { session.close() }
        #expect {
            try session.execute("SELECT * FROM no_such_table_here")
        } throws: { error in
            (error as? GoldenError).map { $0.code == .publish && $0.message.contains("42P01") } ?? false
        }
    }
}
