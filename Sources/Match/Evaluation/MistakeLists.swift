/// The worst false merges and false splits of a clustering, with the records involved.
///
/// A false merge is a predicted cluster holding records of several true entities, ranked by its
/// wrong pairs (pairs of different entities inside it), then size, then its first record. A false
/// split is an entity whose records fall in several clusters, ranked by its missed pairs (pairs of
/// its records in different clusters), then size, then entity id. Every ordering ends in a
/// canonical key (a ``RecordRef`` or an entity id), so the lists do not depend on the order the
/// prediction came in.
struct MistakeLists {
    private(set) var falseMergeClusters = 0
    private(set) var falseSplitEntities = 0
    private(set) var falseMerges: [EvaluationReport.FalseMerge] = []
    private(set) var falseSplits: [EvaluationReport.FalseSplit] = []

    private let table: ContingencyTable
    private let refs: [RecordRef]
    private let entityOf: [Int32]
    private let entities: [String]
    private let options: ClusteringEvaluator.Options

    /// - Complexity: O(*n* + *k* log *l*) for *k* falsely merged clusters and falsely split
    ///   entities and a list limit *l*; the records are sampled in O(*n* log *r*) for a record
    ///   limit *r*.
    init(
        table: ContingencyTable, refs: [RecordRef], entityOf: [Int32], entities: [String],
        clusterName: (Int) -> String, options: ClusteringEvaluator.Options
    ) {
        self.table = table
        self.refs = refs
        self.entityOf = entityOf
        self.entities = entities
        self.options = options
        (falseMergeClusters, falseMerges) = findFalseMerges(clusterName: clusterName)
        (falseSplitEntities, falseSplits) = findFalseSplits(clusterName: clusterName)
    }

    /// Ranks clusters: more wrong pairs, then larger, then smaller first record come first.
    private struct MergeRank: Comparable {
        var wrongPairs: Int
        var size: Int
        var first: RecordRef
        var cluster: Int

        static func < (lhs: Self, rhs: Self) -> Bool {
            if lhs.wrongPairs != rhs.wrongPairs { return lhs.wrongPairs > rhs.wrongPairs }
            if lhs.size != rhs.size { return lhs.size > rhs.size }
            return lhs.first < rhs.first
        }
    }

    /// Ranks entities: more missed pairs, then larger, then smaller entity id come first.
    private struct SplitRank: Comparable {
        var missedPairs: Int
        var size: Int
        var id: String
        var entity: Int

        static func < (lhs: Self, rhs: Self) -> Bool {
            if lhs.missedPairs != rhs.missedPairs { return lhs.missedPairs > rhs.missedPairs }
            if lhs.size != rhs.size { return lhs.size > rhs.size }
            return lhs.id < rhs.id
        }
    }

    /// The number of falsely merged clusters and the worst of them.
    private func findFalseMerges(clusterName: (Int) -> String) -> (Int, [EvaluationReport.FalseMerge]) {
        var candidates: [MergeRank] = []
        for cluster in table.clusterSizes.indices where table.cells(of: cluster).count > 1 {
            let size = table.clusterSizes[cluster]
            let first = table.records(of: cluster).lazy.map { refs[Int($0)] }.min()!
            candidates.append(MergeRank(
                wrongPairs: ContingencyTable.pairCount(size) - table.clusterSamePairs[cluster], size: size,
                first: first, cluster: cluster))
        }
        let worst = SmallestElements.of(candidates, limit: options.listLimit).map { rank in
            var cells = Array(table.cells(of: rank.cluster))
            cells.sort { lhs, rhs in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                return entities[Int(lhs.entity)] < entities[Int(rhs.entity)]
            }
            let shown = cells.prefix(options.overlapLimit)
            var slot: [Int32: Int] = [:]
            for (index, cell) in shown.enumerated() { slot[cell.entity] = index }
            var samples = Array(
                repeating: SmallestElements<RecordRef>(limit: options.recordLimit), count: shown.count)
            for record in table.records(of: rank.cluster) {
                if let index = slot[entityOf[Int(record)]] { samples[index].add(refs[Int(record)]) }
            }
            return EvaluationReport.FalseMerge(
                cluster: clusterName(rank.cluster), size: rank.size, wrongPairs: rank.wrongPairs,
                entities: zip(shown, samples).map { cell, sample in
                    EvaluationReport.Overlap(
                        id: entities[Int(cell.entity)], size: cell.count, records: sample.elements)
                },
                omittedEntities: cells.count - shown.count)
        }
        return (candidates.count, worst)
    }

    /// The number of falsely split entities and the worst of them.
    private func findFalseSplits(clusterName: (Int) -> String) -> (Int, [EvaluationReport.FalseSplit]) {
        var candidates: [SplitRank] = []
        for entity in table.entitySizes.indices where table.entityClusterCount[entity] > 1 {
            let size = table.entitySizes[entity]
            candidates.append(SplitRank(
                missedPairs: ContingencyTable.pairCount(size) - table.entitySamePairs[entity], size: size,
                id: entities[entity], entity: entity))
        }
        let chosen = SmallestElements.of(candidates, limit: options.listLimit)
        guard !chosen.isEmpty else { return (candidates.count, []) }

        // Every overlap of a chosen entity, with its records sampled (the smallest one breaks ties).
        var slotOfEntity = [Int](repeating: -1, count: entities.count)
        for (slot, rank) in chosen.enumerated() { slotOfEntity[rank.entity] = slot }
        var overlaps = Array(repeating: [SplitOverlap](), count: chosen.count)
        for cluster in table.clusterSizes.indices {
            var holdsChosen = false
            for cell in table.cells(of: cluster) where slotOfEntity[Int(cell.entity)] >= 0 {
                // At least one record is kept even with a record limit of 0: it breaks ties.
                let sample = SmallestElements<RecordRef>(limit: max(options.recordLimit, 1))
                overlaps[slotOfEntity[Int(cell.entity)]].append(
                    SplitOverlap(cluster: cluster, size: cell.count, sample: sample))
                holdsChosen = true
            }
            guard holdsChosen else { continue }
            for record in table.records(of: cluster) {
                let slot = slotOfEntity[Int(entityOf[Int(record)])]
                if slot >= 0 { overlaps[slot][overlaps[slot].count - 1].sample.add(refs[Int(record)]) }
            }
        }
        let worst = zip(chosen, overlaps).map { rank, overlaps in
            let shown = overlaps.sorted(by: SplitOverlap.precedes).prefix(options.overlapLimit)
            return EvaluationReport.FalseSplit(
                entity: rank.id, size: rank.size, missedPairs: rank.missedPairs,
                clusters: shown.map { overlap in
                    EvaluationReport.Overlap(
                        id: clusterName(overlap.cluster), size: overlap.size,
                        records: Array(overlap.sample.elements.prefix(options.recordLimit)))
                },
                omittedClusters: overlaps.count - shown.count)
        }
        return (candidates.count, worst)
    }

    /// One cluster of a falsely split entity; larger shares first, then smaller first record.
    private struct SplitOverlap {
        var cluster: Int
        var size: Int
        var sample: SmallestElements<RecordRef>

        static func precedes(_ lhs: Self, _ rhs: Self) -> Bool {
            if lhs.size != rhs.size { return lhs.size > rhs.size }
            return lhs.sample.elements[0] < rhs.sample.elements[0]
        }
    }
}
