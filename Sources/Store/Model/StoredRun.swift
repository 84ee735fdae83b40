import GRDB
import GoldenCore

/// One pipeline run, as the store's run history keeps it.
public struct StoredRun: Hashable, Sendable {
    public var id: Int64
    /// The command that ran, e.g. `run` or `ingest`.
    public var command: String
    public var startedAt: Timestamp
    /// `nil` while the run is still going (or if its process died).
    public var finishedAt: Optional<Timestamp>
    public var status: RunStatus
    /// The machine-readable summary written when the run finished, as JSON text.
    public var summaryJSON: Optional<String>
}

extension StoredRun: FetchableRecord {
    /// Decodes a row of the `runs` table.
    public init(row: Row) throws {
        id = try row.decode(Int64.self, forColumn: "id")
        command = try row.decode(String.self, forColumn: "command")
        startedAt = try row.timestamp("started_at")
        finishedAt = try row.timestampIfPresent("finished_at")
        status = try row.enumeration(RunStatus.self, "status", table: "runs")
        summaryJSON = try row.decode(String?.self, forColumn: "summary")
    }
}
