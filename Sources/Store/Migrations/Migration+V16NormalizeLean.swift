import GRDB

extension Migration {
    /// `v16-normalize-lean`: the Normalize writer queues what it writes itself, so the
    /// `normalized_records_queue` trigger of `v5-incremental` goes.
    ///
    /// A trigger makes SQLite open a statement journal for every statement that fires it, and
    /// the writer wrote one statement per record: at 1M records the journals, savepoints and
    /// per-statement costs outweighed the rows, and the writer, not the normalizing, set the
    /// stage's pace (17 of its 22 s). ``GoldenStore/writeNormalized(_:runID:)`` now inserts a
    /// hundred records to a statement and queues a page's records for matching and merging
    /// in one statement each, as the trigger queued them row by row.
    static func v16NormalizeLean(_ db: Database) throws {
        try db.execute(sql: "DROP TRIGGER IF EXISTS normalized_records_queue")
    }
}
