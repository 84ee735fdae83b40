/// Why a pair scored what it did, comparison by comparison: what `golden explain --pair A B`
/// prints, as text (``text``) or JSON (snake_case keys).
///
/// It holds levels, probabilities and weights only — never the records' values — so it can be
/// shown and logged without personal data. ``totalWeight`` is the prior's weight plus every
/// comparison's weight and term-frequency adjustment, and equals the ``PairScore/weight`` of the
/// same pair.
public struct PairExplanation: Codable, Hashable, Sendable {
    /// λ, the model's prior.
    public var prior: Double
    /// log₂(λ / (1 − λ)).
    public var priorWeight: Double
    /// One per comparison, in the model's order.
    public var comparisons: [ComparisonExplanation]
    public var totalWeight: Double
    public var probability: Double
}

/// One comparison of an explained pair: the level the records are at and what it weighs.
public struct ComparisonExplanation: Codable, Hashable, Sendable {
    /// The comparison's name.
    public var name: String
    public var attribute: MatchAttribute
    /// The level's name, or `missing` when either record lacks the value.
    public var level: String
    /// The level's index; `nil` when missing.
    public var levelIndex: Int?
    /// m and u of the level; `nil` when missing.
    public var m: Double?
    public var u: Double?
    /// log₂(m / u); 0 when missing.
    public var weight: Double = 0
    /// The weight a term frequency added to an exact match; `nil` without one.
    public var termFrequencyAdjustment: Double?
    /// The value frequency that adjustment used.
    public var termFrequency: Double?

    /// The comparison's whole contribution: its weight plus any term-frequency adjustment.
    public var totalWeight: Double { weight + (termFrequencyAdjustment ?? 0) }
}
