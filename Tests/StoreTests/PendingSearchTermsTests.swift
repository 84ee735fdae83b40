import GRDB
import GoldenCore
@testable import Store
import Testing

/// The search terms a merge run holds until its end: flushed, `golden_search` holds each term
/// once per record — whatever the order they came in, with or without the sequence index
/// dropped and built again for a large flush — and the index is there afterwards.
@Suite struct PendingSearchTermsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Terms by record, in the order they are added.
        var records: [(sequence: Int64, terms: [GoldenSearchTerm])]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one record", records: [(1, [GoldenSearchTerm(.name, "ann"), GoldenSearchTerm(.phone, "+15550100")])]),
        Case(
            name: "prefixes and lengths",
            records: [
                (3, [GoldenSearchTerm(.name, "annabel"), GoldenSearchTerm(.name, "ann"), GoldenSearchTerm(.name, "anna")]),
                (2, [GoldenSearchTerm(.name, "ann"), GoldenSearchTerm(.name, "an")]),
                (1, [GoldenSearchTerm(.name, "annabel")]),
            ]),
        Case(
            name: "repeated terms",
            records: [
                (5, [GoldenSearchTerm(.email, "a@x.com"), GoldenSearchTerm(.email, "a@x.com")]),
                (4, [GoldenSearchTerm(.email, "a@x.com")]),
            ]),
        Case(
            name: "bytes, not characters",
            records: [
                (1, [GoldenSearchTerm(.name, "jos\u{e9}"), GoldenSearchTerm(.name, "jose\u{301}")]),
                (2, [GoldenSearchTerm(.name, "zoë"), GoldenSearchTerm(.name, "Zoe"), GoldenSearchTerm(.name, "")]),
            ]),
        Case(
            name: "every field",
            records: [
                (9, [GoldenSearchTerm(.phone, "+1"), GoldenSearchTerm(.email, "b@y.org"), GoldenSearchTerm(.name, "bo")]),
                (8, [GoldenSearchTerm(.phone, "+1"), GoldenSearchTerm(.name, "bo")]),
            ]),
        Case(
            name: "a term too long to hold",
            records: [(1, [GoldenSearchTerm(.name, String(repeating: "a", count: 70_000)), GoldenSearchTerm(.name, "a")])]),
    ]

    /// The rows of `golden_search`, as `field`, term bytes and sequence, in key order.
    static func rows(_ db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "SELECT field, hex(term), sequence FROM golden_search ORDER BY field, term, sequence").map {
            "\($0[0] as String) \($0[1] as String) \($0[2] as Int64)"
        }
    }

    /// What the table must hold: each distinct (field, term bytes, sequence) once, in key order.
    static func expected(_ records: [(sequence: Int64, terms: [GoldenSearchTerm])]) throws -> [String] {
        try DatabaseQueue().write { db in
            try db.execute(sql: "CREATE TABLE t (field TEXT, term TEXT, sequence INTEGER, PRIMARY KEY (field, term, sequence)) WITHOUT ROWID")
            for (sequence, terms) in records {
                for term in terms {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO t VALUES (?, ?, ?)", arguments: [term.field.rawValue, term.term, sequence])
                }
            }
            return try Row.fetchAll(db, sql: "SELECT field, hex(term), sequence FROM t ORDER BY field, term, sequence").map {
                "\($0[0] as String) \($0[1] as String) \($0[2] as Int64)"
            }
        }
    }

    @Test(arguments: cases, [0, 1_000])
    func aFlushStoresEachTermOnceAndKeepsTheIndex(_ test: Case, rebuildAbove: Int) throws {
        let fixture = try StoreFixture()
        let stored = try fixture.store.writer.write { db in
            var pending = PendingSearchTerms()
            pending.rebuildIndexAbove = rebuildAbove
            for (sequence, terms) in test.records { try pending.append(terms, of: sequence, db) }
            try pending.flush(db)
            #expect(pending.count == 0)
            // A second flush has nothing to add.
            try pending.flush(db)
            return try Self.rows(db)
        }
        #expect(stored == (try Self.expected(test.records)))
        let index = try fixture.store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'golden_search_on_sequence'")
        }
        #expect(index != nil)
    }

    /// A term stored before the flush (by an earlier run) stays once.
    @Test func aTermAlreadyStoredIsKept() throws {
        let fixture = try StoreFixture()
        try fixture.store.writer.write { db in
            try db.execute(sql: "INSERT INTO golden_search (field, term, sequence) VALUES ('name', 'ann', 1)")
            var pending = PendingSearchTerms()
            try pending.append([GoldenSearchTerm(.name, "ann"), GoldenSearchTerm(.name, "bo")], of: 1, db)
            try pending.flush(db)
            #expect(try Self.rows(db) == ["name 616E6E 1", "name 626F 1"])
        }
    }
}
