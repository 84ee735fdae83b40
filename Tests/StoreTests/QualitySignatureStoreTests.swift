import GRDB
import GoldenCore
@testable import Store
import Testing

/// The quality signatures stored beside normalized records, counted per source and signature.
@Suite struct QualitySignatureStoreTests {
    /// A normalized record to store: its key, source, day observed and signature (`nil`: stored as
    /// before `v11-quality-signature`).
    struct Stored: Sendable {
        var key: String
        var source: String
        var day: Int64?
        var signature: Int64?
    }

    static let rows: [Stored] = [
        Stored(key: "A1", source: "loyalty", day: 3, signature: 9),
        Stored(key: "A2", source: "loyalty", day: 5, signature: 9),
        Stored(key: "A3", source: "loyalty", day: nil, signature: 9),
        Stored(key: "A4", source: "loyalty", day: 1, signature: 0),
        Stored(key: "A5", source: "loyalty", day: 8, signature: nil),
        Stored(key: "W1", source: "web", day: nil, signature: 9),
        Stored(key: "W2", source: "web", day: 2, signature: 64),
        Stored(key: "W3", source: "web", day: 4, signature: nil),
    ]

    /// A store holding ``rows`` normalized.
    static func normalized(_ rows: [Stored] = rows) throws -> StoreFixture {
        let fixture = try StoreFixture()
        for source in Set(rows.map(\.source)).sorted() {
            let (run, batch) = try fixture.batch(source: source, hash: source)
            let records = rows.filter { $0.source == source }.map { record($0.key, source: source, observed: $0.day.map { $0 * 86_400 }) }
            try fixture.store.write(IngestChunk(records: records), batch: batch, runID: run)
        }
        let pending = try fixture.store.pendingNormalization(after: 0, limit: 100)
        let encoded = try pending.map { pending in
            let row = try #require(rows.first { $0.key == pending.key })
            var sample = NormalizedTests.sample(pending.key, source: pending.source)
            sample.observedAt = pending.observedAt
            return EncodedNormalizedRecord(recordID: pending.recordID, sample, qualitySignature: row.signature)
        }
        try fixture.store.writeNormalized(encoded, runID: 1)
        return fixture
    }

    /// What the counts must be: the signed rows grouped by source and signature, from the table.
    static func expectedCounts(_ rows: [Stored]) -> [QualitySignatureCount] {
        let signed = rows.filter { $0.signature != nil }
        let groups = Dictionary(grouping: signed) { "\($0.source) \($0.signature!)" }
        return groups.values.map { rows in
            QualitySignatureCount(
                source: rows[0].source, signature: rows[0].signature!, count: rows.count,
                latestObservedAt: rows.compactMap(\.day).max().map { .at($0 * 86_400) })
        }
        .sorted { ($0.source, $0.signature) < ($1.source, $1.signature) }
    }

    @Test func signedRecordsAreCountedAndUnsignedOnesStreamed() throws {
        let fixture = try Self.normalized()
        var unsigned: [String] = []
        let counts = try fixture.store.qualitySignatureCounts { unsigned.append("\($0.source) \($0.key)") }
        #expect(counts == Self.expectedCounts(Self.rows))
        #expect(unsigned == Self.rows.filter { $0.signature == nil }.map { "\($0.source) \($0.key)" })
        #expect(try fixture.store.unsignedNormalizedCount() == unsigned.count)
    }

    @Test(arguments: [1, 2, 100])
    func signingTheUnsignedRecordsCountsThemAndLeavesNoneUnsigned(pageSize: Int) throws {
        let fixture = try Self.normalized()
        var after: Int64 = 0
        var signed = Self.rows
        while true {
            let page = try fixture.store.unsignedNormalizedRows(after: after, limit: pageSize)
            guard let last = page.last else { break }
            #expect(page.count <= pageSize)
            after = last.recordID
            try fixture.store.writeQualitySignatures(
                try page.map { encoded in
                    let record = try encoded.decoded()
                    let index = try #require(signed.firstIndex { $0.key == record.key })
                    signed[index].signature = 7
                    return QualitySignatureRow(recordID: encoded.recordID, source: record.source, observedAt: record.observedAt, signature: 7)
                })
        }
        #expect(try fixture.store.unsignedNormalizedCount() == 0)
        #expect(try fixture.store.qualitySignatureCounts { _ in Issue.record("an unsigned record is left") } == Self.expectedCounts(signed))
        #expect(try fixture.store.pendingNormalizationCount() == 0)
    }

    @Test func normalizingAnUnsignedRecordAgainSignsIt() throws {
        let fixture = try Self.normalized()
        let id = try #require(try fixture.store.recordID(source: "web", key: "W3"))
        try fixture.store.writeNormalized(
            [EncodedNormalizedRecord(recordID: id, NormalizedTests.sample("W3", source: "web"), qualitySignature: 64)], runID: 2)
        var rows = Self.rows
        rows[7].signature = 64
        rows[7].day = -1  // the sample's observed-at
        #expect(try fixture.store.qualitySignatureCounts { _ in } == Self.expectedCounts(rows))
        #expect(try fixture.store.unsignedNormalizedCount() == 1)
    }

    /// The counts come from one scan of the covering index, in group order; the unsigned records
    /// from the partial index that holds only them.
    @Test func theQueriesReadOnlyTheirIndexes() throws {
        let fixture = try Self.normalized()
        let queue = try DatabaseQueue(path: fixture.path)
        let plans = try queue.read { db in
            try [GoldenStore.signatureCountsSQL, GoldenStore.unsignedRowsSQL + " ORDER BY n.record_id"].map { sql in
                try String.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, adapter: SuffixRowAdapter(fromIndex: 3)).joined(separator: "\n")
            }
        }
        #expect(plans[0] == "SCAN normalized_records USING COVERING INDEX normalized_records_on_quality")
        #expect(plans[1].hasPrefix("SCAN n USING INDEX normalized_records_unsigned"))
        #expect(!plans[1].contains("TEMP B-TREE"))
    }

    /// A store normalized before `v11-quality-signature` keeps its records, each unsigned.
    @Test func aV9StoreUpgradesWithEveryNormalizedRecordUnsigned() throws {
        let legacy = try LegacyStore(upTo: "v9-engage") { db in
            try db.execute(
                sql: """
                    INSERT INTO source_records (id, source, key, fields, file, batch_id, first_batch_id, last_sighting_batch_id)
                    VALUES (41, 'loyalty', 'M1', '[]', 'f.xml', 1, 1, 1), (42, 'web', 'W1', '[]', 'f.xml', 1, 1, 1);
                    INSERT INTO normalized_records (record_id, run_id, finding_count, payload) VALUES (41, 1, 0, x'01'), (42, 1, 0, x'02');
                    """)
        }
        let store = try GoldenStore(path: legacy.path)
        var unsigned: [Int64] = []
        #expect(try store.qualitySignatureCounts { unsigned.append($0.recordID) } == [])
        #expect(unsigned == [41, 42])
        #expect(try store.unsignedNormalizedCount() == 2)
    }
}
