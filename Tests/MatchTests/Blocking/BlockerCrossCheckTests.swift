import GoldenCore
import Testing

@testable import Match

/// The blocker against a plain reading of the rules: blocks as dictionaries of key texts, pairs
/// as sets, on random records; and the internal layout (partitions, batches, threads) changing
/// nothing.
@Suite("Blocker cross-check")
struct BlockerCrossCheckTests {
    typealias F = BlockFixture

    static let rules = [
        F.rule("email"), F.rule("given_name.phonetic", "family_name"),
        F.rule("postcode.district", "date_of_birth.year"), F.rule("given_name.phonetic"),
        F.rule("family_name", "email"),
    ]

    /// A key's values as text, read independently of the hashing code.
    static func values(_ key: BlockingKey, _ record: MatchRecord) -> [String] {
        switch key.description {
        case "email": record.emails.compactMap(\.canonical)
        case "given_name.phonetic": record.givenNames.compactMap { $0.phonetic?.primary }
        case "family_name": record.familyNames.map(\.key)
        case "postcode.district":
            record.address?.postcode.flatMap { PostcodeComparison.district(of: $0) }.map { [String($0)] } ?? []
        case "date_of_birth.year": record.birthDate?.year.map { ["\($0)"] } ?? []
        default: []
        }
    }

    /// Each rule's pairs and statistics by the definition.
    static func reference(_ records: [MatchRecord], maxBlockSize: Int) -> ([RecordPair], [BlockingStatistics]) {
        var seen: Set<RecordPair> = []
        var statistics: [BlockingStatistics] = []
        for rule in rules {
            var blocks: [[String]: Set<Int>] = [:]
            for (index, record) in records.enumerated() {
                var combinations: [[String]] = [[]]
                for key in rule.keys {
                    combinations = combinations.flatMap { prefix in values(key, record).map { prefix + [$0] } }
                }
                for combination in combinations { blocks[combination, default: []].insert(index) }
            }
            var row = BlockingStatistics(rule: rule.name)
            var pairs: Set<RecordPair> = []
            for members in blocks.values where members.count > 1 {
                let sorted = members.sorted()
                let count = sorted.count * (sorted.count - 1) / 2
                guard sorted.count <= maxBlockSize else {
                    row.oversizedBlocks += 1
                    row.oversizedRecords += sorted.count
                    row.skippedPairs += count
                    continue
                }
                row.blocks += 1
                row.largestBlock = max(row.largestBlock, sorted.count)
                for (position, first) in sorted.enumerated() {
                    for second in sorted[(position + 1)...] { pairs.insert(RecordPair(first, second)) }
                }
            }
            row.pairs = pairs.count
            row.newPairs = pairs.subtracting(seen).count
            seen.formUnion(pairs)
            statistics.append(row)
        }
        return (seen.sorted(), statistics)
    }

    @Test("Pairs and statistics agree with the definition, on 1 and 2 threads", arguments: [1, 2, 3])
    func againstReference(_ seed: UInt64) {
        let records = F.randomRecords(400, seed: seed)
        let (pairs, statistics) = Self.reference(records, maxBlockSize: 25)
        // The input exercises what it should: every rule but the phonetic code alone (all of whose
        // blocks are oversized) finds pairs, and rules overlap.
        #expect(statistics.map { $0.pairs > 0 } == [true, true, true, false, true])
        #expect(statistics[3].oversizedBlocks > 0 && statistics[4].newPairs < statistics[4].pairs)
        let blocker = Blocker(rules: Self.rules, maxBlockSize: 25)
        for threads in [1, 2] {
            let candidates = blocker.candidates(in: records, threads: threads)
            #expect(candidates.pairs == pairs)
            #expect(candidates.rules == statistics)
            #expect(blocker.countPairs(in: records, threads: threads) == pairs.count)
        }
    }

