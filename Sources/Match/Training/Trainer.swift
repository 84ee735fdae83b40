/// Fits a ``MatchModel`` without labelled data, as Splink does: u from random pairs, the prior
/// from the pairs the deterministic rules find, m by expectation–maximisation over the pairs of
/// each training rule.
///
/// ```swift
/// let trainer = Trainer(comparisons: settings.comparisons, settings: settings.training,
///                       deterministicRecall: settings.deterministicRecall)
/// let model = trainer.train(records: records, sessions: sessions, deterministicPairs: 412, threads: 8)
/// ```
///
/// Training is reproducible: the u sample is drawn from ``TrainingSettings/seed`` and does not
/// depend on the number of threads, and EM sums its patterns in a fixed order.
public struct Trainer: Sendable {
    public let comparisons: ComparisonSet
    public let settings: TrainingSettings
    /// The share of true matches the deterministic rules are assumed to find.
    public let deterministicRecall: Double

    public init(comparisons: ComparisonSet, settings: TrainingSettings, deterministicRecall: Double) {
        precondition(deterministicRecall > 0 && deterministicRecall <= 1, "recall is a share in (0, 1]")
        self.comparisons = comparisons
        self.settings = settings
        self.deterministicRecall = deterministicRecall
    }

    /// A model trained on `records`.
    ///
    /// - u: from ``TrainingSettings/samplePairs`` random pairs of `records`, seeded, or every
    ///   pair when there are no more than that (see ``sampleU(records:threads:)``), each counted
    ///   by its posterior chance of being a non-match once m is known
    ///   (``USample/refine(_:tolerance:)``); m is refit when that moved u by more than 5%.
    /// - The prior: from `deterministicPairs` (see ``prior(deterministicPairs:recall:records:)``).
    /// - m: by EM in each session, u held fixed, leaving out the comparisons whose attribute the
    ///   session's rule blocks on; each comparison's m is the mean over the sessions that
    ///   estimated it, weighted by their pairs. A comparison no session estimated keeps the
    ///   untrained m (``MatchModel/untrained(_:prior:)``).
    ///
    /// - Parameters:
    ///   - sessions: pairs by positions in `records`.
    ///   - knownMatches: pairs left out of the u sample (the deterministic rules' pairs).
    ///   - threads: threads that compare pairs at once.
    /// - Complexity: O(*s* + *p*) comparisons of pairs for *s* sampled and *p* session pairs,
    ///   plus O(*i* · *v*) for *i* EM iterations over *v* distinct comparison vectors.
    public func train(
        records: [MatchRecord], sessions: [TrainingSession], deterministicPairs: Int,
        knownMatches: [RecordPair] = [], threads: Int = 1
    ) -> MatchModel {
        train(
            table: ScoringTable(records: records, comparisons: comparisons, threads: threads), sessions: sessions,
            deterministicPairs: deterministicPairs, knownMatches: knownMatches, threads: threads)
    }

    /// ``train(records:sessions:deterministicPairs:knownMatches:threads:)`` over the records of
    /// `table` (built for this trainer's comparisons): pairs are compared on the table, without
    /// copying a record per pair, with the same levels and so the same model.
    public func train(
        table: ScoringTable, sessions: [TrainingSession], deterministicPairs: Int, knownMatches: [RecordPair] = [],
        threads: Int = 1
    ) -> MatchModel {
        precondition(table.comparisons == comparisons, "the table is for other comparisons")
        let records = table.count
        let prior = Self.prior(deterministicPairs: deterministicPairs, recall: deterministicRecall, records: records)
        var start = MatchModel.untrained(comparisons, prior: prior)
        let sample = sampleU(table: table, knownMatches: knownMatches, threads: threads)
        sample.apply(to: &start)
        let compared = sessions.map { patterns(of: $0, table: table, threads: threads) }
        var model = start
        var results = compared.map { run($0, records: records, start: start) }
        combine(results, into: &model)
        // u without the matches among the random pairs; m refit on it when that moved u.
        if sample.refine(&model, tolerance: settings.tolerance) > Self.refitChange {
            for index in start.comparisons.indices {
                for level in start.comparisons[index].levels.indices {
                    start.comparisons[index].levels[level].u = model.comparisons[index].levels[level].u
                }
            }
            model = start
            results = compared.map { run($0, records: records, start: start) }
            combine(results, into: &model)
        }
        model.training = TrainingReport(
            records: records, totalPairs: Self.pairCount(records), sampledPairs: sample.pairs,
            deterministicPairs: deterministicPairs, deterministicRecall: deterministicRecall,
            sessions: results.map(\.report))
        return model
    }

    /// The prior λ: the deterministic pairs, scaled up to all true matches by the rules'
    /// recall, over all pairs — `deterministicPairs / recall / (n(n − 1) / 2)` — clamped to
    /// [1 / (n(n − 1) / 2), 0.5]; 0.5 for fewer than three records.
    ///
    /// - Complexity: O(1).
    public static func prior(deterministicPairs: Int, recall: Double, records: Int) -> Double {
        let total = Double(pairCount(records))
        guard total > 1 else { return 0.5 }
        let matches = Double(deterministicPairs) / recall
        return min(max(matches / total, 1 / total), 0.5)
    }

    /// *n*(*n* − 1) / 2.
    static func pairCount(_ records: Int) -> Int { records < 2 ? 0 : records * (records - 1) / 2 }

    /// The relative change of some u, after removing the matches among the random pairs, that
    /// makes m worth refitting (see ``USample/refine(_:tolerance:)``).
    static let refitChange = 0.05

    /// Pseudo-matches of the untrained m mixed into every comparison's estimate, so that m
    /// resting on a handful of pairs stays near its sensible start instead of swinging to 0 or 1.
    static let priorMatches = 5.0

    /// Every session's m, pooled into `model` for the comparisons some session estimated (see
    /// ``pooled(_:start:)``).
    private func combine(_ results: [SessionResult], into model: inout MatchModel) {
        for index in comparisons.comparisons.indices {
            let estimating = results.filter { $0.m[index] != nil }
            let pairs = estimating.reduce(0) { $0 + $1.report.pairs }
            guard pairs > 0 else { continue }
            let pooled = Self.pooled(
                estimating.map { (m: $0.m[index]!, support: $0.support[index]) },
                start: model.comparisons[index].levels.map(\.m))
            for level in pooled.indices { model.comparisons[index].levels[level].m = MatchWeight.clamped(pooled[level]) }
            model.comparisons[index].mPairs = pairs
        }
    }

    /// One comparison's m from several sessions' estimates: their mean weighted by each
    /// session's evidence (the expected matches with a value of the comparison), plus
    /// ``priorMatches`` pseudo-matches at the untrained m `start`.
    ///
    /// - Complexity: O(*s* · *L*) for *s* estimates of *L* levels.
    static func pooled(_ estimates: [(m: [Double], support: Double)], start: [Double]) -> [Double] {
        let support = estimates.reduce(0.0) { $0 + $1.support }
        return start.indices.map { level in
            let sum = estimates.reduce(0.0) { $0 + $1.support * $1.m[level] }
            return (sum + priorMatches * start[level]) / (support + priorMatches)
        }
    }
}
