/// How a ``MatchModel`` was trained: the data it saw and what each EM session did. Counts only,
/// never values.
public struct TrainingReport: Codable, Hashable, Sendable {
    /// Records trained on.
    public var records: Int = 0
    /// Pairs of those records, *n*(*n* − 1) / 2.
    public var totalPairs: Int = 0
    /// Random pairs compared to estimate u (every pair when there are few enough).
    public var sampledPairs: Int = 0
    /// Pairs found by the deterministic rules, which set the prior.
    public var deterministicPairs: Int = 0
    /// The share of true matches the deterministic rules are assumed to find.
    public var deterministicRecall: Double = 1
    /// One per training session, in order.
    public var sessions: [TrainingSessionReport] = []
}

/// One EM session: the pairs of one blocking rule, from which m was estimated for the
/// comparisons the rule does not block on.
public struct TrainingSessionReport: Codable, Hashable, Sendable {
    /// The blocking rule's name.
    public var rule: String
    /// Candidate pairs in the session.
    public var pairs: Int
    /// EM iterations run.
    public var iterations: Int
    /// Whether EM stopped because no parameter moved by more than the tolerance (rather than at
    /// the iteration limit).
    public var converged: Bool
    /// The comparisons whose m the session estimated (not blocked on, and with a value on both
    /// sides of at least one pair).
    public var estimatedComparisons: [String]
    /// The share of the session's pairs that EM finished believing to be matches.
    public var finalLambda: Double
}
