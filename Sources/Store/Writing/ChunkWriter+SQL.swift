extension ChunkWriter {
    /// Whether the incoming record replaces the stored one: not older, NULL being the oldest.
    private static let incomingIsNotOlder = """
        (source_records.observed_at IS NULL OR excluded.observed_at >= source_records.observed_at)
        """

    /// ?1 source, ?2 key, ?3 observed_at, ?4 fields, ?5 file, ?6 line, ?7 element_path, ?8 batch.
    ///
    /// SQLite's two-argument `min`/`max` return NULL when either side is NULL; `coalesce` then
    /// keeps whichever side is known. `times_seen` counts distinct batches; triggers queue new and
    /// replaced records for normalizing (see v2-normalize).
    static let upsertRecordSQL = """
        INSERT INTO source_records (
            source, key, observed_at, fields, file, line, element_path, batch_id, first_batch_id,
            first_seen_at, last_seen_at, times_seen, last_sighting_batch_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?3, ?3, 1, ?8)
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

    /// ?1 source, ?2 key, ?3 subject_source, ?4 subject_key, ?5 kind, ?6 occurred_at, ?7 amount,
    /// ?8 currency, ?9 attributes, ?10 file, ?11 line, ?12 element_path, ?13 batch.
    static let upsertEventSQL = """
        INSERT INTO events (
            source, key, subject_source, subject_key, kind, occurred_at, amount, currency,
            attributes, file, line, element_path, batch_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
        ON CONFLICT (source, key) DO UPDATE SET
            subject_source = excluded.subject_source, subject_key = excluded.subject_key,
            kind = excluded.kind, occurred_at = excluded.occurred_at, amount = excluded.amount,
            currency = excluded.currency, attributes = excluded.attributes, file = excluded.file,
            line = excluded.line, element_path = excluded.element_path, batch_id = excluded.batch_id
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
