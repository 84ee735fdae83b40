import Foundation
import GoldenCore
import Match
import Store

/// The Match stage over the store: the normalized records become candidate pairs (blocking),
/// scored pairs (the saved Fellegi–Sunter model, trained first when there is none or it no
/// longer fits the comparisons) and clusters, written back with the review items.
///
/// A run is **incremental** when it can be: only the records on the match queue (new,
/// re-normalized, or named by a changed steward constraint) are blocked against the blocking
/// index kept in the store and scored, and only the components of linked records around them are
/// clustered again — giving exactly the pairs, clusters and review items a full run would, since
/// a pair's score depends on the two records and the model alone (its term frequencies included)
/// and clustering works component by component. A run is **full** — every record re-resolved,
/// the index rebuilt — on a store's first match, with a new model, after the blocking, comparison,
/// threshold or clustering settings changed, when a block crossed the size limit, when most
/// records changed, and on `golden rebuild`.
public struct MatchStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let threads: Int
    public let progress: ProgressLog
    /// Train a new model even when a fitting one is saved (a full run).
    public var retrain = false
    /// Re-resolve every record even when an incremental run could do (`golden rebuild`).
    public var full = false

    public init(
        config: WorkspaceConfig, store: GoldenStore, threads: Int, progress: ProgressLog = .silent, retrain: Bool = false,
        full: Bool = false
    ) {
        self.config = config
        self.store = store
        self.threads = max(1, threads)
        self.progress = progress
        self.retrain = retrain
        self.full = full
    }

    var settings: MatchSettings { config.match }

    public func run(runID: Int64) throws(GoldenError) -> MatchSummary {
        var reason = full ? "asked for (rebuild)" : retrain ? "retraining the model" : nil
        if reason == nil {
            switch try runIncremental(runID: runID) {
            case .done(let summary): return summary
            case .full(let why): reason = why
            }
        }
        var summary = try runFull(runID: runID)
        summary.fullReason = reason
        return summary
    }

    /// Re-resolves every record: blocks, scores and clusters them all and rebuilds the index.
    ///
    /// What is large — the records, the candidate pairs, the scoring table (built once, for
    /// training and scoring), the scored pairs — is let go as soon as the steps after it no
    /// longer need it, the records themselves before
    /// the write, so that the peak stays with the records and one step's working set.
    func runFull(runID: Int64) throws(GoldenError) -> MatchSummary {
        var clock = StepClock()
        var summary = MatchSummary()
        var records = try loadRecords()
        summary.records = records.count
        summary.changedRecords = records.count
        summary.reclusteredRecords = records.count
        clock.lap("load", into: &summary.timings)
        progress.note("match: \(records.count) records")

        let blocker = Blocker(rules: settings.blocking, maxBlockSize: settings.maxBlockSize)
        var candidates = blocker.candidates(in: records, threads: threads)
        summary.candidatePairs = candidates.pairs.count
        summary.blocking = candidates.rules
        summary.warnings = candidates.warnings
        clock.lap("block", into: &summary.timings)

        // One scoring table for training (when the model is trained) and for scoring.
        var table = Optional(ScoringTable(records: records, comparisons: settings.comparisons, threads: threads))
        let chosen = try model(for: table!, runID: runID)
        summary.modelVersion = chosen.version
        summary.trained = chosen.trained
        summary.prior = chosen.model.prior
        clock.lap("train", into: &summary.timings)

        let scorer = Scorer(model: chosen.model, comparisons: settings.comparisons, termFrequencies: chosen.termFrequencies)
        let clusterer = clusterer(model: chosen.model, scorer: scorer)
        var scored = table!.weighed(by: scorer).score(candidates.pairs, keepFrom: settings.thresholds.review, threads: threads)
        table = nil
        candidates.pairs = []
        clock.lap("score", into: &summary.timings)

        let clustering = clusterer.cluster(records: records, pairs: scored, constraints: try stewardConstraints(for: records))
        summary.clustering = clustering.statistics
        clock.lap("cluster", into: &summary.timings)

        let pairs = storedPairs(scored, records: records, clusterer: clusterer, summary: &summary)
        scored = []
        let clusters = records.indices.map { (recordID: records[$0].id, clusterID: records[Int(clustering.clusterOf[$0])].id) }
        let reviews = Self.reviewItems(clustering.reviews, records: records)
        summary.reviewItems = reviews.count
        let index = blockIndex(of: records, blocker: blocker)
        records = []
        clock.lap("index", into: &summary.timings)
        try store.replaceMatchResults(
            runID: runID, pairs: pairs, clusters: clusters, reviews: reviews, at: .now, index: index,
            state: MatchState(modelVersion: chosen.version, fingerprint: settingsFingerprint))
        clock.lap("write", into: &summary.timings)
        summary.seconds = clock.total
        return summary
    }

    /// The clusterer of the settings under `model`.
    func clusterer(model: MatchModel, scorer: Scorer) -> Clusterer {
        Clusterer(
            thresholds: settings.thresholds, settings: settings.clustering.confident(under: model),
            comparisons: settings.comparisons, scorer: scorer)
    }

    /// The scored pairs in the match and review bands, by record ids, counted into `summary`.
    func storedPairs(
        _ scored: [ScoredPair], records: [MatchRecord], clusterer: Clusterer, summary: inout MatchSummary
    ) -> [StoredMatchPair] {
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
        return pairs
    }

    /// The clusterer's review candidates as review items, by record ids.
    static func reviewItems(_ reviews: [ReviewCandidate], records: [MatchRecord]) -> [NewReviewItem] {
        reviews.map { review in
            NewReviewItem(
                kind: review.kind.rawValue, recordA: records[review.pair.first].id,
                recordB: records[review.pair.second].id, probability: review.probability, reason: review.reason)
        }
    }

    /// Every record's block keys, for the store's blocking index: taken a stretch of records at
    /// a time, so that only the flat index and one stretch's keys are in memory at once.
    func blockIndex(of records: [MatchRecord], blocker: Blocker) -> BlockIndexSnapshot {
        var index = BlockIndexSnapshot()
        let stretch = 65_536
        for start in stride(from: 0, to: records.count, by: stretch) {
            let range = start..<min(records.count, start + stretch)
            let keys = blocker.blockKeys(of: records, in: range, threads: threads)
            for position in range {
                let recordKeys = keys.keys(of: position - start)
                if !recordKeys.isEmpty { index.append(recordID: records[position].id, keys: recordKeys.lazy.map(Self.stored)) }
            }
        }
        return index
    }

    /// A block key as the store keeps it.
    static func stored(_ key: RecordBlockKeys.Key) -> StoredBlockKey {
        StoredBlockKey(rule: key.rule, key: Int64(bitPattern: key.hash))
    }

    /// A fingerprint of everything besides the model that shapes the stored pairs, clusters and
    /// index: the blocking rules and block size limit (and the block-key hash version), the
    /// comparisons, the thresholds and the clustering settings.
    var settingsFingerprint: String {
        let parts: [String] = [
            "golden-match-state/1", "keys \(Blocker.keyVersion)", "max \(settings.maxBlockSize)",
            settings.blocking.map { "\($0.name)=\($0.keys.map(\.description))" }.joined(separator: ";"),
            MatchModel.fingerprint(of: settings.comparisons), String(describing: settings.thresholds),
            String(describing: settings.clustering),
        ]
        return SHA256.hex(Array(parts.joined(separator: "\u{1E}").utf8))
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
