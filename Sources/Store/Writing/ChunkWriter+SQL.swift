extension ChunkWriter {
    /// Whether the incoming record replaces the stored one: not older, NULL being the oldest.
    private static let incomingIsNotOlder = """
        (source_records.observed_at IS NULL OR excluded.observed_at >= source_records.observed_at)
        """

    /// The columns of a source record row, in the order ``ChunkWriter`` binds them:
    /// `first_batch_id` and `last_sighting_batch_id` take the batch, `first_seen_at` and
    /// `last_seen_at` the observation time, `times_seen` 1.
    static let recordColumns = [
        "source", "key", "observed_at", "fields", "file", "line", "element_path", "batch_id", "first_batch_id",
        "first_seen_at", "last_seen_at", "times_seen", "last_sighting_batch_id",
    ]

    /// The conflict rule of a source record sighting (the suffix of a multi-row `INSERT`).
    ///
    /// SQLite's two-argument `min`/`max` return NULL when either side is NULL; `coalesce` then
    /// keeps whichever side is known. `times_seen` counts distinct batches; a trigger queues
    /// replaced records for normalizing (see v2-normalize). Rows of one statement are upserted in
    /// order, so a key repeated within a chunk follows the same rule as one repeated across chunks.
    static let recordConflictSQL = """
        ON CONFLICT (source, key) DO UPDATE SET
            observed_at = CASE WHEN \(incomingIsNotOlder) THEN excluded.observed_at ELSE observed_at END,
            fields = CASE WHEN \(incomingIsNotOlder) THEN excluded.fields ELSE fields END,
            file = CASE WHEN \(incomingIsNotOlder) THEN excluded.file ELSE file END,
            line = CASE WHEN \(incomingIsNotOlder) THEN excluded.line ELSE line END,
            element_path = CASE WHEN \(incomingIsNotOlder) THEN excluded.element_path ELSE element_path END,
            batch_id = CASE WHEN \(incomingIsNotOlder) THEN excluded.batch_id ELSE batch_id END,
            first_seen_at = coalesce(min(first_seen_at, excluded.observed_at), first_seen_at, excluded.observed_at),
            last_seen_at = coalesce(max(last_seen_at, excluded.observed_at), last_seen_at, excluded.observed_at),
            times_seen = times_seen + (last_sighting_batch_id IS NOT excluded.batch_id),
            last_sighting_batch_id = excluded.batch_id
        """

    /// The columns of an event row, in the order ``ChunkWriter`` binds them.
    static let eventColumns = [
        "source", "key", "subject_source", "subject_key", "kind", "occurred_at", "amount", "currency", "attributes",
        "file", "line", "element_path", "batch_id",
    ]

    /// The conflict rule of an event (the suffix of a multi-row `INSERT`): the later one replaces it.
    static let eventConflictSQL = """
        ON CONFLICT (source, key) DO UPDATE SET
            subject_source = excluded.subject_source, subject_key = excluded.subject_key,
            kind = excluded.kind, occurred_at = excluded.occurred_at, amount = excluded.amount,
            currency = excluded.currency, attributes = excluded.attributes, file = excluded.file,
            line = excluded.line, element_path = excluded.element_path, batch_id = excluded.batch_id
        """

    /// Queues the records with an id above ?1 — the ones a chunk inserted — for normalizing.
    ///
    /// `OR IGNORE`: a record inserted and then replaced within the chunk was queued by the
    /// `source_records_queue_replaced` trigger already.
    static let queueInsertedRecordsSQL = """
        INSERT OR IGNORE INTO normalize_queue (record_id) SELECT id FROM source_records WHERE id > ?
        """

    /// Queues the events with a rowid above ?1 — the ones a chunk inserted — for merging.
    ///
    /// `OR IGNORE`: an event inserted and then replaced within the chunk was queued by the
    /// `events_merge_queue_updated` trigger already.
    static let queueInsertedEventsSQL = """
        INSERT OR IGNORE INTO merge_event_queue (event_id) SELECT rowid FROM events WHERE rowid > ?
        """

    /// ?1 run, ?2 batch, ?3 source, ?4 file, ?5 line, ?6 element_path, ?7 field, ?8 reason,
    /// ?9 message, ?10 raw, ?11 raw_truncated.
    static let insertQuarantineSQL = """
        INSERT INTO quarantine (
            run_id, batch_id, source, file, line, element_path, field, reason, message, raw,
            raw_truncated)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
        """
}
