/// The blocking step of record linkage: which pairs of records are worth comparing.
///
/// Each rule groups records by its keys (``BlockingRule``, ``BlockingKey``); two records that
/// share a block are a candidate pair. The rules are OR'ed: a pair any rule finds is a
/// candidate, once however many rules or blocks find it. A block of more than ``maxBlockSize``
/// records (a common surname in a large city) is skipped and counted in the rule's
/// ``BlockingStatistics``, never silently dropped.
///
/// Records are addressed by their position in the array given (``RecordPair``). A record is in
/// a block once even when several of its values lead there (two e-mails at one address), and
/// never pairs with itself. The output depends on the records and rules only, not on the number
/// of threads.
public struct Blocker: Sendable {
    /// The rules, in order: a pair's first finder gets it in ``BlockingStatistics/newPairs``.
    public let rules: [BlockingRule]
    /// The largest block kept.
    public let maxBlockSize: Int

    /// A blocker over `rules` (at most 256) that skips blocks of more than `maxBlockSize`
    /// (at least 2) records.
    public init(rules: [BlockingRule], maxBlockSize: Int) {
        precondition(maxBlockSize >= 2, "a block needs room for a pair")
        precondition(rules.count <= 256, "at most 256 blocking rules")
        self.rules = rules
        self.maxBlockSize = maxBlockSize
    }

    /// A blocker over the settings' blocking rules and block size limit.
    public init(settings: MatchSettings) {
        self.init(rules: settings.blocking, maxBlockSize: settings.maxBlockSize)
    }

    /// All candidate pairs of all rules, deduplicated, sorted by ``RecordPair/packed``, with
    /// per-rule statistics.
    ///
    /// - Parameter threads: how many threads to use (the rules' blocks are built, and the pairs
    ///   sorted, in parallel).
    /// - Complexity: O(*n* + *p*) for *n* records' key values and *p* pairs before
    ///   deduplication; memory 8 bytes per pair before deduplication plus the blocks (and,
    ///   while the blocks are built, 16 bytes per block key).
    public func candidates(in records: [MatchRecord], threads: Int = 1) -> CandidatePairs {
        guard !records.isEmpty, !rules.isEmpty else {
            let statistics = rules.map { BlockingStatistics(rule: $0.name) }
            return CandidatePairs(pairs: [], rules: statistics, maxBlockSize: maxBlockSize)
        }
        let blocks = blocks(of: rules, in: records, threads: threads)
        let (pairs, tally) = PairMerger(blocks: blocks, recordCount: records.count, threads: threads).collect()
        let statistics = rules.indices.map { index in
            BlockingStatistics(
                rule: rules[index].name, blocks: blocks[index].count, pairs: tally.ruleDistinct[index],
                newPairs: tally.ruleNew[index], oversizedBlocks: blocks[index].oversizedBlocks,
                oversizedRecords: blocks[index].oversizedRecords, skippedPairs: blocks[index].skippedPairs,
                largestBlock: blocks[index].largestBlock)
        }
        return CandidatePairs(pairs: pairs, rules: statistics, maxBlockSize: maxBlockSize)
    }

    /// The distinct pairs of `rule` alone (under this blocker's block size limit), sorted; when
    /// there are more than `limit`, an evenly spread subset of `limit`: every *k*-th pair in
    /// order, the same for the same input. For the EM sessions that learn from one rule's pairs.
    ///
    /// - Complexity: O(*n* + *p*) for *n* records' key values and the rule's *p* pairs.
    public func pairs(
        of rule: BlockingRule, in records: [MatchRecord], limit: Int? = nil, threads: Int = 1
    ) -> [RecordPair] {
        precondition((limit ?? 0) >= 0, "a negative limit")
        guard !records.isEmpty, limit != 0 else { return [] }
        let blocks = blocks(of: [rule], in: records, threads: threads)
        let (pairs, _) = PairMerger(blocks: blocks, recordCount: records.count, threads: threads).collect()
        guard let limit, pairs.count > limit else { return pairs }
        return (0..<limit).map { pairs[$0 * pairs.count / limit] }
    }

    /// The number of distinct pairs the rules find together, for the prior from deterministic
    /// rules. The pairs are not kept: a single rule whose blocks share no record is counted
    /// block by block, otherwise the pairs are merged a few million at a time.
    ///
    /// - Complexity: O(*n* + *p*), memory for the blocks and at most 4M pairs at once.
    public func countPairs(in records: [MatchRecord], threads: Int = 1) -> Int {
        guard !records.isEmpty, !rules.isEmpty else { return 0 }
        let blocks = blocks(of: rules, in: records, threads: threads)
        if blocks.count == 1, blocks[0].hasDistinctRecords(recordCount: records.count) { return blocks[0].pairEntries }
        return PairMerger(blocks: blocks, recordCount: records.count, threads: threads).count(batchLimit: 1 << 22).pairs
    }

    /// The kept blocks of each of `rules`.
    private func blocks(of rules: [BlockingRule], in records: [MatchRecord], threads: Int) -> [RuleBlocks] {
        precondition(records.count <= Int(Int32.max), "at most 2³¹ − 1 records")
        return RuleBlocks.build(rules: rules, records: records, maxBlockSize: maxBlockSize, threads: threads)
    }
}
