import GRDB

extension Migration {
    /// `v12-ingest-lean`: the ingest writer queues the source records and events it inserts, one
    /// statement per chunk, instead of an `AFTER INSERT` trigger doing so row by row.
    ///
    /// Drops `source_records_queue_inserted` (v2-normalize) and `events_merge_queue_inserted`
    /// (v5-incremental). An `INSERT` trigger on a table makes SQLite copy every multi-row insert
    /// into it to a temporary table first, and run a trigger program per row; together they cost
    /// about a third of ingest time. `GoldenStore.write`, the only writer of either table, now
    /// queues every row its chunk inserted — the rows whose id is above the largest id before the
    /// chunk — with one `INSERT … SELECT` per table after the chunk's upserts, so the queues end
    /// up as the triggers left them.
    ///
    /// The `AFTER UPDATE` triggers stay: they queue records replaced by a newer sighting, records
    /// seen again, events replaced, and the record a re-delivered event left.
    static func v12IngestLean(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TRIGGER source_records_queue_inserted;
                DROP TRIGGER events_merge_queue_inserted;
                """)
    }
}
