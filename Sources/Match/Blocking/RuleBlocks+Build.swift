extension RuleBlocks {
    /// The kept blocks of each of `rules` over `records`, in rule order.
    ///
    /// One pass over the records gives every rule's block keys (a key that rules share is read
    /// once), stretches of records in parallel; then each rule's keys are grouped into blocks,
    /// rules in parallel, each worker reusing one scratch buffer.
    ///
    /// - Complexity: O(*n* + *k* log *b*) for *n* records' key values giving *k* block keys in
    ///   blocks of at most *b* records.
    static func build(
        rules: [BlockingRule], records: [MatchRecord], maxBlockSize: Int, threads: Int
    ) -> [RuleBlocks] {
        let stretches = threads <= 1 ? 1 : min(threads * 4, max(1, records.count / 4096))
        let columns = Workers.map(jobs: stretches, threads: threads) { stretch, _ in
            keys(of: rules, in: records, stretch: stretch, of: stretches)
        }
        let scratch = (0..<Workers.workers(jobs: rules.count, threads: threads)).map { _ in GroupingScratch() }
        return Workers.map(jobs: rules.count, threads: threads) { rule, worker in
            defer { columns.forEach { $0.free(rule) } }
            let entries = columns.map { $0.column(rule) }
            return RuleBlocks(entries: entries, maxBlockSize: maxBlockSize, scratch: scratch[worker])
        }
    }

    /// The block keys of every rule for the `stretch`-th of `stretches` near-equal stretches of
    /// `records`, one column per rule.
    private static func keys(
        of rules: [BlockingRule], in records: [MatchRecord], stretch: Int, of stretches: Int
    ) -> KeyColumns {
        let range = (records.count * stretch / stretches)..<(records.count * (stretch + 1) / stretches)
        let keys = RuleKeys(rules)
        let columns = KeyColumns(rules: rules.count, capacity: range.count)
        records.withUnsafeBufferPointer { records in
            for index in range {
                let record = UInt32(truncatingIfNeeded: index)
                keys.forEachKey(of: records.baseAddress! + index) { rule, key in
                    columns.append(Entry(key: key, record: record), to: rule)
                }
            }
        }
        return columns
    }
}
