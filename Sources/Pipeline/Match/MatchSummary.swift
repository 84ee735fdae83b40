import Match

/// What the Match stage did in a run: the `match` object of the run's JSON summary.
public struct MatchSummary: Codable, Sendable {
    /// `full` (every record re-resolved) or `incremental` (only the queued records and the
    /// clusters around them).
    public var mode = "full"
    /// Why a run re-resolved everything (a new model, changed settings, …); `nil` when incremental.
    public var fullReason: String?
    /// Records taken off the match queue (incremental runs): new, re-normalized, or named by a
    /// changed steward constraint.
    public var changedRecords = 0
    /// Records whose clusters were worked out again (incremental runs).
    public var reclusteredRecords = 0
    /// Records matched: all of them in a full run; the changed records and those they were
    /// scored against in an incremental one.
    public var records = 0
    public var candidatePairs = 0
    public var blocking: [BlockingStatistics] = []
    /// Oversized blocks skipped, by rule; no values.
    public var warnings: [String] = []
    /// The model version used, and whether this run trained it.
    public var modelVersion: Int64 = 0
    public var trained = false
    public var prior: Double = 0
    public var matchPairs = 0
    public var reviewPairs = 0
    public var clustering: ClusteringStatistics?
    public var reviewItems = 0
    public var seconds: Double = 0
    /// Seconds per step: load, block, train, score, cluster, write.
    public var timings: [String: Double] = [:]

    enum CodingKeys: String, CodingKey {
        case mode, fullReason = "full_reason", changedRecords = "changed_records", reclusteredRecords = "reclustered_records"
        case records, candidatePairs = "candidate_pairs", blocking, warnings, modelVersion = "model_version"
        case trained, prior, matchPairs = "match_pairs", reviewPairs = "review_pairs", clustering
        case reviewItems = "review_items", seconds, timings
    }

    /// A few lines for the terminal.
    public var text: String {
        var lines: [String] = []
        if mode == "incremental" {
            lines.append(
                "matched \(changedRecords) changed records against \(records - changedRecords) stored ones: "
                    + "\(candidatePairs) candidate pairs, \(matchPairs) auto-matched, \(reviewPairs) for review; "
                    + "\(reclusteredRecords) records re-clustered; model v\(modelVersion)")
        } else {
            lines.append(
                "matched \(records) records: \(candidatePairs) candidate pairs, \(matchPairs) auto-matched, "
                    + "\(reviewPairs) for review; model v\(modelVersion)\(trained ? " (trained this run)" : "")"
                    + (fullReason.map { " — full re-resolution: \($0)" } ?? ""))
        }
        if let clustering {
            lines.append(
                "clusters \(clustering.clusters) (\(clustering.singletons) single records, largest \(clustering.largestCluster)); "
                    + "review items \(reviewItems)")
        }
        lines.append(contentsOf: warnings)
        return lines.joined(separator: "\n")
    }
}
