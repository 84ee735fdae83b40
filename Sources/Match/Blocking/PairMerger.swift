/// The pairs of several rules' blocks, merged: each distinct pair once, sorted, with each rule's
/// own distinct pairs and the pairs no earlier rule found counted.
///
/// Pairs are written straight into the partitions of a ``PairLayout`` (its pieces in parallel),
/// then each partition is radix-sorted and deduplicated on its own (the partitions in parallel)
/// and the results are moved together. Memory: 8 bytes per pair before deduplication.
struct PairMerger {
    /// What merging found, per rule in rule order.
    struct Tally {
        /// Distinct pairs of all rules together.
        var pairs = 0
        /// Each rule's own distinct pairs.
        var ruleDistinct: [Int]
        /// Pairs no earlier rule found.
        var ruleNew: [Int]

        init(rules: Int) {
            ruleDistinct = [Int](repeating: 0, count: rules)
            ruleNew = [Int](repeating: 0, count: rules)
        }

        mutating func add(_ other: Tally) {
            pairs += other.pairs
            for rule in ruleDistinct.indices {
                ruleDistinct[rule] += other.ruleDistinct[rule]
                ruleNew[rule] += other.ruleNew[rule]
            }
        }
    }

    let blocks: [RuleBlocks]
    let layout: PairLayout
    let threads: Int

    init(
        blocks: [RuleBlocks], recordCount: Int, threads: Int,
        partitionTarget: Int = PairLayout.defaultPartitionTarget
    ) {
        self.blocks = blocks
        self.layout = PairLayout(
            blocks: blocks, recordCount: recordCount, threads: threads, partitionTarget: partitionTarget)
        self.threads = threads
    }

    /// All distinct pairs, sorted, and the tally.
    ///
    /// - Complexity: O(*p*) for *p* pairs before deduplication.
    func collect() -> ([RecordPair], Tally) {
        var tally = Tally(rules: blocks.count)
        let all = 0..<layout.partitions.count
        var pairs = [RecordPair](unsafeUninitializedCapacity: layout.total) { buffer, initialized in
            buffer.withMemoryRebound(to: UInt64.self) { keys in
                scatter(all, into: keys)
                tally = merge(all, in: keys, keep: true)
            }
            initialized = tally.pairs
        }
        // Duplicates left spare capacity: give it back when it is a fair share.
        if pairs.capacity - pairs.count > pairs.count / 4 { pairs = Array(pairs[...]) }
        return (pairs, tally)
    }

