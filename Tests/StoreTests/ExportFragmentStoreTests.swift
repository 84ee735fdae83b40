import Foundation
import GRDB
import GoldenCore
@testable import Store
import Testing

/// `golden_exports` as the merge writer keeps it since `v14-golden-exports`: a row's fragment
/// stored with the record and its stamp, replaced when the record changes, kept when it does
/// not, dropped when the record is retired or written without one; and the reader's fallback
/// to the record's JSON.
@Suite struct ExportFragmentStoreTests {
    private static func row(_ sequence: Int64, hash: Int64, count: Int = 1, export: String?, version: Int = 1) -> GoldenRow {
        GoldenRow(
            sequence: sequence, goldenID: "G\(sequence)", recordCount: count, record: #"{"n":\#(hash)}"#, history: "{}",
            contentHash: hash, export: export.map { GoldenExportFragment(version: version, text: $0) })
    }

    /// What the reader gives for every active record, asking for `version`: sequence, member
    /// count, update time, fragment, and whether the JSON came instead.
    private static func read(_ store: GoldenStore, version: Int = 1) throws -> [String] {
        var rows: [String] = []
        try store.forEachGoldenExport(version: version) { row in
            let json = row.record != nil && row.history != nil
            rows.append("\(row.sequence) \(row.goldenID) \(row.recordCount) \(row.updatedAt.iso8601) \(row.fragment ?? "-") \(json)")
        }
        return rows
    }

    /// One write after another, each at its own time, and what the reader then gives.
    @Test(
        arguments: [
            // Inserted with a fragment, then rewritten unchanged: nothing changes, not even the time.
            ([[row(1, hash: 1, export: "a,b")], [row(1, hash: 1, export: nil)]], ["1 G1 1 1970-01-01T00:00:01Z a,b false"]),
            // Changed content: the fragment and the time follow.
            ([[row(1, hash: 1, export: "a,b")], [row(1, hash: 2, export: "c")]], ["1 G1 1 1970-01-01T00:00:02Z c false"]),
            // Only the member count changed: the record is rewritten, and so is its fragment.
            ([[row(1, hash: 1, export: "a")], [row(1, hash: 1, count: 2, export: "a2")]], ["1 G1 2 1970-01-01T00:00:02Z a2 false"]),
            // Changed without a fragment: the stale one goes, the JSON is read.
            ([[row(1, hash: 1, export: "a")], [row(1, hash: 2, export: nil)]], ["1 G1 1 1970-01-01T00:00:02Z - true"]),
            // Never had one.
            ([[row(1, hash: 1, export: nil), row(2, hash: 1, export: "z")]], ["1 G1 1 1970-01-01T00:00:01Z - true", "2 G2 1 1970-01-01T00:00:01Z z false"]),
            // Of another version: read as none.
            ([[row(1, hash: 1, export: "a", version: 7)]], ["1 G1 1 1970-01-01T00:00:01Z - true"]),
            // Stored without one, rewritten unchanged with one: filled in, stamped with the record's time.
            ([[row(1, hash: 1, export: nil)], [row(1, hash: 1, export: "a")]], ["1 G1 1 1970-01-01T00:00:01Z a false"]),
            // Of another version, rewritten unchanged: replaced, same time.
            ([[row(1, hash: 1, export: "a", version: 7)], [row(1, hash: 1, export: "b")]], ["1 G1 1 1970-01-01T00:00:01Z b false"]),
            // Unchanged but sent again (its facts changed, say): a fragment of the same version stays.
            ([[row(1, hash: 1, export: "a")], [row(1, hash: 1, export: "b")]], ["1 G1 1 1970-01-01T00:00:01Z a false"]),
        ])
    func writesAndReads(_ writes: [[GoldenRow]], _ expected: [String]) throws {
        let fixture = try StoreFixture()
        for (index, upserts) in writes.enumerated() {
            try fixture.store.writeMergeResults(
                runID: nil, upserts: upserts, retirements: [], xref: [], log: [], reviews: [], at: .at(Int64(index + 1)))
        }
        #expect(try Self.read(fixture.store) == expected)
    }

    @Test func aRetiredRecordLosesItsFragment() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        try store.writeMergeResults(
            runID: nil, upserts: [Self.row(1, hash: 1, export: "a"), Self.row(2, hash: 1, export: "b")], retirements: [],
            xref: [], log: [], reviews: [], at: .at(1))
        try store.writeMergeResults(
            runID: nil, upserts: [], retirements: [GoldenRetirement(retired: 1, survivor: 2, reason: "merged")], xref: [],
            log: [], reviews: [], at: .at(2))
        #expect(try Self.read(store) == ["2 G2 1 1970-01-01T00:00:01Z b false"])
        let left = try store.writer.read { db in try Int64.fetchAll(db, sql: "SELECT sequence FROM golden_exports") }
        #expect(left == [2])
    }

    /// A record stored before the migration has no fragment: the reader gives its JSON.
    @Test func anUpgradedStoreReadsItsRecordsJSON() throws {
        let legacy = try LegacyStore(upTo: "v13-search-terms") { db in
            try db.execute(
                sql: """
                    INSERT INTO golden_records (sequence, golden_id, status, record_count, record, history, content_hash, updated_at)
                    VALUES (1, 'G1', 'active', 3, '{"n":1}', '{}', 1, '1970-01-01T00:00:05Z')
                    """)
        }
        let store = try GoldenStore(path: legacy.path)
        #expect(try store.appliedMigrations() == everyMigration)
        #expect(try Self.read(store) == ["1 G1 3 1970-01-01T00:00:05Z - true"])
    }
}
