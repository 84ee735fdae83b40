extension Trainer {
    /// What the u sample found: per comparison and level, the random pairs at that level.
    public struct USample: Hashable, Sendable {
        /// Random pairs compared.
        public var pairs: Int
        /// `levelCounts[comparison][level]`: sampled pairs at that level (missing values are
        /// counted nowhere).
        public var levelCounts: [[Int]]
        /// The sampled pairs' distinct comparison vectors, for ``refine(_:)``.
        var patterns: [VectorTally.Pattern] = []

        public init(pairs: Int, levelCounts: [[Int]]) {
            self.pairs = pairs
            self.levelCounts = levelCounts
        }

        /// u of each level of each comparison that had a value on both sides of some sampled
        /// pair: its share of those pairs; a level never seen gets half a pair's share (at least
        /// ``MatchWeight/epsilon``). Comparisons without such a pair keep their u.
        ///
        /// - Complexity: O(*L*) in the number of levels.
        public func apply(to model: inout MatchModel) {
            for (index, counts) in levelCounts.enumerated() {
                let observed = counts.reduce(0, +)
                guard observed > 0 else { continue }
                let floor = 0.5 / Double(observed)
                for (level, count) in counts.enumerated() {
                    let share = count == 0 ? floor : Double(count) / Double(observed)
                    model.comparisons[index].levels[level].u = MatchWeight.clamped(share)
                    model.comparisons[index].levels[level].uCount = count
                }
                model.comparisons[index].uPairs = observed
            }
        }
    }

    /// The comparison levels of random pairs of `records`: ``TrainingSettings/samplePairs``
    /// pairs drawn with replacement from the seed, or every pair when there are no more than
    /// that. The draw depends on the seed and the number of records only, not on `threads`.
    ///
    /// Pairs in `knownMatches` (sorted; the pairs the deterministic rules find) are left out:
    /// u is a property of non-matches, and in a feed where one person has many records (a
    /// receipt per visit, all with the same loyalty card) random pairs would otherwise make a
    /// shared card look common among strangers.
    ///
    /// - Complexity: O(min(*s*, *n*²)) pair comparisons for *s* sample pairs and *n* records.
    public func sampleU(records: [MatchRecord], knownMatches: [RecordPair] = [], threads: Int = 1) -> USample {
        sampleU(table: ScoringTable(records: records, comparisons: comparisons, threads: threads), knownMatches: knownMatches, threads: threads)
    }

    /// ``sampleU(records:knownMatches:threads:)`` over the records of `table` (built for this
    /// trainer's comparisons), compared on the table: the same sample, without copying a record
    /// per pair.
    public func sampleU(table: ScoringTable, knownMatches: [RecordPair] = [], threads: Int = 1) -> USample {
        precondition(table.comparisons == comparisons, "the table is for other comparisons")
        let known = KnownPairs(knownMatches)
        let count = table.count
        let total = Self.pairCount(count)
        let patterns: [VectorTally.Pattern]
        let pairs: Int
        if total <= settings.samplePairs {
            pairs = total
            patterns = VectorTally.count(items: count, threads: threads) { first, tally in
                for second in (first + 1)..<count where !known.contains(first, second) {
                    tally.add(table.vector(first, second))
                }
            }
        } else {
            pairs = settings.samplePairs
            let draw = RandomPairs(seed: settings.seed, records: count)
            patterns = VectorTally.count(items: pairs, threads: threads) { index, tally in
                let (first, second) = draw.pair(index)
                if !known.contains(first, second) { tally.add(table.vector(first, second)) }
            }
        }
        var counts = comparisons.comparisons.map { [Int](repeating: 0, count: $0.levelCount) }
        for pattern in patterns {
            for index in counts.indices {
                if let level = pattern.vector[index] { counts[index][level] += pattern.count }
            }
        }
        var sample = USample(pairs: pairs, levelCounts: counts)
        sample.patterns = patterns
        return sample
    }
}

/// A sorted list of pairs, searched by bisection.
struct KnownPairs: Sendable {
    let pairs: [UInt64]

    init(_ pairs: [RecordPair]) {
        var packed = pairs.map(\.packed)
        if !packed.isEmpty, zip(packed, packed.dropFirst()).contains(where: { $0 > $1 }) { packed.sort() }
        self.pairs = packed
    }

    func contains(_ a: Int, _ b: Int) -> Bool {
        guard !pairs.isEmpty else { return false }
        let key = RecordPair(a, b).packed
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < pairs.count && pairs[low] == key
    }
}

/// Random pairs of distinct records, the *k*-th drawn from a hash of the seed and *k* alone, so
/// that any thread can draw any of them and the sample never depends on how it was split.
struct RandomPairs: Sendable {
    let seed: UInt64
    let records: Int

    init(seed: UInt64, records: Int) {
        precondition(records >= 2, "a pair needs two records")
        self.seed = seed
        self.records = records
    }

    /// The `index`-th pair: two different positions below `records`.
    func pair(_ index: Int) -> (Int, Int) {
        let first = Self.scramble(seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        let second = Self.scramble(first ^ 0x8CB9_2BA7_2F3D_8DD7)
        let a = Self.below(records, first)
        var b = Self.below(records - 1, second)
        if b >= a { b += 1 }
        return (a, b)
    }

    /// A value in `0..<bound` from 64 random bits (multiply-high).
    private static func below(_ bound: Int, _ bits: UInt64) -> Int {
        Int(truncatingIfNeeded: bits.multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over the output.
    private static func scramble(_ value: UInt64) -> UInt64 {
        var bits = value
        bits ^= bits >> 33
        bits &*= 0xFF51_AFD7_ED55_8CCD
        bits ^= bits >> 33
        bits &*= 0xC4CE_B9FE_1A85_EC53
        return bits ^ (bits >> 33)
    }
}
