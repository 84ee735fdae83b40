import GRDB

extension Migration {
    /// `v15-golden-listing`: an index that lists the golden records without reading them.
    ///
    /// A row of `golden_records` holds the record's and its history's JSON (kilobytes), so a
    /// scan of the table reads every record to get at a few small columns: the publish count
    /// of changes, the files target's golden export and its cross-reference (golden id text
    /// by sequence) each read the whole table. `golden_records_listing` holds those columns —
    /// status, sequence, golden id, member count, update time and content hash — in status,
    /// then sequence, order: those reads become scans of the index, a few dozen bytes a record.
    /// It leads with the status, so it replaces `golden_records_on_status` (`v5-incremental`).
    static func v15GoldenListing(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX golden_records_listing
                    ON golden_records (status, sequence, golden_id, record_count, updated_at, content_hash);
                DROP INDEX golden_records_on_status;
                """)
    }
}
