/// Where the pairs of several rules' blocks go before they are merged: partitions of the pair
/// space by the pair's first (smaller) record, each small enough to sort in cache.
///
/// A pair of rule *r* with records *a* < *b*, in the partition whose records start at *base*, is
/// written as one 64-bit sort key: `(a − base) ≪ (recordBits + ruleBits) | b ≪ ruleBits | r`.
/// Sorting a partition's keys therefore orders its pairs as ``RecordPair`` orders them, with a
/// pair's rules ascending after it: the pair's first rule is the earliest that found it.
///
/// The layout is planned exactly before any pair exists: the records of a block are ascending,
/// so the block's record at position *i* is the first record of *s* − 1 − *i* of its pairs.
/// Pairs are written by pieces (a stretch of one rule's blocks, of about equal numbers of pairs,
/// so that one large rule does not keep one thread busy alone), each with its own place in
/// every partition.
struct PairLayout {
    /// A stretch of one rule's blocks whose pairs are written together.
    struct Piece {
        var rule: Int
        var blocks: Range<Int>
    }

    /// Consecutive first records whose pairs are sorted together.
    struct Partition {
        /// The first record of the partition.
        var base: Int
        /// One past the last record of the partition.
        var end: Int
        /// The pairs whose first record is in the partition, one per rule and block.
        var entries: Int
        /// Where the partition's pairs start among all pairs.
        var offset: Int
        /// The bits a sort key of the partition uses.
        var keyBits: Int
    }

    /// The pairs a partition aims at by default: its keys and the sort's scratch stay in cache.
    static let defaultPartitionTarget = 1 << 15

    let recordBits: Int
    let ruleBits: Int
    /// Records are counted in runs of `1 << fineShift` while planning.
    let fineShift: Int
    private(set) var partitions: [Partition] = []
    /// The partition of each run of `1 << fineShift` records.
    private(set) var partitionOfRun: [Int32]
    /// The pieces, rule after rule.
    let pieces: [Piece]
    /// Where piece *j*'s pairs in partition *p* start among all pairs: `pieceStarts[j][p]`.
    private(set) var pieceStarts: [[Int]]
    /// All pairs of all rules, duplicates included.
    private(set) var total = 0

    /// The layout of the pairs of `blocks` (one per rule, in rule order) over `recordCount`
    /// records, in partitions of about `partitionTarget` pairs.
    ///
    /// - Complexity: O(*k* + *n*) for *k* records in the blocks and *n* records.
    init(blocks: [RuleBlocks], recordCount: Int, threads: Int, partitionTarget: Int = defaultPartitionTarget) {
        precondition(recordCount > 0 && blocks.count > 0)
        recordBits = max(1, Self.bitWidth(recordCount - 1))
        ruleBits = Self.bitWidth(blocks.count - 1)
        precondition(recordBits + ruleBits <= 39, "at most 2³¹ records and 256 rules")
        fineShift = max(0, recordBits - 12)
        let shift = fineShift
        let runs = ((recordCount - 1) >> shift) + 1
        let pieces = Self.pieces(of: blocks, threads: threads, least: partitionTarget)
        let perPiece = Workers.map(jobs: pieces.count, threads: threads) { piece, _ in
            var counts = [Int](repeating: 0, count: runs)
            blocks[pieces[piece].rule].forEachBlock(in: pieces[piece].blocks) { block in
                for index in 0..<(block.count - 1) { counts[Int(block[index]) >> shift] += block.count - 1 - index }
            }
            return counts
        }
        self.pieces = pieces
        partitionOfRun = [Int32](repeating: 0, count: runs)
        pieceStarts = [[Int]](repeating: [], count: pieces.count)
        plan(perPiece, recordCount: recordCount, target: partitionTarget)
    }

    /// Each rule's blocks cut into stretches of about a quarter of one thread's share of pairs
    /// (at least `least` pairs).
    private static func pieces(of blocks: [RuleBlocks], threads: Int, least: Int) -> [Piece] {
        let total = blocks.reduce(0) { $0 + $1.pairEntries }
        let target = max(least, total / max(1, 4 * threads))
        var pieces: [Piece] = []
        for (rule, ruleBlocks) in blocks.enumerated() {
            var start = 0
            var pairs = 0
            for block in 0..<ruleBlocks.count {
                let size = ruleBlocks.starts[block + 1] - ruleBlocks.starts[block]
                pairs += size * (size - 1) / 2
                if pairs >= target {
                    pieces.append(Piece(rule: rule, blocks: start..<(block + 1)))
                    (start, pairs) = (block + 1, 0)
                }
            }
            if start < ruleBlocks.count || ruleBlocks.count == 0 {
                pieces.append(Piece(rule: rule, blocks: start..<ruleBlocks.count))
            }
        }
        return pieces
    }

    /// Groups runs into partitions of about `target` pairs and lays them out.
    private mutating func plan(_ perPiece: [[Int]], recordCount: Int, target: Int) {
        let maxWidth = 1 << min(40, 64 - recordBits - ruleBits)
        var firstRun = 0
        var entries = 0
        func close(_ end: Int) {
            let base = firstRun << fineShift
            let last = min(end << fineShift, recordCount)
            partitions.append(Partition(
                base: base, end: last, entries: entries, offset: total,
                keyBits: Self.bitWidth(last - base - 1) + recordBits + ruleBits))
            for piece in perPiece.indices {
                pieceStarts[piece].append(total)
                total += perPiece[piece][firstRun..<end].reduce(0, +)
            }
        }
        for run in partitionOfRun.indices {
            let pairs = perPiece.reduce(0) { $0 + $1[run] }
            let width = (run + 1 - firstRun) << fineShift
            // A partition closes when full, and always before its keys' offsets outgrow their bits.
            if run > firstRun, entries > 0 && entries + pairs > target || width > maxWidth {
                close(run)
                firstRun = run
                entries = 0
            }
            entries += pairs
            partitionOfRun[run] = Int32(partitions.count)
        }
        close(partitionOfRun.count)
    }

    /// The partition of the pairs whose first record is `record`.
    @inline(__always)
    func partition(of record: UInt32) -> Int { Int(partitionOfRun[Int(record) &>> fineShift]) }

    /// Consecutive partitions grouped so that each group holds at most `limit` pairs (a partition
    /// larger than that alone).
    func batches(limit: Int) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var entries = 0
        for index in partitions.indices {
            if index > start, entries + partitions[index].entries > limit {
                batches.append(start..<index)
                start = index
                entries = 0
            }
            entries += partitions[index].entries
        }
        batches.append(start..<partitions.count)
        return batches
    }

    /// The number of bits of `value` up to its highest set bit (0 for 0).
    static func bitWidth(_ value: Int) -> Int { value <= 0 ? 0 : Int.bitWidth - value.leadingZeroBitCount }
}
