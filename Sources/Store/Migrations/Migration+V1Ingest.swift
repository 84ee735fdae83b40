import GRDB

extension Migration {
    /// `v1-ingest`: runs, ingest batches (`files`), source records, events and quarantined rows.
    ///
    /// Tables are `STRICT`: SQLite refuses a value of the wrong type instead of storing it.
    /// Times are integer seconds since the epoch; amounts are integer ten-thousandths.
    ///
    /// The `batch_id` columns of `source_records` and `events` name a `files` row but are not
    /// declared foreign keys: SQLite's per-row check cost about 30% of ingest throughput.
    /// `GoldenStore.write` checks the batch once per chunk instead, and batches are never deleted.
    /// `source_records` and `events` are rowid tables with a `(source, key)` primary-key index:
    /// rows of a few hundred bytes insert faster so than in `WITHOUT ROWID` tables.
    static func v1Ingest(_ db: Database) throws {
        try db.create(table: "runs", options: [.strict]) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("command", .text).notNull()
            t.column("started_at", .integer).notNull()
            t.column("finished_at", .integer)
            t.column("status", .text).notNull()
                .check(sql: "status IN ('running', 'ok', 'failed', 'incomplete', 'quarantine-limit')")
            // A JSON summary written by the pipeline when the run finishes.
            t.column("summary", .text).check(sql: "summary IS NULL OR json_valid(summary)")
        }

        // One row per ingest batch: one distinct content of one source's file.
        try db.create(table: "files", options: [.strict]) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("source", .text).notNull()
            t.column("path", .text).notNull()
            t.column("content_hash", .text).notNull()  // hex SHA-256 of the raw file bytes
            t.column("size_bytes", .integer).notNull()
            t.column("run_id", .integer).notNull().indexed().references("runs")
            t.column("started_at", .integer).notNull()
            t.column("finished_at", .integer)
            t.column("status", .text).notNull().check(sql: "status IN ('complete', 'incomplete')")
            t.column("rows_read", .integer).notNull().defaults(to: 0)
            t.column("rows_stored", .integer).notNull().defaults(to: 0)
            t.column("rows_quarantined", .integer).notNull().defaults(to: 0)
            t.column("error", .text)  // a file-level failure; never personal data
            t.uniqueKey(["source", "content_hash"])
        }

        // The latest sighting of each (source, key) wins unless it is older (see GoldenStore.write).
        try db.create(table: "source_records", options: [.strict]) { t in
            t.column("source", .text).notNull()
            t.column("key", .text).notNull()
            t.primaryKey(["source", "key"])
            t.column("observed_at", .integer)
            t.column("fields", .text).notNull()  // FieldCodec JSON: [["name","value"],…]
            t.column("file", .text).notNull()
            t.column("line", .integer)
            t.column("element_path", .text)
            t.column("batch_id", .integer).notNull()  // files.id of the stored values
            t.column("first_batch_id", .integer).notNull()  // files.id
            t.column("first_seen_at", .integer)  // min observed_at over all sightings
            t.column("last_seen_at", .integer)  // max observed_at over all sightings
            t.column("times_seen", .integer).notNull().defaults(to: 1)
        }

        try db.create(table: "events", options: [.strict]) { t in
            t.column("source", .text).notNull()
            t.column("key", .text).notNull()
            t.primaryKey(["source", "key"])
            t.column("subject_source", .text).notNull()
            t.column("subject_key", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("occurred_at", .integer)
            t.column("amount", .integer)  // ten-thousandths of the currency unit
            t.column("currency", .text)
            t.column("attributes", .text).notNull()  // FieldCodec JSON
            t.column("file", .text).notNull()
            t.column("line", .integer)
            t.column("element_path", .text)
            t.column("batch_id", .integer).notNull()  // files.id
        }
        try db.create(index: "events_on_subject", on: "events", columns: ["subject_source", "subject_key"])

        try db.create(table: "quarantine", options: [.strict]) { t in
            t.primaryKey("id", .integer)
            t.column("run_id", .integer).notNull().references("runs")
            t.column("batch_id", .integer).indexed().references("files")
            t.column("source", .text).notNull()
            t.column("file", .text).notNull()
            t.column("line", .integer)
            t.column("element_path", .text)
            t.column("field", .text)
            t.column("reason", .text).notNull()  // QuarantineReason raw value
            t.column("message", .text).notNull()
            t.column("raw", .blob).notNull()
            t.column("raw_truncated", .integer).notNull().check(sql: "raw_truncated IN (0, 1)")
        }
    }
}
