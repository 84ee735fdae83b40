import Foundation
import GRDB
import GoldenCore

extension GoldenStore {
    /// Calls `body` with every active golden record's facts, by sequence, streaming: the Quality
    /// stage's input. Records without stored facts come with their JSON (no events).
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachGoldenFacts(_ body: (StoredGoldenFacts) throws -> Void) throws {
        try readStreaming("Could not read the golden facts") { db in
            try Self.forEachStoredFacts(db, events: false) { golden in try CallerError.passing { try body(golden) } }
        }
    }

    /// Every row of `golden_facts`, by sequence.
    public func goldenFactsRows() throws(GoldenError) -> [GoldenFactsRow] {
        try readSnapshot("Could not read the golden facts") { db in
            try Row.fetchAll(db, sql: "SELECT sequence, golden_id, hash, facts FROM golden_facts ORDER BY sequence").map {
                GoldenFactsRow(
                    sequence: try $0.decode(Int64.self, atIndex: 0), goldenID: try $0.decode(String.self, atIndex: 1),
                    facts: GoldenFactsBlob(
                        bytes: [UInt8](try $0.decode(Data.self, atIndex: 3)), hash: try $0.decode(Int64.self, atIndex: 2)))
            }
        }
    }

    /// Streams the active golden records with their facts, by sequence. With `events`, records
    /// without facts come with their events.
    ///
    /// Two cursors are merged: the active sequences (from the status index) and `golden_facts`;
    /// the large `golden_records` rows are read only for a record that has no facts.
    static func forEachStoredFacts(_ db: Database, events: Bool, _ body: (StoredGoldenFacts) throws -> Void) throws {
        let active = try Int64.fetchCursor(db, sql: "SELECT sequence FROM golden_records WHERE status = 'active' ORDER BY sequence")
        let facts = try Row.fetchCursor(db, sql: "SELECT sequence, golden_id, facts FROM golden_facts ORDER BY sequence")
        var pending = try facts.next()
        while let sequence = try active.next() {
            // Facts of sequences no longer active (none, as retiring deletes them) are passed over.
            while let row = pending, try row.decode(Int64.self, atIndex: 0) < sequence { pending = try facts.next() }
            if let row = pending, try row.decode(Int64.self, atIndex: 0) == sequence {
                try body(
                    StoredGoldenFacts(
                        sequence: sequence, goldenID: try row.decode(String.self, atIndex: 1),
                        // One copy, out of SQLite's buffer: no `Data` on the way.
                        stored: .facts(try row.withUnsafeData(atIndex: 2) { $0.map { [UInt8]($0) } ?? [] })))
            } else {
                try body(try withoutFacts(sequence, events: events, db))
            }
        }
    }

    /// A golden record without stored facts: its member count, JSON and (with `events`) events.
    private static func withoutFacts(_ sequence: Int64, events: Bool, _ db: Database) throws -> StoredGoldenFacts {
        let select = try db.cachedStatement(
            sql: "SELECT golden_id, record_count, record, history FROM golden_records WHERE sequence = ?")
        guard let row = try Row.fetchOne(select, arguments: [sequence]) else {
            throw GoldenError(.store, "Golden record \(sequence) vanished while it was read")
        }
        var found: [Event] = []
        if events {
            let rows = try Row.fetchCursor(try db.cachedStatement(sql: selectGoldenEvents), arguments: [sequence])
            while let event = try rows.next() { found.append(try Event(storedRow: event)) }
        }
        return StoredGoldenFacts(
            sequence: sequence, goldenID: try row.decode(String.self, atIndex: 0),
            stored: .json(
                recordCount: try row.decode(Int.self, atIndex: 1), record: try row.decode(String?.self, atIndex: 2),
                history: try row.decode(String?.self, atIndex: 3), events: found))
    }

    /// The events of one golden record's source records (`?`: its sequence), members by record
    /// id and each member's in the order they were stored — the order the Merge stage reads them
    /// in when it computes the facts.
    static let selectGoldenEvents = """
        SELECT e.source, e.key, e.subject_source, e.subject_key, e.kind, e.occurred_at, e.amount, e.currency,
            e.attributes, e.file, e.line, e.element_path, e.batch_id
        FROM golden_xref x JOIN source_records r ON r.id = x.record_id
        JOIN events e ON e.subject_source = r.source AND e.subject_key = r.key
        WHERE x.sequence = ? ORDER BY x.record_id, e.rowid
        """
}

extension GoldenStore {
    /// Makes the store look as one merged before facts existed: no facts stored, and a merge
    /// fingerprint no build writes (so the next Merge stage is a full one). Readers fall back to
    /// the records' JSON until then. For tests of that upgrade.
    func forgetGoldenFacts() throws(GoldenError) {
        try writeTransaction("Could not delete the golden facts") { db in
            try db.execute(sql: "DELETE FROM golden_facts; UPDATE merge_state SET fingerprint = 'before golden facts'")
        }
    }
}
