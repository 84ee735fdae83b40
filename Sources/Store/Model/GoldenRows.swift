import GRDB
import GoldenCore

/// A golden record as the Merge stage writes it: created, or changed since it was stored.
public struct GoldenRow: Hashable, Sendable {
    /// The golden id's sequence (its mint order).
    public var sequence: Int64
    /// The opaque id text (`G` and eight characters).
    public var goldenID: String
    public var recordCount: Int
    /// The golden record, as JSON.
    public var record: String
    /// The roll-up of the person's events, as JSON.
    public var history: String
    /// A 64-bit hash of `record` and `history`: equal hashes mean nothing changed.
    public var contentHash: Int64
    /// The compact facts Quality and Engage read (`golden_facts`), to write with the record;
    /// `nil` leaves the stored facts as they are.
    public var facts: Optional<GoldenFactsBlob>
    /// The terms the steward's search finds the record by (``GoldenSearchTerm``), written in
    /// place of the stored ones whenever the row is written; `nil` derives them from `record` in
    /// SQL (``GoldenStore/searchTermsSQL``), a slower way to the same terms.
    public var searchTerms: [GoldenSearchTerm]?
    /// The record's flat export row (`golden_exports`), written whenever the row is written;
    /// `nil` drops the stored one, so that readers render the row from `record` instead.
    public var export: Optional<GoldenExportFragment>

    public init(
        sequence: Int64, goldenID: String, recordCount: Int, record: String, history: String, contentHash: Int64,
        facts: GoldenFactsBlob? = nil, searchTerms: [GoldenSearchTerm]? = nil, export: GoldenExportFragment? = nil
    ) {
        self.sequence = sequence
        self.goldenID = goldenID
        self.recordCount = recordCount
        self.record = record
        self.history = history
        self.contentHash = contentHash
        self.facts = facts
        self.searchTerms = searchTerms
        self.export = export
    }
}

/// A golden record's facts as stored: opaque bytes (their layout belongs to Pipeline) and a
/// 64-bit hash of them, which the Merge stage compares to decide whether to rewrite them.
public struct GoldenFactsBlob: Hashable, Sendable {
    public var bytes: [UInt8]
    public var hash: Int64

    public init(bytes: [UInt8], hash: Int64) {
        self.bytes = bytes
        self.hash = hash
    }
}

/// What the Merge stage compares a built golden record with: the stored record's content hash,
/// the hash of its stored facts and the layout version of its stored export fragment (each `nil`
/// when it has none).
public struct GoldenHashes: Hashable, Sendable {
    public var content: Int64
    public var facts: Optional<Int64>
    public var exportVersion: Optional<Int>

    public init(content: Int64, facts: Int64?, exportVersion: Int? = nil) {
        self.content = content
        self.facts = facts
        self.exportVersion = exportVersion
    }
}

/// A golden id retired this run, and the active id it now resolves to.
public struct GoldenRetirement: Hashable, Sendable {
    public var retired: Int64
    public var survivor: Int64
    /// Why, in words (`merged`, `absorbed after a split`…); never personal data.
    public var reason: String

    public init(retired: Int64, survivor: Int64, reason: String) {
        self.retired = retired
        self.survivor = survivor
        self.reason = reason
    }
}

/// One line of the merge log: who did what to which golden record, and why.
public struct MergeLogEntry: Hashable, Sendable {
    /// `golden` for the pipeline, else the steward's name.
    public var actor: String
    /// `create`, `merge`, `split`, `retire`, or a steward's `accept`, `reject`, `merge`, `split`.
    public var action: String
    /// The golden record acted on, by sequence.
    public var golden: Optional<Int64>
    /// The other golden record involved (the retired one of a merge, the part split off).
    public var other: Optional<Int64>
    /// How many source records moved, where that is known.
    public var records: Optional<Int>
    /// Why, in words; never personal data.
    public var reason: String

    public init(actor: String, action: String, golden: Int64?, other: Int64? = nil, records: Int? = nil, reason: String) {
        self.actor = actor
        self.action = action
        self.golden = golden
        self.other = other
        self.records = records
        self.reason = reason
    }
}

/// A stored line of the merge log.
public struct StoredMergeLogEntry: Hashable, Sendable {
    public var id: Int64
    public var runID: Optional<Int64>
    public var at: Timestamp
    public var entry: MergeLogEntry
}

extension StoredMergeLogEntry: FetchableRecord {
    /// Decodes a row of the `merge_log` table.
    public init(row: Row) throws {
        id = try row.decode(Int64.self, forColumn: "id")
        runID = try row.decode(Int64?.self, forColumn: "run_id")
        at = try row.isoTimestamp("at", table: "merge_log")
        entry = MergeLogEntry(
            actor: try row.decode(String.self, forColumn: "actor"),
            action: try row.decode(String.self, forColumn: "action"),
            golden: try row.decode(Int64?.self, forColumn: "golden"),
            other: try row.decode(Int64?.self, forColumn: "other"),
            records: try row.decode(Int?.self, forColumn: "records"),
            reason: try row.decode(String.self, forColumn: "reason"))
    }
}

/// A golden record as stored.
public struct StoredGoldenRecord: Hashable, Sendable {
    public var sequence: Int64
    public var goldenID: String
    /// `active` or `retired`.
    public var status: String
    public var recordCount: Int
    /// The golden record as JSON; `nil` once retired.
    public var record: Optional<String>
    /// The roll-up of events as JSON; `nil` once retired.
    public var history: Optional<String>
    public var createdRun: Optional<Int64>
    public var updatedRun: Optional<Int64>
    public var updatedAt: Timestamp
}

extension StoredGoldenRecord: FetchableRecord {
    /// Decodes a row of the `golden_records` table.
    public init(row: Row) throws {
        sequence = try row.decode(Int64.self, forColumn: "sequence")
        goldenID = try row.decode(String.self, forColumn: "golden_id")
        status = try row.decode(String.self, forColumn: "status")
        recordCount = try row.decode(Int.self, forColumn: "record_count")
        record = try row.decode(String?.self, forColumn: "record")
        history = try row.decode(String?.self, forColumn: "history")
        createdRun = try row.decode(Int64?.self, forColumn: "created_run")
        updatedRun = try row.decode(Int64?.self, forColumn: "updated_run")
        updatedAt = try row.isoTimestamp("updated_at", table: "golden_records")
    }
}

/// What writing a Merge stage's results changed.
public struct MergeWriteChanges: Hashable, Sendable, Codable {
    /// Golden records minted.
    public var created = 0
    /// Stored golden records whose content or members changed.
    public var updated = 0
    /// Golden ids retired (merged into another, or left without records).
    public var retired = 0
    /// The conflict items of the review queue.
    public var reviews = ReviewQueueChanges()

    public init() {}
}