    /// The tally alone, in batches of at most `batchLimit` pairs, so that only one batch is in
    /// memory at a time.
    ///
    /// - Complexity: O(*p* + *b* · *k*) for *p* pairs in *b* batches of blocks of *k* records.
    func count(batchLimit: Int) -> Tally {
        var tally = Tally(rules: blocks.count)
        let batches = layout.batches(limit: batchLimit)
        let largest = batches.map { batch in batch.reduce(0) { $0 + layout.partitions[$1].entries } }.max() ?? 0
        let buffer = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(largest, 1))
        defer { buffer.deallocate() }
        for batch in batches {
            scatter(batch, into: buffer)
            tally.add(merge(batch, in: buffer, keep: false))
        }
        return tally
    }

    // MARK: - Scatter

    /// Writes the sort keys of every pair whose first record is in `batch`'s partitions to
    /// `keys`, the batch's first partition at the start.
    private func scatter(_ batch: Range<Int>, into keys: UnsafeMutableBufferPointer<UInt64>) {
        let layout = layout
        let origin = layout.partitions[batch.lowerBound].offset
        let low = UInt32(truncatingIfNeeded: layout.partitions[batch.lowerBound].base)
        let high = UInt32(truncatingIfNeeded: layout.partitions[batch.upperBound - 1].end)
        let firstShift = UInt64(layout.recordBits + layout.ruleBits)
        let secondShift = UInt64(layout.ruleBits)
        nonisolated(unsafe) let output = keys
        Workers.run(jobs: layout.pieces.count, threads: threads) { piece, _ in
            let rule = layout.pieces[piece].rule
            var cursors = layout.pieceStarts[piece][batch].map { $0 - origin }
            blocks[rule].forEachBlock(in: layout.pieces[piece].blocks) { block in
                let size = block.count
                guard block[0] < high, block[size - 2] >= low else { return }
                for index in 0..<(size - 1) {
                    let first = block[index]
                    if first < low { continue }
                    if first >= high { break }
                    let partition = layout.partition(of: first)
                    let prefix = UInt64(Int(first) - layout.partitions[partition].base) << firstShift | UInt64(rule)
                    var cursor = cursors[partition - batch.lowerBound]
                    for second in block[(index + 1)...] {
                        output[cursor] = prefix | UInt64(second) << secondShift
                        cursor += 1
                    }
                    cursors[partition - batch.lowerBound] = cursor
                }
            }
            #if GOLDEN_INVARIANTS
                for partition in batch {
                    let end = piece + 1 < layout.pieces.count
                        ? layout.pieceStarts[piece + 1][partition]
                        : layout.partitions[partition].offset + layout.partitions[partition].entries
                    precondition(cursors[partition - batch.lowerBound] == end - origin, "pair layout miscounted")
                }
            #endif
        }
    }

    // MARK: - Merge

    /// Sorts and deduplicates each partition of `batch` in `keys`; when `keep`, leaves the
    /// distinct pairs, packed and sorted, at the start of `keys`.
    private func merge(_ batch: Range<Int>, in keys: UnsafeMutableBufferPointer<UInt64>, keep: Bool) -> Tally {
        let layout = layout
        let origin = layout.partitions[batch.lowerBound].offset
        let workers = Workers.workers(jobs: batch.count, threads: threads)
        let largest = batch.map { layout.partitions[$0].entries }.max() ?? 0
        let scratch = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(1, largest * workers))
        defer { scratch.deallocate() }
        var tallies = [Tally](repeating: Tally(rules: blocks.count), count: workers)
        var kept = [Int](repeating: 0, count: batch.count)
        tallies.withUnsafeMutableBufferPointer { tallies in
            kept.withUnsafeMutableBufferPointer { kept in
                nonisolated(unsafe) let (tallies, kept, keys) = (tallies, kept, keys)
                Workers.run(jobs: batch.count, threads: threads) { job, worker in
                    let partition = layout.partitions[batch.lowerBound + job]
                    let start = partition.offset - origin
                    let region = UnsafeMutableBufferPointer(rebasing: keys[start..<(start + partition.entries)])
                    let own = scratch[(worker * largest)..<((worker + 1) * largest)]
                    RadixSort.sort(region, bits: partition.keyBits, scratch: UnsafeMutableBufferPointer(rebasing: own))
                    kept[job] = deduplicate(region, base: partition.base, keep: keep, into: &tallies[worker])
                }
            }
        }
        var tally = Tally(rules: blocks.count)
        for worker in tallies { tally.add(worker) }
        if keep {
            guard let base = keys.baseAddress else { return tally }
            var end = 0
            for job in 0..<batch.count where kept[job] > 0 {
                let start = layout.partitions[batch.lowerBound + job].offset - origin
                if start != end { (base + end).moveInitialize(from: base + start, count: kept[job]) }
                end += kept[job]
            }
        }
        return tally
    }

    /// Counts the distinct pairs of one sorted partition and each rule's share; when `keep`,
    /// writes them as packed ``RecordPair``s at the start of `sorted` and returns how many.
    private func deduplicate(
        _ sorted: UnsafeMutableBufferPointer<UInt64>, base: Int, keep: Bool, into tally: inout Tally
    ) -> Int {
        let rules = blocks.count
        // Plain counters: distinct pairs per rule, then new pairs per rule.
        let counters = UnsafeMutablePointer<Int>.allocate(capacity: 2 * rules)
        defer { counters.deallocate() }
        counters.initialize(repeating: 0, count: 2 * rules)
        let ruleBits = UInt64(layout.ruleBits)
        let recordBits = UInt64(layout.recordBits)
        let ruleMask = (UInt64(1) << ruleBits) &- 1
        let recordMask = (UInt64(1) << recordBits) &- 1
        let first = UInt64(base)
        let keys = sorted.baseAddress
        let count = sorted.count
        var written = 0
        var index = 0
        while index < count {
            let key = keys.unsafelyUnwrapped[index]
            let pair = key &>> ruleBits
            var rule = Int(truncatingIfNeeded: key & ruleMask)
            counters[rules &+ rule] &+= 1
            counters[rule] &+= 1
            index &+= 1
            while index < count {
                let next = keys.unsafelyUnwrapped[index]
                guard next &>> ruleBits == pair else { break }
                let nextRule = Int(truncatingIfNeeded: next & ruleMask)
                if nextRule != rule { counters[nextRule] &+= 1 }
                rule = nextRule
                index &+= 1
            }
            if keep { keys.unsafelyUnwrapped[written] = (first &+ (pair &>> recordBits)) << 32 | (pair & recordMask) }
            written &+= 1
        }
        for rule in 0..<rules {
            tally.ruleDistinct[rule] += counters[rule]
            tally.ruleNew[rule] += counters[rules + rule]
        }
        tally.pairs += written
        return written
    }
}
