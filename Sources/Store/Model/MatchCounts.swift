/// What the store holds of the Match stage, for status reports.
public struct MatchCounts: Hashable, Sendable, Codable {
    /// Model versions saved.
    public var models = 0
    /// The latest model's version, if any.
    public var latestModel: Int64?
    /// Scored pairs per band (`match`, `review`, `non_match`); bands without pairs are absent.
    public var pairsByBand: [String: Int] = [:]
    /// Records with a cluster.
    public var clusteredRecords = 0
    /// Distinct clusters.
    public var clusters = 0
    /// Review items per status (`open`, and the stewards' decisions).
    public var reviewsByStatus: [String: Int] = [:]

    public init() {}

    /// All scored pairs.
    public var pairs: Int { pairsByBand.values.reduce(0, +) }
    /// Review items awaiting a steward.
    public var openReviews: Int { reviewsByStatus["open"] ?? 0 }
}
