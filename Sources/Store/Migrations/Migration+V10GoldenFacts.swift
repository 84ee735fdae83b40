import GRDB

extension Migration {
    /// `v10-golden-facts`: a compact projection of each active golden record — what the Quality
    /// and Engage stages read of it — kept by the Merge stage in the same transaction as the
    /// record.
    ///
    /// - `golden_facts`: one row per active golden record (by sequence): its `golden_id` (so
    ///   that readers need not touch the large `golden_records` rows), `facts`, a versioned
    ///   binary blob whose layout belongs to Pipeline (`GoldenFacts`: member count, contact
    ///   profile, freshness facts, events as engagement sees them), and `hash`, a 64-bit hash of
    ///   it, which the Merge stage compares to decide whether to rewrite it. Written with every golden record built
    ///   whose facts changed, deleted when the record is retired. Stores made before this
    ///   migration get their rows on the next Merge stage (the merge fingerprint names the facts
    ///   version, so that run is a full one); until then readers fall back to the record's JSON.
    static func v10GoldenFacts(_ db: Database) throws {
        try db.create(table: "golden_facts", options: [.strict]) { t in
            t.column("sequence", .integer).primaryKey().references("golden_records")
            t.column("golden_id", .text).notNull()
            t.column("hash", .integer).notNull()
            t.column("facts", .blob).notNull()
        }
    }
}
