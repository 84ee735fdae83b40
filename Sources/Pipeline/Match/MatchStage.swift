import Foundation
import GoldenCore
import Match
import Store

/// The Match stage over the store: the normalized records become candidate pairs (blocking),
/// scored pairs (the saved Fellegi–Sunter model, trained first when there is none or it no
/// longer fits the comparisons) and clusters, written back with the review items.
///
/// Each run re-resolves every record, so the clusters always reflect all the data and the
/// current settings.
public struct MatchStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let threads: Int
    public let progress: ProgressLog
    /// Train a new model even when a fitting one is saved.
    public var retrain = false

    public init(config: WorkspaceConfig, store: GoldenStore, threads: Int, progress: ProgressLog = .silent, retrain: Bool = false) {
        self.config = config
        self.store = store
        self.threads = max(1, threads)
        self.progress = progress
        self.retrain = retrain
    }

    var settings: MatchSettings { config.match }

    public func run(runID: Int64) throws(GoldenError) -> MatchSummary {
        var clock = StepClock()
        var summary = MatchSummary()
        let records = try loadRecords()
        summary.records = records.count
        clock.lap("load", into: &summary.timings)
        progress.note("match: \(records.count) records")

        let candidates = Blocker(rules: settings.blocking, maxBlockSize: settings.maxBlockSize)
            .candidates(in: records, threads: threads)
        summary.candidatePairs = candidates.pairs.count
        summary.blocking = candidates.rules
        summary.warnings = candidates.warnings
        clock.lap("block", into: &summary.timings)

        let (version, model, trained) = try model(for: records, runID: runID)
        summary.modelVersion = version
        summary.trained = trained
        summary.prior = model.prior
        clock.lap("train", into: &summary.timings)

        let table = ScoringTable(records: records, comparisons: settings.comparisons, threads: threads)
        let scorer = Scorer(model: model, comparisons: settings.comparisons, termFrequencies: table.termFrequencies())
        let clusterer = Clusterer(
            thresholds: settings.thresholds, settings: settings.clustering.confident(under: model),
            comparisons: settings.comparisons, scorer: scorer)
        let scored = table.weighed(by: scorer).score(candidates.pairs, keepFrom: settings.thresholds.review, threads: threads)
        clock.lap("score", into: &summary.timings)

        let clustering = clusterer.cluster(records: records, pairs: scored, constraints: try stewardConstraints(for: records))
        summary.clustering = clustering.statistics
        clock.lap("cluster", into: &summary.timings)

        var pairs: [StoredMatchPair] = []
        pairs.reserveCapacity(scored.count)
        for pair in scored {
            let band = clusterer.band(of: pair)
            switch band {
            case .match: summary.matchPairs += 1
            case .review: summary.reviewPairs += 1
            case .nonMatch: continue
            }
            pairs.append(
                StoredMatchPair(
                    recordA: records[pair.pair.first].id, recordB: records[pair.pair.second].id,
                    probability: pair.probability, weight: pair.weight,
                    vector: Int64(bitPattern: pair.vector.raw), band: band.rawValue))
        }
        let clusters = records.indices.map { (recordID: records[$0].id, clusterID: records[Int(clustering.clusterOf[$0])].id) }
        let reviews = clustering.reviews.map { review in
            NewReviewItem(
                kind: review.kind.rawValue, recordA: records[review.pair.first].id,
                recordB: records[review.pair.second].id, probability: review.probability, reason: review.reason)
        }
        summary.reviewItems = reviews.count
        try store.replaceMatchResults(runID: runID, pairs: pairs, clusters: clusters, reviews: reviews, at: .now)
        clock.lap("write", into: &summary.timings)
        summary.seconds = clock.total
        return summary
    }

    /// The saved model when it fits the comparisons (and no retraining was asked for), else a
    /// newly trained and saved one.
    func model(for records: [MatchRecord], runID: Int64?) throws(GoldenError) -> (Int64, MatchModel, Bool) {
        if !retrain, let saved = try store.latestMatchModel(), let model = MatchModelJSON.decode(saved.json),
            model.fits(settings.comparisons)
        {
            return (saved.version, model, false)
        }
        let model = train(records)
        let version = try store.saveMatchModel(
            json: MatchModelJSON.encode(model), fingerprint: model.fingerprint, runID: runID, at: .now)
        return (version, model, true)
    }

    /// A model fitted on `records`: u by random sampling, m by EM on each training rule's pairs,
    /// the prior from the deterministic rules.
    public func train(_ records: [MatchRecord]) -> MatchModel {
        let sessionLimit = 2_000_000
        let sessions = settings.training.rules.map { rule in
            TrainingSession(
                rule: rule,
                pairs: Blocker(rules: [rule], maxBlockSize: settings.maxBlockSize).pairs(of: rule, in: records, limit: sessionLimit))
        }
        let deterministic = Blocker(rules: settings.deterministic, maxBlockSize: settings.maxBlockSize)
            .candidates(in: records, threads: threads).pairs
        return Trainer(
            comparisons: settings.comparisons, settings: settings.training,
            deterministicRecall: settings.deterministicRecall
        ).train(
            records: records, sessions: sessions, deterministicPairs: deterministic.count, knownMatches: deterministic,
            threads: threads)
    }
}

/// Wall-clock laps of a stage's steps (Match, Merge).
struct StepClock {
    let started = ContinuousClock.now
    var last = ContinuousClock.now

    /// Records the seconds since the last lap under `name` in `timings`.
    mutating func lap(_ name: String, into timings: inout [String: Double]) {
        let now = ContinuousClock.now
        timings[name] = (now - last).seconds
        last = now
    }

    var total: Double { (ContinuousClock.now - started).seconds }
}
