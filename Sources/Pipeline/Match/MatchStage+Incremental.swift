import GoldenCore
import Match
import Store

/// What an attempt at an incremental Match stage came to.
enum IncrementalOutcome {
    /// Done: only what changed was matched and written.
    case done(MatchSummary)
    /// Not possible (nothing written): the reason a full run is needed.
    case full(String)
}

extension MatchStage {
    /// The share of the records that may change for an incremental run; above it a full run is
    /// faster.
    static let incrementalShare = 0.2

    /// Matches the records on the match queue against the stored ones through the blocking
    /// index, and clusters again the components of linked records around them; or, when that
    /// cannot give what a full run would, says why and writes nothing.
    func runIncremental(runID: Int64) throws(GoldenError) -> IncrementalOutcome {
        var clock = StepClock()
        guard let state = try store.matchState() else { return .full("no earlier match results in this store") }
        guard let chosen = try savedModel() else { return .full("no saved model with term frequencies fits the comparisons") }
        guard state.modelVersion == chosen.version else { return .full("the model changed (v\(state.modelVersion) to v\(chosen.version))") }
        guard state.fingerprint == settingsFingerprint else { return .full("the match settings changed") }
        let queue = try store.matchQueue()
        let total = try store.clusteredCount()
        guard Double(queue.count) <= max(1000, Double(total) * Self.incrementalShare) else {
            return .full("\(queue.count) of \(total) records changed")
        }
        var summary = MatchSummary()
        summary.mode = "incremental"
        summary.modelVersion = chosen.version
        summary.prior = chosen.model.prior
        summary.changedRecords = queue.count
        guard !queue.isEmpty else {
            summary.seconds = clock.total
            return .done(summary)
        }
        var loaded = LoadedRecords()
        try loaded.load(queue, from: store, threads: threads)
        clock.lap("load", into: &summary.timings)

        // Blocks: the changed records' keys now and before, and the blocks they touch.
        let blocker = Blocker(rules: settings.blocking, maxBlockSize: settings.maxBlockSize)
        let changed = Set(queue)
        let changedRecords = queue.compactMap { loaded.records[$0] }
        let keyList = blocker.blockKeys(of: changedRecords, threads: threads)
        var keys: [Int64: [StoredBlockKey]] = [:]
        for (position, record) in changedRecords.enumerated() {
            let stored = keyList.keys(of: position).map(Self.stored)
            if !stored.isEmpty { keys[record.id] = stored }
        }
        let previousKeys = try store.blockKeys(of: queue)
        let delta = try blockDelta(changed: changed, keys: keys, previousKeys: previousKeys)
        guard delta.crossed == 0 else { return .full("\(delta.crossed) block(s) crossed the block size limit") }
        summary.candidatePairs = delta.pairs.count
        if delta.oversized > 0 {
            summary.warnings.append("\(delta.oversized) oversized block(s) the changed records fall in were skipped")
        }
        clock.lap("block", into: &summary.timings)

        // Scores: the changed records against their block mates.
        try loaded.load(delta.pairs.flatMap { [$0.a, $0.b] }, from: store, threads: threads)
        let scoring = loaded.ordered(delta.pairs.flatMap { [$0.a, $0.b] } + changedRecords.map(\.id))
        summary.records = scoring.records.count
        let scorer = Scorer(model: chosen.model, comparisons: settings.comparisons, termFrequencies: chosen.termFrequencies)
        let clusterer = clusterer(model: chosen.model, scorer: scorer)
        let table = ScoringTable(records: scoring.records, comparisons: settings.comparisons, threads: threads)
        let candidates = delta.pairs.compactMap { pair in
            scoring.position[pair.a].flatMap { a in scoring.position[pair.b].map { RecordPair(a, $0) } }
        }
        let scored = table.weighed(by: scorer).score(candidates, keepFrom: settings.thresholds.review, threads: threads)
        let pairs = storedPairs(scored, records: scoring.records, clusterer: clusterer, summary: &summary)
        clock.lap("score", into: &summary.timings)

        // Clusters: the components of linked records around the changed ones, clustered again.
        let region = try linkedRegion(changed: changed, newPairs: pairs)
        try loaded.load(region.records + region.outside, from: store, threads: threads)
        let clustering = loaded.ordered(region.records + region.outside)
        let constraints = Self.constraints(region.constraints, records: clustering.records).constraints
        let clustered = clusterer.cluster(
            records: clustering.records, pairs: region.pairs.compactMap { Self.scored($0, positions: clustering.position) },
            constraints: constraints)
        let inRegion = Set(region.records)
        var clusters: [(recordID: Int64, clusterID: Int64)] = []
        for (position, record) in clustering.records.enumerated() where inRegion.contains(record.id) {
            clusters.append((record.id, clustering.records[Int(clustered.clusterOf[position])].id))
        }
        let reviews = Self.reviewItems(clustered.reviews, records: clustering.records)
        summary.reclusteredRecords = clusters.count
        summary.reviewItems = reviews.count
        clock.lap("cluster", into: &summary.timings)

        try store.applyMatchDelta(
            MatchDelta(
                changed: queue, keys: keys, pairs: pairs, clusters: clusters, reviews: reviews,
                state: state),
            runID: runID, at: .now)
        clock.lap("write", into: &summary.timings)
        summary.seconds = clock.total
        progress.note("match: \(queue.count) changed records, \(clusters.count) re-clustered")
        return .done(summary)
    }

