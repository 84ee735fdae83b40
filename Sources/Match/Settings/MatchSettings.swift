/// Everything that configures the Match stage, as `Mappings/match.yml` writes it: blocking,
/// comparisons, the deterministic rules behind the prior, thresholds, clustering guards and
/// training. ``defaults`` are what Golden ships.
public struct MatchSettings: Hashable, Sendable {
    /// Candidate-pair rules, OR'ed.
    public var blocking: [BlockingRule]
    /// A block (records sharing one key of one rule) larger than this is skipped with a warning
    /// and counted: its pairs would swamp the run and say little.
    public var maxBlockSize: Int
    public var comparisons: ComparisonSet
    /// Rules whose pairs are almost surely matches: their count sets the prior.
    public var deterministic: [BlockingRule]
    /// The share of true matches the deterministic rules are assumed to find.
    public var deterministicRecall: Double
    public var thresholds: Thresholds
    public var clustering: ClusterSettings
    public var training: TrainingSettings

    public init(
        blocking: [BlockingRule], maxBlockSize: Int, comparisons: ComparisonSet,
        deterministic: [BlockingRule], deterministicRecall: Double, thresholds: Thresholds,
        clustering: ClusterSettings, training: TrainingSettings
    ) {
        self.blocking = blocking
        self.maxBlockSize = maxBlockSize
        self.comparisons = comparisons
        self.deterministic = deterministic
        self.deterministicRecall = deterministicRecall
        self.thresholds = thresholds
        self.clustering = clustering
        self.training = training
    }
}

/// Where a pair's match probability puts it.
public struct Thresholds: Hashable, Sendable {
    /// At or above: the pair is matched automatically.
    public var match: Double
    /// At or above (and below ``match``): the pair goes to the review queue.
    public var review: Double

    public init(match: Double, review: Double) {
        precondition(0 < review && review <= match && match < 1)
        self.match = match
        self.review = review
    }
}

/// Guards that keep clustering from over-merging.
public struct ClusterSettings: Hashable, Sendable {
    /// A merge that would make a cluster larger than this becomes a review item instead.
    public var maxClusterSize: Int
    /// Attributes whose confident disagreement inside a cluster forbids a merge (two different
    /// loyalty cards, two clearly different dates of birth).
    public var cannotLink: [MatchAttribute]
    /// Whether a pair whose given names clearly differ is kept out of automatic matches however
    /// much else it shares (twins, spouses, parents and children at one address and phone),
    /// unless a personal identifier agrees (``Clusterer/personalAttributes``).
    public var householdGuard: Bool

    public init(maxClusterSize: Int, cannotLink: [MatchAttribute], householdGuard: Bool) {
        self.maxClusterSize = maxClusterSize
        self.cannotLink = cannotLink
        self.householdGuard = householdGuard
    }
}

/// How the model is fitted.
public struct TrainingSettings: Hashable, Sendable {
    /// Random pairs drawn to estimate u (capped at all pairs of a small input).
    public var samplePairs: Int
    /// Rules whose pairs EM learns m from, one session each; comparisons of a rule's own
    /// attributes are left out of its session.
    public var rules: [BlockingRule]
    public var maxIterations: Int
    /// EM stops when no parameter moves by more than this.
    public var tolerance: Double
    /// Seed of the u sample, so that training is reproducible.
    public var seed: UInt64

    public init(samplePairs: Int, rules: [BlockingRule], maxIterations: Int, tolerance: Double, seed: UInt64) {
        self.samplePairs = samplePairs
        self.rules = rules
        self.maxIterations = maxIterations
        self.tolerance = tolerance
        self.seed = seed
    }
}
