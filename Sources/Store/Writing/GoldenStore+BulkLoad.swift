import GRDB
import GoldenCore

extension GoldenStore {
    /// Indexes that a first load builds once at its end instead of row by row.
    ///
    /// Events arrive in file order while `events_on_subject` is ordered by customer, so each
    /// insert lands on a random leaf of it: a chunk of 5,000 events dirtied thousands of 16 KiB
    /// pages, each written to the WAL and checkpointed again. At 1M source records (9.9M rows)
    /// that index made ingest take 98 s instead of 42 s, and sorting the stored events into it at
    /// the end takes 7 s.
    static let deferredIndexes: [(name: String, sql: String)] = [
        ("events_on_subject", "CREATE INDEX IF NOT EXISTS events_on_subject ON events (subject_source, subject_key)")
    ]

    /// Begins a bulk load when the store holds no event yet: drops the ``deferredIndexes``, which
    /// ``buildDeferredIndexes()`` builds again. Returns whether it dropped them.
    ///
    /// A store left without them (a process that stopped before building them) gets them back
    /// the next time it is opened — also when another process opens it during the load, which
    /// then goes on at the speed of an indexed store.
    public func beginBulkLoad() throws(GoldenError) -> Bool {
        try writeTransaction("Could not begin a bulk load") { db in
            guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events)")! else { return false }
            for index in Self.deferredIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
            return true
        }
    }

    /// Builds those of the ``deferredIndexes`` the store lacks; one that exists costs a lookup.
    public func buildDeferredIndexes() throws(GoldenError) {
        do {
            try writer.writeWithoutTransaction(Self.buildDeferredIndexes)
        } catch {
            throw GoldenError.store("Could not build the store's indexes", error)
        }
    }

    static func missingDeferredIndexes(_ db: Database) throws -> [(name: String, sql: String)] {
        let existing = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index'"))
        return deferredIndexes.filter { !existing.contains($0.name) }
    }

    /// Builds the missing ``deferredIndexes``, each in a transaction of its own; `db` must not
    /// be in one (the sort's temporary storage can only be changed outside).
    static func buildDeferredIndexes(_ db: Database) throws {
        let missing = try missingDeferredIndexes(db)
        guard !missing.isEmpty else { return }
        // The build is one external merge sort of every event's key. Both cores sort, and the
        // sorted runs spill to temporary files: held in memory, they took 800 MB at 1M records.
        // The connection's own settings come back afterwards.
        let threads = try Int.fetchOne(db, sql: "PRAGMA threads") ?? 0
        let tempStore = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
        try db.execute(sql: "PRAGMA threads = 2")
        try db.execute(sql: "PRAGMA temp_store = FILE")
        defer {
            try? db.execute(sql: "PRAGMA temp_store = \(tempStore)")
            try? db.execute(sql: "PRAGMA threads = \(threads)")
        }
        for index in missing { try db.execute(sql: index.sql) }
    }
}