    /// The candidate pairs the changed records bring, from the blocks their keys (now and
    /// before) name.
    private func blockDelta(
        changed: Set<Int64>, keys: [Int64: [StoredBlockKey]], previousKeys: [Int64: [StoredBlockKey]]
    ) throws(GoldenError) -> BlockDelta.Result {
        var joining: [StoredBlockKey: [Int64]] = [:]
        var leaving: [StoredBlockKey: Set<Int64>] = [:]
        for (record, recordKeys) in keys { for key in recordKeys { joining[key, default: []].append(record) } }
        for (record, recordKeys) in previousKeys { for key in recordKeys { leaving[key, default: []].insert(record) } }
        let touched = Set(joining.keys).union(leaving.keys).sorted()
        let members = try store.blockMembers(touched)
        let blocks = zip(touched, members).map { key, before in
            var after = Set(before)
            after.subtract(leaving[key] ?? [])
            after.formUnion(joining[key] ?? [])
            return BlockDelta.Block(
                key: RecordBlockKeys.Key(rule: key.rule, hash: UInt64(bitPattern: key.key)), before: before,
                after: after.sorted())
        }
        return BlockDelta(maxBlockSize: settings.maxBlockSize).pairs(blocks: blocks, changed: changed)
    }

    /// A stored pair as the clusterer takes it, by positions; `nil` when a record is not among them.
    static func scored(_ pair: StoredMatchPair, positions: [Int64: Int]) -> ScoredPair? {
        guard let a = positions[pair.recordA], let b = positions[pair.recordB] else { return nil }
        return ScoredPair(
            pair: RecordPair(a, b),
            vector: ComparisonVector(raw: UInt64(bitPattern: pair.vector)), weight: pair.weight, probability: pair.probability)
    }
}

/// Normalized records read for an incremental run, decoded once each, by record id.
struct LoadedRecords {
    var records: [Int64: MatchRecord] = [:]

    /// Reads and decodes those of `ids` not loaded yet (ids not normalized are left out).
    mutating func load(_ ids: [Int64], from store: GoldenStore, threads: Int) throws(GoldenError) {
        let missing = Set(ids).filter { records[$0] == nil }.sorted()
        guard !missing.isEmpty else { return }
        let pages = DecodedPages()
        try pages.decode(try store.normalizedPayloads(ids: missing), threads: threads)
        for record in pages.records() { records[record.id] = record }
    }

    /// The loaded records among `ids`, by record id, with each one's position.
    func ordered(_ ids: [Int64]) -> (records: [MatchRecord], position: [Int64: Int]) {
        let records = Set(ids).compactMap { self.records[$0] }.sorted { $0.id < $1.id }
        var position: [Int64: Int] = [:]
        position.reserveCapacity(records.count)
        for (index, record) in records.enumerated() { position[record.id] = index }
        return (records, position)
    }
}
