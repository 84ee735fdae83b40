import GRDB

extension Migration {
    /// `v2-normalize`: normalized records, and on `source_records` which ones await normalizing
    /// and which batch saw each one last.
    ///
    /// - `source_records.normalized_run_id`: the run that normalized the stored values; NULL
    ///   when they await normalizing (new, or replaced by a newer sighting). A partial index
    ///   finds the pending ones without scanning the table.
    /// - `source_records.last_sighting_batch_id`: the batch of the latest sighting, so that
    ///   `times_seen` counts distinct batches: re-reading a file after an interrupted run, or a
    ///   record repeated within one file (a receipt over several lines), is one sighting.
    /// - `normalized_records`: the ``NormalizedRecordCodec`` payload per source record.
    /// - `normalize_settings`: per source, the fingerprint of the normalizer version and options
    ///   that produced its normalized records; a change makes them pending again.
    static func v2Normalize(_ db: Database) throws {
        try db.alter(table: "source_records") { t in
            t.add(column: "normalized_run_id", .integer)
            t.add(column: "last_sighting_batch_id", .integer)
        }
        try db.execute(sql: "UPDATE source_records SET last_sighting_batch_id = batch_id")
        try db.execute(
            sql: """
                CREATE INDEX source_records_pending_normalization ON source_records (normalized_run_id)
                WHERE normalized_run_id IS NULL
                """)

        try db.create(table: "normalized_records", options: [.strict]) { t in
            t.column("source", .text).notNull()
            t.column("key", .text).notNull()
            t.primaryKey(["source", "key"])
            t.column("run_id", .integer).notNull()  // runs.id of the run that normalized it
            t.column("finding_count", .integer).notNull()
            t.column("payload", .blob).notNull()
        }

        try db.create(table: "normalize_settings", options: [.strict]) { t in
            t.primaryKey("source", .text)
            t.column("fingerprint", .text).notNull()
        }
    }
}
