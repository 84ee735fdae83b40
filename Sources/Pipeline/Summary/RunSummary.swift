import GoldenCore

/// The machine-readable summary of a run, printed with `--json` and kept in run history.
/// Versioned: tools reading it check `schemaVersion`.
public struct RunSummary: Codable, Sendable {
    public var schemaVersion = 1
    public var runID: Int64
    public var command: String
    public var status: String
    public var exitCode: Int32
    public var startedAt: String
    public var finishedAt: String
    public var files: [FileSummary] = []
    public var totals = Totals()
    /// The share of rows quarantined in this run, and the configured limit.
    public var quarantineShare: Double = 0
    public var quarantineLimit: Double = 0
    /// The Normalize stage's part, when the command ran it.
    public var normalize: NormalizeSummary?
    public var match: MatchSummary?
    /// The Merge stage's part, when the command ran it.
    public var merge: MergeSummary?
    /// The Quality stage's part, when the command ran it.
    public var quality: QualitySummary?
    /// The Publish stage's part, when the command ran it.
    public var publish: PublishSummary?
    /// What the Engage stage decided (`golden run` with engagement rules, `golden engage`).
    public var engage: EngageSummary?
    public var messages: [String] = []

    public struct Totals: Codable, Sendable {
        public var filesSeen = 0
        public var filesIngested = 0
        public var filesSkipped = 0
        public var filesIncomplete = 0
        public var rowsRead = 0
        public var rowsStored = 0
        public var rowsQuarantined = 0
        public var records = 0
        public var events = 0
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", runID = "run_id", command, status, exitCode = "exit_code"
        case startedAt = "started_at", finishedAt = "finished_at", files, totals
        case quarantineShare = "quarantine_share", quarantineLimit = "quarantine_limit", normalize, match, merge, quality, engage, publish, messages
    }
}

/// One file's part in a run. `rows_read = rows_stored + rows_quarantined`.
public struct FileSummary: Codable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// Read to the end.
        case ingested
        /// The same content was ingested before: nothing to do.
        case skipped
        /// The file broke off; the rows before the break were kept.
        case incomplete
    }

    public var source: String
    public var file: String
    public var status: Status
    public var batch: Int64?
    public var contentHash: String
    public var bytes: Int64
    public var rowsRead = 0
    public var rowsStored = 0
    public var rowsQuarantined = 0
    public var records = 0
    public var events = 0
    public var seconds: Double = 0
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case source, file, status, batch, contentHash = "content_hash", bytes, rowsRead = "rows_read"
        case rowsStored = "rows_stored", rowsQuarantined = "rows_quarantined", records, events, seconds, error
    }
}
