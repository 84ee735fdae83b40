import GRDB

extension Migration {
    /// `v5-incremental`: what lets a run match and merge only what changed.
    ///
    /// - `record_block_keys`: the blocking index — each normalized record's block keys under the
    ///   blocking rules as one blob (9 bytes a key: the rule's position, then the 64-bit hash of
    ///   its key values, little-endian), so new records find the records they share a block with
    ///   without re-blocking the store, and a changed record's old keys are known. One row per
    ///   record rather than per key: a full run writes a million rows, not ten million, and an
    ///   incremental one reads the blobs once to find the members of the blocks it touches.
    /// - `match_state`: the model version and settings fingerprint the stored pairs, clusters
    ///   and index were made with; when either changes, the next run re-resolves everything.
    /// - `match_queue`: records the Match stage must revisit — normalized anew, or named by a
    ///   steward constraint that was set or removed. Triggers fill it.
    /// - `merge_queue`, `merge_event_queue`: records (and events, by rowid) whose golden records
    ///   must be rebuilt — re-clustered, re-normalized, seen again, given new or changed events,
    ///   or losing an event to another record (an order re-delivered under another account).
    ///   Triggers and the Match stage fill them; the Merge stage empties them.
    /// - `merge_state`: the survivorship fingerprint the golden records were built with.
    /// - An index on `match_pairs(record_b)`, so a record's pairs are found from either side, and
    ///   one on `golden_records(status)`, so active golden records are counted without reading them.
    /// - `files.modified_at`: the file's modification time (milliseconds since the epoch) when its
    ///   batch began, so an unchanged file is recognised without hashing it again.
    ///
    /// The triggers test for a queued row rather than `INSERT OR IGNORE`: the upserts that fire
    /// them would impose their own conflict handling on the trigger's statements.
    static func v5Incremental(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE record_block_keys (record_id INTEGER PRIMARY KEY, keys BLOB NOT NULL) STRICT;
                CREATE TABLE match_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1), model_version INTEGER NOT NULL,
                    fingerprint TEXT NOT NULL, run_id INTEGER, updated_at TEXT NOT NULL) STRICT;
                CREATE TABLE merge_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL, run_id INTEGER,
                    updated_at TEXT NOT NULL) STRICT;
                CREATE TABLE match_queue (record_id INTEGER PRIMARY KEY) STRICT;
                CREATE TABLE merge_queue (record_id INTEGER PRIMARY KEY) STRICT;
                CREATE TABLE merge_event_queue (event_id INTEGER PRIMARY KEY) STRICT;
                CREATE INDEX match_pairs_on_record_b ON match_pairs (record_b);
                CREATE INDEX golden_records_on_status ON golden_records (status);
                ALTER TABLE files ADD COLUMN modified_at INTEGER;

                CREATE TRIGGER normalized_records_queue AFTER INSERT ON normalized_records
                BEGIN
                    INSERT INTO match_queue (record_id) SELECT new.record_id WHERE NOT EXISTS (SELECT 1 FROM match_queue WHERE record_id = new.record_id);
                    INSERT INTO merge_queue (record_id) SELECT new.record_id WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE record_id = new.record_id);
                END;
                CREATE TRIGGER match_constraints_queue_inserted AFTER INSERT ON match_constraints
                BEGIN
                    INSERT INTO match_queue (record_id) SELECT new.record_a WHERE NOT EXISTS (SELECT 1 FROM match_queue WHERE record_id = new.record_a);
                    INSERT INTO match_queue (record_id) SELECT new.record_b WHERE NOT EXISTS (SELECT 1 FROM match_queue WHERE record_id = new.record_b);
                END;
                CREATE TRIGGER match_constraints_queue_updated AFTER UPDATE ON match_constraints
                BEGIN
                    INSERT INTO match_queue (record_id) SELECT new.record_a WHERE NOT EXISTS (SELECT 1 FROM match_queue WHERE record_id = new.record_a);
                    INSERT INTO match_queue (record_id) SELECT new.record_b WHERE NOT EXISTS (SELECT 1 FROM match_queue WHERE record_id = new.record_b);
                END;
                CREATE TRIGGER match_constraints_queue_deleted AFTER DELETE ON match_constraints
                BEGIN
                    INSERT INTO match_queue (record_id) SELECT old.record_a WHERE NOT EXISTS (SELECT 1 FROM match_queue WHERE record_id = old.record_a);
                    INSERT INTO match_queue (record_id) SELECT old.record_b WHERE NOT EXISTS (SELECT 1 FROM match_queue WHERE record_id = old.record_b);
                END;
                CREATE TRIGGER source_records_merge_queue AFTER UPDATE ON source_records
                BEGIN
                    INSERT INTO merge_queue (record_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE record_id = new.id);
                END;
                CREATE TRIGGER events_merge_queue_inserted AFTER INSERT ON events
                BEGIN
                    INSERT INTO merge_event_queue (event_id) SELECT new.rowid WHERE NOT EXISTS (SELECT 1 FROM merge_event_queue WHERE event_id = new.rowid);
                END;
                CREATE TRIGGER events_merge_queue_updated AFTER UPDATE ON events
                BEGIN
                    INSERT INTO merge_event_queue (event_id) SELECT new.rowid WHERE NOT EXISTS (SELECT 1 FROM merge_event_queue WHERE event_id = new.rowid);
                    INSERT INTO merge_queue (record_id) SELECT r.id FROM source_records r
                    WHERE r.source = old.subject_source AND r.key = old.subject_key
                        AND (old.subject_source IS NOT new.subject_source OR old.subject_key IS NOT new.subject_key)
                        AND NOT EXISTS (SELECT 1 FROM merge_queue WHERE record_id = r.id);
                END;
                """)
    }
}
