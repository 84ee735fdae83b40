import Synchronization

/// A ``ScoringTable`` with a ``Scorer``'s weights: scores pairs of the table's records with the
/// same comparison vector and the same weight, bit for bit, as ``Scorer/score(_:_:)`` scores
/// the records themselves — the level weights and term-frequency adjustments added in the same
/// order — without copying a record or hashing a value.
///
/// Scoring a list of pairs with a threshold leaves out the pairs below it as soon as their
/// comparisons so far prove they cannot reach it (see ``TableWeights``): the cheap comparisons
/// first, the fuzzy ones only for the pairs still in the running.
///
/// ```swift
/// let bulk = table.weighed(by: scorer)
/// bulk.score(3, 9)  // == scorer.score(records[3], records[9])
/// let kept = bulk.score(candidates.pairs, keepFrom: settings.thresholds.review, threads: 2)
/// ```
public struct TableScorer: @unchecked Sendable {
    public let table: ScoringTable
    public let scorer: Scorer
    private let owner: FrozenBuffers
    private let weights: TableWeights

    init(table: ScoringTable, scorer: Scorer) {
        precondition(scorer.comparisons == table.comparisons, "the scorer is for other comparisons")
        self.table = table
        self.scorer = scorer
        let owner = FrozenBuffers()
        self.owner = owner
        weights = TableWeights(table: table, scorer: scorer, owner: owner)
    }

    /// The score of the records at positions `a` and `b`: the same as ``Scorer/score(_:_:)`` of
    /// the records.
    ///
    /// - Complexity: that of the comparisons; O(1) for the weights.
    public func score(_ a: Int, _ b: Int) -> PairScore {
        precondition(a >= 0 && a < table.count && b >= 0 && b < table.count, "no such record")
        let rows = table.rows
        let x = rows.row(a), y = rows.row(b)
        if TableRows.isExotic(x) || TableRows.isExotic(y) { return scorer.score(table.records[a], table.records[b]) }
        let (vector, weight) = weights.score(rows, x, y, floor: -.infinity)!
        return PairScore(vector: vector, weight: weight, probability: MatchWeight.probability(weight: weight))
    }

    /// The scores of `pairs`, those with a probability of at least `keepFrom`, in the order of
    /// `pairs`; scored in parallel stretches on up to `threads` threads.
    ///
    /// - Complexity: O(*p*) comparisons' costs for *p* pairs.
    public func score(_ pairs: [RecordPair], keepFrom: Double, threads: Int) -> [ScoredPair] {
        let stretch = 32_768
        let jobs = (pairs.count + stretch - 1) / stretch
        let parts = pairs.withUnsafeBufferPointer { input in
            Workers.map(jobs: jobs, threads: threads) { job, _ in
                score(UnsafeBufferPointer(rebasing: input[(job * stretch)..<min(input.count, (job + 1) * stretch)]), keepFrom)
            }
        }
        var kept: [ScoredPair] = []
        kept.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { kept += part }
        return kept
    }

    /// Scores a stretch of pairs, a batch at a time: the rows of a batch's second records are
    /// read first, all together, so that their cache misses overlap instead of stalling one
    /// pair each. (Reading what the rows point to ahead as well measured no faster.)
    private func score(_ pairs: UnsafeBufferPointer<RecordPair>, _ keepFrom: Double) -> [ScoredPair] {
        let rows = table.rows, weights = weights
        let floor = weights.floor(keeping: keepFrom)
        var kept: [ScoredPair] = []
        var touched: Int32 = 0
        let batch = 8
        for start in stride(from: 0, to: pairs.count, by: batch) {
            let end = min(pairs.count, start + batch)
            for index in start..<end { touched ^= rows.touch(pairs[index].second) }
            for pair in pairs[start..<end] {
                let x = rows.row(pair.first), y = rows.row(pair.second)
                let vector: ComparisonVector, weight: Double
                if TableRows.isExotic(x) || TableRows.isExotic(y) {
                    let score = scorer.score(table.records[pair.first], table.records[pair.second])
                    (vector, weight) = (score.vector, score.weight)
                } else {
                    guard let score = weights.score(rows, x, y, floor: floor) else { continue }
                    (vector, weight) = score
                }
                let probability = MatchWeight.probability(weight: weight)
                if probability >= keepFrom {
                    kept.append(ScoredPair(pair: pair, vector: vector, weight: weight, probability: probability))
                }
            }
        }
        // Keeps the reads of `touch`, whose values are of no use.
        touchedRows.store(touched, ordering: .relaxed)
        return kept
    }
}

/// Where the bulk loop leaves what it read ahead of time, so that the reads stay.
private let touchedRows = Atomic<Int32>(0)
