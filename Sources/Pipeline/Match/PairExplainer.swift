import GoldenCore
import Match
import Store
import Synchronization

/// `golden explain --pair A B`: why two records are (not) one person under the saved model —
/// each comparison's level and weight, the total and the probability, the band the thresholds
/// put the pair in and whether the current clustering joined them.
public struct PairExplainer {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    /// Keeps the scorer (with every stored record's term frequencies) between pairs; `nil` builds
    /// it for each pair.
    public let cache: PairExplainerCache?

    public init(config: WorkspaceConfig, store: GoldenStore, cache: PairExplainerCache? = nil) {
        self.config = config
        self.store = store
        self.cache = cache
    }

    /// The explanation of the pair `a`, `b`.
    ///
    /// - Parameter showValues: include each record's compared values (personal data).
    /// - Throws: `notFound` for a record that is not stored or not normalized yet, `config`
    ///   when no model fits the configured comparisons (run `golden train`).
    public func explain(_ a: RecordRef, _ b: RecordRef, showValues: Bool) throws(GoldenError) -> PairReport {
        let settings = config.match
        guard let saved = try store.latestMatchModel(), let (model, savedFrequencies) = MatchModelJSON.decodeWithFrequencies(saved.json),
            model.fits(settings.comparisons)
        else {
            throw GoldenError(.notFound, "no trained match model fits the comparisons in the match settings; run 'golden train' or 'golden run'")
        }
        let first = try matchRecord(a)
        let second = try matchRecord(b)
        let key = "\(saved.version) \(try store.recentRuns(limit: 1).first?.id ?? 0)"
        let scorer: Scorer, clusterer: Clusterer
        if let kept = cache?.prepared(for: key) {
            (scorer, clusterer) = kept
        } else {
            // The frequencies saved with the model, as every run scores with; a model saved
            // without them gets those of the records stored now, as the next run will.
            let frequencies: TermFrequencies
            if let savedFrequencies, savedFrequencies.fits(settings.comparisons) {
                frequencies = savedFrequencies
            } else {
                let records = try MatchStage(config: config, store: store, threads: 1).loadRecords()
                frequencies = TermFrequencies(records: records, comparisons: settings.comparisons)
            }
            scorer = Scorer(model: model, comparisons: settings.comparisons, termFrequencies: frequencies)
            clusterer = Clusterer(
                thresholds: settings.thresholds, settings: settings.clustering.confident(under: model),
                comparisons: settings.comparisons, scorer: scorer)
            cache?.keep(scorer, clusterer, for: key)
        }
        let explanation = scorer.explain(first, second)
        let score = scorer.score(first, second)
        let band = clusterer.band(
            of: ScoredPair(pair: RecordPair(0, 1), vector: score.vector, weight: score.weight, probability: score.probability))
        let clusterA = try store.clusterID(recordID: first.id)
        let clusterB = try store.clusterID(recordID: second.id)
        var report = PairReport(
            a: a, b: b, modelVersion: saved.version, band: band.rawValue,
            sameCluster: clusterA.flatMap { x in clusterB.map { x == $0 } }, explanation: explanation)
        if showValues {
            report.values = settings.comparisons.comparisons.map { comparison in
                PairReport.Values(
                    comparison: comparison.name, a: first.displayValue(comparison.attribute),
                    b: second.displayValue(comparison.attribute))
            }
        }
        return report
    }

    private func matchRecord(_ ref: RecordRef) throws(GoldenError) -> MatchRecord {
        guard let id = try store.recordID(source: ref.source, key: ref.key) else {
            throw GoldenError(.notFound, "no stored record \(ref.source):\(ref.key)")
        }
        guard let normalized = try store.normalizedRecord(source: ref.source, key: ref.key) else {
            throw GoldenError(.notFound, "record \(ref.source):\(ref.key) is not normalized yet; run 'golden run'")
        }
        return MatchRecord(id: id, normalized: normalized)
    }
}

/// The scorer and clusterer of the last pair explained, kept while the saved model and the last
/// run stay the same: a long-lived process (`golden serve`) then reads every stored record for
/// term frequencies once per run, not once per pair.
public final class PairExplainerCache: Sendable {
    private let kept = Mutex<(key: String, scorer: Scorer, clusterer: Clusterer)?>(nil)

    public init() {}

    func prepared(for key: String) -> (Scorer, Clusterer)? {
        kept.withLock { kept in kept.flatMap { $0.key == key ? ($0.scorer, $0.clusterer) : nil } }
    }

    func keep(_ scorer: Scorer, _ clusterer: Clusterer, for key: String) {
        kept.withLock { $0 = (key, scorer, clusterer) }
    }
}

/// What `golden explain --pair` prints (`--json`: this, encoded).
public struct PairReport: Codable, Sendable {
    public struct Values: Codable, Sendable {
        public var comparison: String
        public var a: String?
        public var b: String?
    }

    public var a: RecordRef
    public var b: RecordRef
    public var modelVersion: Int64
    public var band: String
    /// Whether the current clustering put both records in one cluster; `nil` before any match run.
    public var sameCluster: Bool?
    public var explanation: PairExplanation
    /// The compared values, only with `--show-values`.
    public var values: [Values]?

    enum CodingKeys: String, CodingKey {
        case a, b, modelVersion = "model_version", band, sameCluster = "same_cluster", explanation, values
    }

    public var text: String {
        var lines = ["\(a.source):\(a.key)  vs  \(b.source):\(b.key)   (model v\(modelVersion))", ""]
        lines.append(explanation.text)
        lines.append("")
        lines.append("band: \(band)" + (sameCluster.map { $0 ? "; in one cluster now" : "; in different clusters now" } ?? ""))
        if let values {
            lines.append("")
            let width = values.map(\.comparison.count).max() ?? 0
            for value in values {
                let name = value.comparison + String(repeating: " ", count: width - value.comparison.count)
                lines.append("\(name)  \(value.a ?? "–")  |  \(value.b ?? "–")")
            }
        }
        return lines.joined(separator: "\n")
    }
}
