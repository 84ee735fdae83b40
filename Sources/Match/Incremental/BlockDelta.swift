/// The candidate pairs that records new to a blocking index (or changed since it was written)
/// bring: what ``Blocker/candidates(in:threads:)`` would add to the pairs of the other records
/// if it ran over all of them again.
///
/// Each block the changed records touch is given with its members before and after the change.
/// A kept block (at most ``maxBlockSize`` members after) pairs every changed member with every
/// other member. A block that crossed the size limit — kept before and skipped now, or the other
/// way — changes pairs among records that did not change, which an incremental run cannot
/// follow: it is counted in ``Result/crossed`` and the caller re-resolves everything instead.
///
/// ```swift
/// let delta = BlockDelta(maxBlockSize: 1000)
/// let result = delta.pairs(blocks: touched, changed: dirtyIDs)
/// result.crossed == 0   // else: run a full match
/// result.pairs          // (smaller id, larger id), sorted, distinct
/// ```
public struct BlockDelta: Sendable {
    /// One block as the index holds it: record ids before and after this run's changes.
    public struct Block: Sendable {
        public var key: RecordBlockKeys.Key
        public var before: [Int64]
        public var after: [Int64]

        public init(key: RecordBlockKeys.Key, before: [Int64], after: [Int64]) {
            self.key = key
            self.before = before
            self.after = after
        }
    }

    /// What the changed records bring.
    public struct Result: Sendable {
        /// Distinct pairs of record ids, the smaller first, sorted.
        public var pairs: [IDPair] = []
        /// Blocks that crossed the size limit (kept before and oversized after, or back).
        public var crossed = 0
        /// Blocks still over the size limit: skipped, as a full run skips them.
        public var oversized = 0
    }

    /// A pair of record ids, the smaller first.
    public struct IDPair: Hashable, Comparable, Sendable {
        public var a: Int64
        public var b: Int64

        public init(_ x: Int64, _ y: Int64) {
            (a, b) = x < y ? (x, y) : (y, x)
        }

        public static func < (x: IDPair, y: IDPair) -> Bool { x.a != y.a ? x.a < y.a : x.b < y.b }
    }

    public let maxBlockSize: Int

    public init(maxBlockSize: Int) {
        self.maxBlockSize = maxBlockSize
    }

    /// The pairs `changed` records make in `blocks`.
    ///
    /// - Complexity: O(*Σ c·s*) for *c* changed members of each kept block of *s* members, plus
    ///   sorting the pairs.
    public func pairs(blocks: [Block], changed: Set<Int64>) -> Result {
        var result = Result()
        var pairs = Set<IDPair>()
        for block in blocks {
            let keptBefore = block.before.count <= maxBlockSize, keptAfter = block.after.count <= maxBlockSize
            if keptBefore != keptAfter {
                result.crossed += 1
                continue
            }
            guard keptAfter else {
                result.oversized += 1
                continue
            }
            for member in block.after where changed.contains(member) {
                for other in block.after where other != member { pairs.insert(IDPair(member, other)) }
            }
        }
        result.pairs = pairs.sorted()
        return result
    }
}
