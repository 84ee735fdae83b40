import GRDB

extension Migration {
    /// `v11-quality-signature`: what each normalized record holds per quality field, so that the
    /// Quality stage measures its sources with one aggregate query instead of decoding every record.
    ///
    /// - `normalized_records.quality_signature`: the record's `QualitySignature` (3 bits per
    ///   quality field: valid, corrected, invalid, placeholder or null); `source` and
    ///   `observed_at`: the normalized record's own, so the aggregate needs no join.
    /// - `normalized_records_on_quality`: `(source, quality_signature, observed_at)`, covering
    ///   `SELECT source, quality_signature, count(*), max(observed_at) … GROUP BY source,
    ///   quality_signature`: one scan of the index, in group order, no sort.
    /// - Rows normalized before this migration keep the three columns `NULL`. The partial index
    ///   `normalized_records_unsigned` finds them: the Quality stage decodes them as before, and
    ///   the next Normalize run fills them (from their payloads, which SQL cannot read).
    static func v11QualitySignature(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE normalized_records ADD COLUMN source TEXT;
                ALTER TABLE normalized_records ADD COLUMN observed_at INTEGER;
                ALTER TABLE normalized_records ADD COLUMN quality_signature INTEGER;
                CREATE INDEX normalized_records_on_quality ON normalized_records (source, quality_signature, observed_at);
                CREATE INDEX normalized_records_unsigned ON normalized_records (record_id) WHERE quality_signature IS NULL;
                """)
    }
}
