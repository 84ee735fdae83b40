import GRDB

extension Migration {
    /// `v2-normalize`: stable record ids, the normalize queue, normalized records.
    ///
    /// - `source_records` is rebuilt with `id INTEGER PRIMARY KEY`: a stable integer id per
    ///   source record (an alias of the rowid, so VACUUM keeps it), for later stages to refer to
    ///   records cheaply; `(source, key)` stays unique. Existing rows keep their rowid as id.
    /// - `source_records.last_sighting_batch_id`: the batch of the latest sighting, so that
    ///   `times_seen` counts distinct batches: re-reading a file after an interrupted run, or a
    ///   record repeated within one file (a receipt over several lines), is one sighting.
    /// - `normalize_queue`: ids of records awaiting normalization. Triggers queue a record when
    ///   it is inserted and when a newer sighting replaces its values, so the rule holds for
    ///   every writer; the Normalize stage empties the queue. (The triggers test for presence
    ///   instead of `INSERT OR IGNORE`: an upsert's conflict policy overrides a trigger's.) No column of `source_records` is
    ///   rewritten to mark progress.
    /// - `normalized_records`: the ``NormalizedRecordCodec`` payload per record id.
    /// - `normalize_settings`: per source, the fingerprint of the normalizer version and options
    ///   that produced its normalized records; a change queues the source's records again.
    static func v2Normalize(_ db: Database) throws {
        try db.create(table: "source_records_v2", options: [.strict]) { t in
            t.column("id", .integer).primaryKey()
            t.column("source", .text).notNull()
            t.column("key", .text).notNull()
            t.uniqueKey(["source", "key"])
            t.column("observed_at", .integer)
            t.column("fields", .text).notNull()  // FieldCodec JSON: [["name","value"],…]
            t.column("file", .text).notNull()
            t.column("line", .integer)
            t.column("element_path", .text)
            t.column("batch_id", .integer).notNull()  // files.id of the stored values
            t.column("first_batch_id", .integer).notNull()  // files.id
            t.column("first_seen_at", .integer)  // min observed_at over all sightings
            t.column("last_seen_at", .integer)  // max observed_at over all sightings
            t.column("times_seen", .integer).notNull().defaults(to: 1)  // distinct batches
            t.column("last_sighting_batch_id", .integer).notNull()  // files.id
        }
        try db.execute(
            sql: """
                INSERT INTO source_records_v2 (
                    id, source, key, observed_at, fields, file, line, element_path, batch_id,
                    first_batch_id, first_seen_at, last_seen_at, times_seen, last_sighting_batch_id)
                SELECT rowid, source, key, observed_at, fields, file, line, element_path, batch_id,
                    first_batch_id, first_seen_at, last_seen_at, times_seen, batch_id
                FROM source_records
                """)
        try db.drop(table: "source_records")
        try db.rename(table: "source_records_v2", to: "source_records")

        try db.create(table: "normalize_queue", options: [.strict]) { t in
            t.column("record_id", .integer).primaryKey()  // source_records.id
        }
        try db.execute(sql: "INSERT INTO normalize_queue (record_id) SELECT id FROM source_records")
        try db.execute(
            sql: """
                CREATE TRIGGER source_records_queue_inserted AFTER INSERT ON source_records
                BEGIN
                    INSERT INTO normalize_queue (record_id) SELECT new.id
                    WHERE NOT EXISTS (SELECT 1 FROM normalize_queue WHERE record_id = new.id);
                END;
                CREATE TRIGGER source_records_queue_replaced AFTER UPDATE OF fields, observed_at ON source_records
                WHEN new.fields IS NOT old.fields OR new.observed_at IS NOT old.observed_at
                BEGIN
                    INSERT INTO normalize_queue (record_id) SELECT new.id
                    WHERE NOT EXISTS (SELECT 1 FROM normalize_queue WHERE record_id = new.id);
                END;
                """)

        try db.create(table: "normalized_records", options: [.strict]) { t in
            t.column("record_id", .integer).primaryKey()  // source_records.id
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
