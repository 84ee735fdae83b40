/// The score of one pair of records: the level of every comparison, the total weight, and the
/// probability of a match.
public struct PairScore: Hashable, Sendable {
    /// The level of every comparison.
    public var vector: ComparisonVector
    /// log₂ of the posterior odds: the prior's weight plus every level's weight (term-frequency
    /// adjustments included); missing comparisons add 0.
    public var weight: Double
    /// The probability that the records match, 2ʷ / (1 + 2ʷ).
    public var probability: Double
}
