/// A trained Fellegi–Sunter model: the prior probability that two records match, and the m and
/// u probabilities of every level of every comparison.
///
/// m is the probability of a level among matching pairs, u among non-matching ones; a level's
/// weight is log₂(m / u). The model belongs to the comparisons it was trained for: its
/// ``fingerprint`` hashes their names, attributes, levels and term-frequency flags, and
/// ``fits(_:)`` refuses any other list. It is stored in the database and printed as JSON with
/// snake_case keys (``formatVersion`` says which layout).
///
/// ```swift
/// let model = Trainer(comparisons: set, settings: settings.training, deterministicRecall: 0.8)
///     .train(records: records, sessions: sessions, deterministicPairs: 412)
/// model.fits(set)  // true
/// model.comparisons[0].levels[0]  // given_name exact: m 0.91, u 0.004
/// ```
public struct MatchModel: Codable, Hashable, Sendable {
    /// The layout this version of Golden writes.
    public static let formatVersion = 1

    /// The layout of this model.
    public var formatVersion: Int = MatchModel.formatVersion
    /// SHA-256 of the comparisons the model was trained for (see ``fingerprint(of:)``).
    public var fingerprint: String
    /// λ: the probability that two records drawn at random match.
    public var prior: Double
    /// The parameters of each comparison, in the comparisons' order.
    public var comparisons: [ComparisonParameters]
    /// How the model was trained.
    public var training: TrainingReport

    /// Whether the model was trained for exactly these comparisons (same names, attributes,
    /// levels and term-frequency flags, in the same order) and in this version's layout.
    ///
    /// - Complexity: O(*L*) in the number of levels (one hash).
    public func fits(_ comparisons: ComparisonSet) -> Bool {
        formatVersion == Self.formatVersion && fingerprint == Self.fingerprint(of: comparisons)
            && self.comparisons.count == comparisons.count
            && zip(self.comparisons, comparisons.comparisons).allSatisfy { $0.levels.count == $1.levelCount }
    }

    /// The weight of the prior, log₂(λ / (1 − λ)).
    public var priorWeight: Double { MatchWeight.priorWeight(prior) }
}

/// The parameters of one comparison.
public struct ComparisonParameters: Codable, Hashable, Sendable {
    /// The comparison's name (`given_name`).
    public var name: String
    public var attribute: MatchAttribute
    /// Whether exact matches are weighed by term frequency.
    public var termFrequency: Bool
    /// One per level, from the strictest to `else`.
    public var levels: [LevelParameters]
    /// Random pairs with a value on both sides that u was estimated from (0: u is untrained).
    public var uPairs: Int = 0
    /// Pairs, over the training sessions that estimated m, that m was estimated from (0: m is
    /// untrained).
    public var mPairs: Int = 0
}

/// The m and u probabilities of one level.
public struct LevelParameters: Codable, Hashable, Sendable {
    /// The level's name (`exact`, `jaro_winkler>=0.92`, `else`).
    public var name: String
    /// The probability of the level among matching pairs.
    public var m: Double
    /// The probability of the level among non-matching pairs.
    public var u: Double
    /// Random pairs at this level in the u sample.
    public var uCount: Int = 0

    /// The level's weight, log₂(m / u).
    public var weight: Double { MatchWeight.weight(m: m, u: u) }
}
