import GRDB
import GoldenCore

extension GoldenStore {
    /// Saves a trained match model as a new version and returns that version.
    ///
    /// - Parameters:
    ///   - json: The model as JSON text.
    ///   - fingerprint: What the model was trained from, to tell later whether it is current.
    ///   - runID: The run that trained it, if any.
    /// - Throws: ``GoldenError`` when `json` is not valid JSON or there is no run `runID`.
    public func saveMatchModel(
        json: String, fingerprint: String, runID: Int64?, at time: Timestamp
    ) throws(GoldenError) -> Int64 {
        try writeTransaction("Could not save a match model") { db in
            try db.execute(
                sql: "INSERT INTO match_models (created_at, run_id, fingerprint, model) VALUES (?, ?, ?, ?)",
                arguments: [time.iso8601, runID, fingerprint, json])
            return db.lastInsertedRowID
        }
    }

    /// The most recent match model, if one was saved.
    public func latestMatchModel() throws(GoldenError) -> StoredMatchModel? {
        try readSnapshot("Could not read the latest match model") { db in
            try StoredMatchModel.fetchOne(db, sql: "SELECT * FROM match_models ORDER BY version DESC LIMIT 1")
        }
    }

    /// Match model `version`, if there is one.
    public func matchModel(version: Int64) throws(GoldenError) -> StoredMatchModel? {
        try readSnapshot("Could not read match model \(version)") { db in
            try StoredMatchModel.fetchOne(db, sql: "SELECT * FROM match_models WHERE version = ?", arguments: [version])
        }
    }

    /// Every saved match model, oldest first.
    public func matchModels() throws(GoldenError) -> [StoredMatchModel] {
        try readSnapshot("Could not read the match models") { db in
            try StoredMatchModel.fetchAll(db, sql: "SELECT * FROM match_models ORDER BY version")
        }
    }
}
