/// Scores a predicted clustering against labelled truth: pairwise and B-cubed precision, recall
/// and F1, with the lists a person debugging accuracy needs (see ``EvaluationReport``).
///
/// Records on one side only are counted, not scored; precision or recall is 1 when its
/// denominator is 0 (see ``EvaluationReport`` and ``Scores``).
///
/// ```swift
/// let truth = try TruthFile.parse(bytes, layout: .golden, file: "truth.csv")
/// let report = ClusteringEvaluator().evaluate(prediction: clusterOfRecord, truth: truth)
/// print(report.text)
/// ```
public struct ClusteringEvaluator: Sendable {
    /// How long the lists in the report may grow.
    public struct Options: Hashable, Sendable {
        /// At most this many false merges, false splits and unmatched records of each side.
        public var listLimit: Int
        /// At most this many entities per false merge and clusters per false split.
        public var overlapLimit: Int
        /// At most this many records shown per overlap.
        public var recordLimit: Int

        public init(listLimit: Int = 20, overlapLimit: Int = 10, recordLimit: Int = 10) {
            self.listLimit = max(listLimit, 0)
            self.overlapLimit = max(overlapLimit, 0)
            self.recordLimit = max(recordLimit, 0)
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Scores `prediction` (each record's cluster) against `truth` (each record's entity id).
    ///
    /// - Complexity: O(*n*) expected hash lookups and arithmetic for *n* records on both sides
    ///   together (pairs are never listed), plus O(*k* log *l*) to pick the worst of *k* false
    ///   merges and splits for a list limit *l*.
    public func evaluate<Cluster: Hashable>(
        prediction: [RecordRef: Cluster], truth: some Sequence<(RecordRef, String)>
    ) -> EvaluationReport {
        evaluate(prediction: prediction.lazy.map { ($0.key, $0.value) }, truth: truth)
    }

    /// Scores `prediction`, a sequence of (record, cluster) pairs, against `truth`. A record
    /// listed twice in either keeps its first label; the repeats are counted in the report.
    ///
    /// - Complexity: as for the dictionary form.
    public func evaluate<Cluster: Hashable>(
        prediction: some Sequence<(RecordRef, Cluster)>, truth: some Sequence<(RecordRef, String)>
    ) -> EvaluationReport {
        var labels = TruthIndex(truth)
        var clusterIndex: [Cluster: Int32] = [:]
        var clusters: [Cluster] = []
        var clusterOf = [Int32](repeating: -1, count: labels.refs.count)
        var unmatchedInPrediction = Set<RecordRef>()
        var duplicatesInPrediction = 0
        for (ref, cluster) in prediction {
            guard let record = labels.index[ref] else {
                if !unmatchedInPrediction.insert(ref).inserted { duplicatesInPrediction += 1 }
                continue
            }
            guard clusterOf[Int(record)] < 0 else {
                duplicatesInPrediction += 1
                continue
            }
            let (number, isNew) = intern(cluster, in: &clusterIndex, next: Int32(clusters.count))
            if isNew { clusters.append(cluster) }
            clusterOf[Int(record)] = number
        }
        labels.index = [:]

        let table = ContingencyTable(
            clusterOf: clusterOf, entityOf: labels.entityOf, clusters: clusters.count,
            entities: labels.entities.count)
        let lists = MistakeLists(
            table: table, refs: labels.refs, entityOf: labels.entityOf, entities: labels.entities,
            clusterName: { String(describing: clusters[$0]) }, options: options)
        let unmatchedInTruth = clusterOf.indices.lazy.filter { clusterOf[$0] < 0 }.map { labels.refs[$0] }
        let histogram = SizeHistogram(predicted: table.clusterSizes, truth: table.entitySizes)
        return EvaluationReport(
            records: table.records,
            unmatchedInPrediction: unmatchedInPrediction.count,
            unmatchedInTruth: labels.refs.count - table.records,
            duplicatesInPrediction: duplicatesInPrediction,
            duplicatesInTruth: labels.duplicates,
            predictedClusters: clusters.count,
            trueEntities: table.entitySizes.lazy.filter { $0 > 0 }.count,
            falseMergeClusters: lists.falseMergeClusters,
            falseSplitEntities: lists.falseSplitEntities,
            pairwise: table.pairwise,
            bCubed: table.bCubed,
            clusterSizes: histogram.buckets,
            falseMerges: lists.falseMerges,
            falseSplits: lists.falseSplits,
            unmatchedInPredictionSample: SmallestElements.of(unmatchedInPrediction, limit: options.listLimit),
            unmatchedInTruthSample: SmallestElements.of(unmatchedInTruth, limit: options.listLimit))
    }
}

/// The truth, numbered: each distinct record gets a number in input order, each distinct entity
/// id a number in order of first appearance.
private struct TruthIndex {
    var index: [RecordRef: Int32] = [:]
    var refs: [RecordRef] = []
    var entityOf: [Int32] = []
    var entities: [String] = []
    var duplicates = 0

    init(_ truth: some Sequence<(RecordRef, String)>) {
        let expected = truth.underestimatedCount
        index.reserveCapacity(expected)
        refs.reserveCapacity(expected)
        entityOf.reserveCapacity(expected)
        var entityIndex: [String: Int32] = [:]
        for (ref, entity) in truth {
            let next = Int32(refs.count)
            if let first = index.updateValue(next, forKey: ref) {
                index[ref] = first
                duplicates += 1
                continue
            }
            refs.append(ref)
            let (number, isNew) = intern(entity, in: &entityIndex, next: Int32(entities.count))
            if isNew { entities.append(entity) }
            entityOf.append(number)
        }
    }
}

/// The number of `key` in `table`, giving it `next` when it has none yet; one hash lookup.
@inline(__always)
private func intern<Key: Hashable>(_ key: Key, in table: inout [Key: Int32], next: Int32) -> (Int32, isNew: Bool) {
    func read(_ value: inout Int32) -> Int32 { value }
    let number = read(&table[key, default: next])
    return (number, number == next)
}