    @Test("Many small partitions, batches and threads give the same pairs and counts", arguments: [8, 100, 5_000])
    func layoutChangesNothing(_ partitionTarget: Int) {
        let records = F.randomRecords(600, seed: 7)
        let blocker = Blocker(rules: Self.rules, maxBlockSize: 25)
        let expected = blocker.candidates(in: records)
        let blocks = RuleBlocks.build(rules: Self.rules, records: records, maxBlockSize: 25, threads: 2)
        for threads in [1, 2, 3] {
            let merger = PairMerger(
                blocks: blocks, recordCount: records.count, threads: threads, partitionTarget: partitionTarget)
            let (pairs, tally) = merger.collect()
            #expect(pairs == expected.pairs)
            #expect(tally.ruleDistinct == expected.rules.map(\.pairs))
            #expect(tally.ruleNew == expected.rules.map(\.newPairs))
            for batchLimit in [1, 500, 1 << 22] {
                let counted = merger.count(batchLimit: batchLimit)
                #expect(counted.pairs == expected.pairs.count)
                #expect(counted.ruleNew == tally.ruleNew)
            }
        }
    }

    @Test("The layout plans exactly as many pairs as the blocks hold, in partitions near the target")
    func layoutCounts() {
        let records = F.randomRecords(600, seed: 11)
        let blocks = RuleBlocks.build(rules: Self.rules, records: records, maxBlockSize: 25, threads: 1)
        let layout = PairLayout(blocks: blocks, recordCount: records.count, threads: 1, partitionTarget: 100)
        #expect(layout.total == blocks.reduce(0) { $0 + $1.pairEntries })
        #expect(layout.partitions.count > 10)
        #expect(layout.pieces.count > Self.rules.count)
        #expect(layout.pieces.map(\.rule) == layout.pieces.map(\.rule).sorted())
        #expect(layout.partitions.first?.base == 0 && layout.partitions.last?.end == records.count)
        for (index, partition) in layout.partitions.enumerated().dropFirst() {
            #expect(partition.base == layout.partitions[index - 1].end)
            #expect(partition.offset == layout.partitions[index - 1].offset + layout.partitions[index - 1].entries)
        }
    }

    @Test("Radix sort orders keys like the standard sort", arguments: [0, 1, 255, 257, 4_095, 20_000])
    func radixSort(_ count: Int) {
        var generator = F.Generator(seed: UInt64(count))
        for bits in [1, 17, 37, 64] {
            let mask = bits == 64 ? UInt64.max : (UInt64(1) << bits) - 1
            var keys = (0..<count).map { _ in generator.next() & mask }
            let expected = keys.sorted()
            var scratch = [UInt64](repeating: 0, count: count)
            keys.withUnsafeMutableBufferPointer { keys in
                scratch.withUnsafeMutableBufferPointer { RadixSort.sort(keys, bits: bits, scratch: $0) }
            }
            #expect(keys == expected)
        }
    }

    @Test("Grouping puts equal keys together with their records ascending")
    func grouping() {
        var generator = F.Generator(seed: 5)
        let parts = (0..<3).map { part in
            (0..<3_000).map { index in
                let key = generator.next() % 700 &* 0x9E37_79B9_7F4A_7C15
                return RuleBlocks.Entry(key: key, record: UInt32(part * 3_000 + index))
            }
        }
        let all = Array(parts.joined())
        var grouped: [RuleBlocks.Entry] = []
        all.withUnsafeBufferPointer { all in
            let parts = (0..<3).map { UnsafeBufferPointer(rebasing: all[($0 * 3_000)..<(($0 + 1) * 3_000)]) }
            RuleBlocks.forEachGroupedBucket(parts, scratch: GroupingScratch()) { grouped.append(contentsOf: $0) }
        }
        let expected = all.sorted(by: RuleBlocks.Entry.before)
        #expect(grouped.count == expected.count)
        var keysInOrder: [UInt64] = []
        for (index, entry) in grouped.enumerated() {
            if index > 0, grouped[index - 1].key == entry.key {
                #expect(grouped[index - 1].record < entry.record)
            } else {
                keysInOrder.append(entry.key)
            }
        }
        #expect(keysInOrder.count == Set(expected.map(\.key)).count)
    }
}
