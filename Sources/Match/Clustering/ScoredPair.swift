/// A candidate pair as the model scored it: its comparison levels, its total match weight and
/// the match probability that weight gives.
public struct ScoredPair: Hashable, Sendable {
    public var pair: RecordPair
    public var vector: ComparisonVector
    /// The log₂ Bayes factor of the pair's levels, prior included.
    public var weight: Double
    /// The posterior match probability, in 0…1.
    public var probability: Double

    public init(pair: RecordPair, vector: ComparisonVector, weight: Double, probability: Double) {
        self.pair = pair
        self.vector = vector
        self.weight = weight
        self.probability = probability
    }
}

/// Where a scored pair falls against the ``Thresholds``.
public enum PairBand: String, Codable, Sendable, CaseIterable {
    /// Joined automatically (unless a guard refuses the merge).
    case match
    /// Queued for a data steward.
    case review
    case nonMatch = "non_match"
}
