import GRDB
import GoldenCore

extension GoldenStore {
    /// Records the start of a run and returns its id. The run's status is ``RunStatus/running``
    /// until ``finishRun(_:status:summaryJSON:at:)``.
    public func beginRun(command: String, at time: Timestamp) throws(GoldenError) -> Int64 {
        try writeTransaction("Could not record the start of a run") { db in
            try db.execute(
                sql: "INSERT INTO runs (command, started_at, status) VALUES (?, ?, 'running')",
                arguments: [command, time.secondsSinceEpoch])
            return db.lastInsertedRowID
        }
    }

    /// Records how run `id` ended, with its machine-readable summary (JSON text).
    ///
    /// - Throws: ``GoldenError`` when there is no such run or `summaryJSON` is not valid JSON.
    public func finishRun(
        _ id: Int64, status: RunStatus, summaryJSON: String, at time: Timestamp
    ) throws(GoldenError) {
        try writeTransaction("Could not record the end of run \(id)") { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE id = ?",
                arguments: [time.secondsSinceEpoch, status.rawValue, summaryJSON, id])
            guard db.changesCount == 1 else { throw GoldenError(.store, "There is no run \(id)") }
        }
    }

    /// The latest `limit` runs, most recent first.
    public func recentRuns(limit: Int) throws(GoldenError) -> [StoredRun] {
        try readSnapshot("Could not read the run history") { db in
            try StoredRun.fetchAll(
                db, sql: "SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT ?",
                arguments: [limit])
        }
    }

    /// The run `id`, if there is one.
    public func run(_ id: Int64) throws(GoldenError) -> StoredRun? {
        try readSnapshot("Could not read run \(id)") { db in
            try StoredRun.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id])
        }
    }
}
