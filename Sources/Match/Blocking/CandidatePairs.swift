/// The candidate pairs of a run of blocking: every pair some rule found, once, sorted, with what
/// each rule contributed.
public struct CandidatePairs: Sendable {
    /// Distinct pairs of record positions, ascending by ``RecordPair/packed``.
    public var pairs: [RecordPair]
    /// One per rule, in rule order.
    public var rules: [BlockingStatistics]
    /// The block size limit the run used.
    public var maxBlockSize: Int

    public init(pairs: [RecordPair], rules: [BlockingStatistics], maxBlockSize: Int) {
        self.pairs = pairs
        self.rules = rules
        self.maxBlockSize = maxBlockSize
    }

    /// One line per rule that skipped oversized blocks, with counts only (never a key's value):
    /// `rule postcode+given_name.phonetic: 3 blocks over 500 records skipped (4,210 records,
    /// 2,931,004 pairs)`.
    ///
    /// - Complexity: O(*r*) for *r* rules.
    public var warnings: [String] {
        rules.filter { $0.oversizedBlocks > 0 }.map { rule in
            let blocks = rule.oversizedBlocks == 1 ? "1 block" : grouped(rule.oversizedBlocks) + " blocks"
            return "rule \(rule.rule): \(blocks) over \(grouped(maxBlockSize)) records skipped "
                + "(\(grouped(rule.oversizedRecords)) records, \(grouped(rule.skippedPairs)) pairs)"
        }
    }
}

/// `value` with its digits in groups of three (`2,931,004`).
private func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var text = value < 0 ? "-" : ""
    for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
        text.append(digit)
    }
    return text
}
