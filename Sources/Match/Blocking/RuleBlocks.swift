/// The blocks of one rule that give pairs: groups of at least two and at most `maxBlockSize`
/// records sharing a block key, each listed once, ascending.
///
/// The rule's block keys (``RuleKeys``) are grouped by a two-level radix partition on their top
/// bits (``forEachGroupedBucket(_:scratch:_:)``), so that equal keys end up adjacent with their
/// records ascending. A key shared by more than `maxBlockSize` records is an oversized block: it
/// is dropped and counted.
struct RuleBlocks {
    /// The records of the kept blocks, block after block, ascending within a block.
    private(set) var records: [UInt32] = []
    /// Where each kept block starts in ``records``, then the end of the last.
    private(set) var starts: [Int] = [0]
    private(set) var oversizedBlocks = 0
    /// Records of the oversized blocks, once per block.
    private(set) var oversizedRecords = 0
    /// Pairs of the oversized blocks.
    private(set) var skippedPairs = 0
    /// The size of the largest kept block (0 without one).
    private(set) var largestBlock = 0
    /// Pairs of the kept blocks, a pair in two blocks counted twice.
    private(set) var pairEntries = 0

    /// A record's block key.
    struct Entry {
        var key: UInt64
        var record: UInt32

        @inline(__always)
        static func before(_ a: Entry, _ b: Entry) -> Bool {
            a.key < b.key || (a.key == b.key && a.record < b.record)
        }
    }

    /// The number of kept blocks.
    var count: Int { starts.count - 1 }

    /// The blocks formed by `entries`: the block keys of one rule, in parts of ascending records
    /// (one part per stretch of records).
    ///
    /// - Complexity: O(*k* log *b*) for *k* block keys in blocks of at most *b* records.
    init(entries: [UnsafeBufferPointer<Entry>], maxBlockSize: Int, scratch: GroupingScratch) {
        Self.forEachGroupedBucket(entries, scratch: scratch) { collect($0, maxBlockSize: maxBlockSize) }
    }

    /// Calls `body` with the records of each kept block of `blocks` (all by default).
    func forEachBlock(in blocks: Range<Int>? = nil, _ body: (UnsafeBufferPointer<UInt32>) -> Void) {
        records.withUnsafeBufferPointer { all in
            for block in blocks ?? 0..<count {
                body(UnsafeBufferPointer(rebasing: all[starts[block]..<starts[block + 1]]))
            }
        }
    }

    /// Whether no record is in two kept blocks, so that no pair is found twice.
    ///
    /// - Complexity: O(*k* + *n*) for *k* records in the blocks and *n* records.
    func hasDistinctRecords(recordCount: Int) -> Bool {
        var seen = [UInt64](repeating: 0, count: (recordCount + 63) / 64)
        for record in records {
            let (word, bit) = (Int(record) / 64, UInt64(1) << (record % 64))
            if seen[word] & bit != 0 { return false }
            seen[word] |= bit
        }
        return true
    }

    /// Keeps the runs of equal keys of 2 to `maxBlockSize` distinct records; counts the larger.
    private mutating func collect(_ sorted: UnsafeBufferPointer<Entry>, maxBlockSize: Int) {
        var index = 0
        while index < sorted.count {
            let start = index
            let key = sorted[index].key
            var size = 1
            index += 1
            while index < sorted.count, sorted[index].key == key {
                if sorted[index].record != sorted[index - 1].record { size += 1 }
                index += 1
            }
            guard size > 1 else { continue }
            let pairs = size * (size - 1) / 2
            guard size <= maxBlockSize else {
                oversizedBlocks += 1
                oversizedRecords += size
                skippedPairs += pairs
                continue
            }
            records.append(sorted[start].record)
            for position in (start + 1)..<index where sorted[position].record != sorted[position - 1].record {
                records.append(sorted[position].record)
            }
            starts.append(records.count)
            largestBlock = max(largestBlock, size)
            pairEntries += pairs
        }
    }
}
