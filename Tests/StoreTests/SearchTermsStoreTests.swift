import Foundation
import GRDB
import GoldenCore
@testable import Store
import Testing

/// `golden_search` as the merge writer keeps it since `v13-search-terms`: the terms a row
/// carries (or, without them, those the `v8-steward` rules derive from its JSON), replaced when
/// the row is updated, dropped when it is retired; and the triggers gone from upgraded stores.
@Suite struct SearchTermsStoreTests {
    /// Golden record JSON the way the Merge stage writes it (keys sorted), holding what search
    /// reads: names, e-mail keys and normalized forms, phone keys, present or not.
    static let records: [String] = [
        #"{"emails":[],"phones":[]}"#,
        #"{"emails":[{"key":"jsmith@gmail.com","value":{"normalized":"J.Smith@Gmail.COM"}}],"name":{"value":{"family_key":"smith","given_key":"john"}},"phones":[{"key":"+442079460000"}]}"#,
        #"{"emails":[{"key":"a@x.com","value":{"normalized":"a@x.com"}},{"key":"a@x.com","value":{}},{"key":"","value":{"normalized":"ÉMILE@x.com"}}],"name":{"value":{"given_key":"jose"}},"phones":[{"key":"+1"},{"key":"+1"},{"key":""}]}"#,
        #"{"emails":[],"name":{"value":{"family_key":"o\"brien\\x","given_key":""}},"phones":[]}"#,
        #"{"emails":[{"key":"jos\u00e9@x.com","value":{"normalized":"jose\u0301@x.com"}}],"name":{"value":{"family_key":"jos\u00e9","given_key":"jose\u0301"}},"phones":[]}"#,
    ]

