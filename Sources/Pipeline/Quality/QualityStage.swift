import GoldenCore
import Ingest
import Merge
import Quality
import Store

/// The Quality stage over the store: judges every active golden record's freshness on an "as
/// of" date, measures each source's completeness and validity from its normalized records and
/// its files' quarantine counts, and holds them to the configured checks. ``run(runID:)``
/// stores the result for the run, so reports can show the trend; ``evaluate()`` only reads.
///
/// The maths lives in the `Quality` module; this stage streams the store into it.
///
/// ```swift
/// let stage = QualityStage(config: config, store: store, asOf: .now)
/// let summary = try stage.run(runID: run)
/// summary.failures        // one message per failed check; a failure makes the run exit 3
/// ```
public struct QualityStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let threads: Int
    public let progress: ProgressLog
    /// The date freshness is judged on.
    public let asOf: Timestamp

    public init(config: WorkspaceConfig, store: GoldenStore, threads: Int = 1, progress: ProgressLog = .silent, asOf: Timestamp) {
        self.config = config
        self.store = store
        self.threads = max(1, threads)
        self.progress = progress
        self.asOf = asOf
    }

    /// Records (golden or normalized) decoded per batch of parallel work.
    static let batchSize = 4096

    /// Evaluates the store as it is, writing nothing.
    public func evaluate() throws(GoldenError) -> QualityResult {
        var timings: [String: Double] = [:]
        return try evaluate(timings: &timings)
    }

    /// Evaluates the store, recording the seconds of its steps in `timings`: `sources` (normalized
    /// records and files measured) and `freshness` (golden records judged).
    func evaluate(timings: inout [String: Double]) throws(GoldenError) -> QualityResult {
        var clock = StepClock()
        let profiles = try measureSources()
        clock.lap("sources", into: &timings)
        var sizes: [Int: Int] = [:]
        let freshness = try judgeFreshness { sizes[$0, default: 0] += 1 }
        clock.lap("freshness", into: &timings)
        return QualityResult(
            asOf: asOf, freshness: freshness, profiles: profiles, checks: config.quality.checks, clusterSizes: sizes)
    }

    /// Evaluates the store and stores the result as run `runID`'s.
    public func run(runID: Int64) throws(GoldenError) -> QualitySummary {
        let started = ContinuousClock.now
        var timings: [String: Double] = [:]
        let result = try evaluate(timings: &timings)
        let records = result.freshness.records
        try store.writeQualityResult(
            QualityResultRow(
                runID: runID, asOf: asOf, goldenRecords: result.goldenRecords, fresh: records.fresh, warn: records.warn,
                stale: records.stale, unknown: records.unknown, dormant: result.freshness.dormant,
                checksWarned: result.warnings.count, checksFailed: result.failures.count, resultJSON: MergeJSON.encode(result)))
        var summary = QualitySummary(result, seconds: (ContinuousClock.now - started).seconds)
        summary.timings = timings
        return summary
    }

    // MARK: - Sources

    /// One profile per configured source, measuring the fields its mapping fills: from the
    /// normalized records' quality signatures counted by the store (one aggregate query), and the
    /// records stored without one decoded (see ``addNormalizedRecords(to:)``).
    func measureSources() throws(GoldenError) -> [SourceProfile] {
        var profiles: [String: SourceProfile] = [:]
        for source in config.sources {
            let fields = (source.mapping.record?.fields ?? []).compactMap { QualityField($0.attribute) }
            profiles[source.name] = SourceProfile(source: source.name, fields: fields)
        }
        try addNormalizedRecords(to: &profiles)
        for (source, counts) in try store.ingestRowCounts() {
            profiles[source]?.rowsRead = counts.read
            profiles[source]?.rowsQuarantined = counts.quarantined
        }
        return config.sources.compactMap { profiles[$0.name] }
    }

    // MARK: - Freshness

    /// Every active golden record judged and tallied from its stored facts; `size` is called with
    /// each one's record count.
    func judgeFreshness(size: (Int) -> Void) throws(GoldenError) -> FreshnessTally {
        let evaluator = FreshnessEvaluator(settings: config.quality.freshness, sourceKinds: config.sourceKinds, asOf: asOf)
        var tally = FreshnessTally()
        var batch: [StoredGoldenFacts] = []
        func flush() throws(GoldenError) {
            let judged = NormalizeStage.process(batch, threads: threads) { (stored) throws(GoldenError) in
                let (count, facts) = try Self.facts(of: stored)
                return (count, evaluator.evaluate(facts))
            }
            batch.removeAll(keepingCapacity: true)
            for result in judged {
                let (count, freshness) = try result.get()
                size(count)
                tally.add(freshness, asOf: asOf)
            }
        }
        try readingStore("the golden facts") {
            try store.forEachGoldenFacts { stored in
                batch.append(stored)
                if batch.count == Self.batchSize { try flush() }
            }
        }
        try flush()
        return tally
    }

    /// The member count and freshness facts of a stored golden record: from its stored facts,
    /// else (a store not merged since facts were added) from its JSON.
    static func facts(of stored: StoredGoldenFacts) throws(GoldenError) -> (recordCount: Int, facts: FreshnessFacts) {
        do throws(GoldenError) {
            switch stored.stored {
            case .facts(let bytes):
                return try GoldenFacts.freshness(encoded: bytes)
            case .json(let count, let record, let history, _):
                guard let record else { return (count, FreshnessFacts(preferred: [], latestAssertion: nil, lastEvent: nil)) }
                return (count, try FreshnessFacts(recordJSON: record, historyJSON: history))
            }
        } catch {
            throw GoldenError(.store, "Malformed golden record \(stored.goldenID) in the store (\(error.message))")
        }
    }
}