    /// The terms stored for `sequence`, as the bytes of `field term`, in index order.
    static func stored(_ store: GoldenStore, _ sequence: Int64) throws -> [[UInt8]] {
        try store.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT field || ' ' || term FROM golden_search WHERE sequence = ? ORDER BY field, term",
                arguments: [sequence])
        }.map(bytes)
    }

    /// What the `v8-steward` trigger wrote for `json`, as the bytes of `field term`, in index order.
    static func triggerTerms(_ json: String) throws -> [[UInt8]] {
        try DatabaseQueue().read { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT field || ' ' || term FROM (\(GoldenStore.searchTermsSQL)) ORDER BY field, term",
                arguments: [json])
        }.map(bytes)
    }

    /// Text compared by its bytes: canonically equivalent strings are different terms.
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    private static func row(_ sequence: Int64, _ json: String, hash: Int64, terms: [GoldenSearchTerm]?) -> GoldenRow {
        GoldenRow(
            sequence: sequence, goldenID: "G\(sequence)", recordCount: 1, record: json, history: "{}", contentHash: hash,
            searchTerms: terms)
    }

    @Test(arguments: records) func aRowWithoutTermsGetsTheTermsOfItsJSON(_ json: String) throws {
        let fixture = try StoreFixture()
        try fixture.store.writeMergeResults(
            runID: nil, upserts: [Self.row(1, json, hash: 1, terms: nil)], retirements: [], xref: [], log: [], reviews: [],
            at: .at(1))
        #expect(try Self.stored(fixture.store, 1) == Self.triggerTerms(json))
    }

    /// Inserted, updated with other terms, rewritten unchanged (no write: its terms stay), retired.
    @Test(arguments: records) func theTermsARowCarriesReplaceItsStoredOnesUntilItIsRetired(_ json: String) throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        func write(_ upserts: [GoldenRow], retiring: [GoldenRetirement] = []) throws {
            try store.writeMergeResults(runID: nil, upserts: upserts, retirements: retiring, xref: [], log: [], reviews: [], at: .at(1))
        }
        let first = [GoldenSearchTerm(.name, "ann"), GoldenSearchTerm(.phone, "+15550100")]
        try write([Self.row(1, json, hash: 1, terms: first), Self.row(2, json, hash: 1, terms: nil)])
        #expect(try Self.stored(store, 1) == ["name ann", "phone +15550100"].map(Self.bytes))

        let second = [GoldenSearchTerm(.email, "ann@x.com"), GoldenSearchTerm(.email, "ann@x.com")]
        try write([Self.row(1, json, hash: 2, terms: second)])
        #expect(try Self.stored(store, 1) == [Self.bytes("email ann@x.com")])

        try write([Self.row(1, json, hash: 2, terms: first)])
        #expect(try Self.stored(store, 1) == [Self.bytes("email ann@x.com")])

        try write([], retiring: [GoldenRetirement(retired: 1, survivor: 2, reason: "merged")])
        #expect(try Self.stored(store, 1).isEmpty)
        #expect(try Self.stored(store, 2) == Self.triggerTerms(json))
    }

    /// An update whose record carries the terms stored (in any order, repeated or not) leaves
    /// them; in the same write, one with other terms — or none — has them replaced.
    @Test func anUpdateKeepsTermsThatDidNotChangeAndReplacesTheOthers() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        func write(_ upserts: [GoldenRow]) throws {
            try store.writeMergeResults(runID: nil, upserts: upserts, retirements: [], xref: [], log: [], reviews: [], at: .at(1))
        }
        let json = Self.records[0]
        let a = [GoldenSearchTerm(.name, "ann"), GoldenSearchTerm(.email, "ann@x.com")]
        let b = [GoldenSearchTerm(.phone, "+15550100")]
        try write([Self.row(1, json, hash: 1, terms: a), Self.row(2, json, hash: 1, terms: b), Self.row(3, json, hash: 1, terms: b)])
        try write([
            Self.row(1, json, hash: 2, terms: a.reversed() + a), Self.row(2, json, hash: 2, terms: a),
            Self.row(3, json, hash: 2, terms: []),
        ])
        #expect(try Self.stored(store, 1) == ["email ann@x.com", "name ann"].map(Self.bytes))
        #expect(try Self.stored(store, 2) == ["email ann@x.com", "name ann"].map(Self.bytes))
        #expect(try Self.stored(store, 3).isEmpty)
        try write([Self.row(3, json, hash: 3, terms: b)])
        #expect(try Self.stored(store, 3) == [Self.bytes("phone +15550100")])

        // A term of a field this build does not know (a newer build wrote it) is no match for
        // the terms computed now: the record's terms are written again, without it.
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO golden_search (field, term, sequence) VALUES ('nickname', 'annie', 1)")
        }
        try write([Self.row(1, json, hash: 3, terms: a)])
        #expect(try Self.stored(store, 1) == ["email ann@x.com", "name ann"].map(Self.bytes))
    }

    /// A store indexed by the `v8-steward` triggers loses them and keeps its terms; the writer
    /// then keeps the index.
    @Test func anUpgradedStoreKeepsItsTermsWithoutTheTriggers() throws {
        let json = Self.records[1]
        let legacy = try LegacyStore(upTo: "v11-quality-signature") { db in
            try db.execute(
                sql: """
                    INSERT INTO golden_records (sequence, golden_id, status, record_count, record, history, content_hash, updated_at)
                    VALUES (1, 'G1', 'active', 1, ?, '{}', 1, '1970-01-01T00:00:01Z')
                    """,
                arguments: [json])
        }
        let store = try GoldenStore(path: legacy.path)
        #expect(try store.appliedMigrations() == everyMigration)
        let triggers = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'golden_records'")
        }
        #expect(triggers == 0)
        let indexed = try Self.triggerTerms(json)
        #expect(indexed.count == 5)
        #expect(try Self.stored(store, 1) == indexed)

        try store.writeMergeResults(
            runID: nil, upserts: [Self.row(1, json, hash: 2, terms: [GoldenSearchTerm(.name, "ann")])], retirements: [],
            xref: [], log: [], reviews: [], at: .at(2))
        #expect(try Self.stored(store, 1) == [Self.bytes("name ann")])
    }

    @Test func termsSortByFieldThenBytes() {
        let terms = [
            GoldenSearchTerm(.phone, "+1"), GoldenSearchTerm(.name, "zoe"), GoldenSearchTerm(.name, "\u{E9}"),
            GoldenSearchTerm(.email, "b"), GoldenSearchTerm(.name, "e\u{301}"),
        ]
        #expect(
            terms.sorted().map { Self.bytes("\($0.field.rawValue) \($0.term)") }
                == ["email b", "name e\u{301}", "name zoe", "name \u{E9}", "phone +1"].map(Self.bytes))
        #expect(GoldenSearchTerm(.name, "\u{E9}") != GoldenSearchTerm(.name, "e\u{301}"))
        #expect(Set([GoldenSearchTerm(.name, "\u{E9}"), GoldenSearchTerm(.name, "e\u{301}")]).count == 2)
    }
}
