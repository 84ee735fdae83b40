/// How common each value of the term-frequency comparisons is: the share of records with a
/// value that have this one.
///
/// An exact match on a rare family name says more than one on the commonest, so the
/// ``Scorer`` replaces u of the exact level by the value's frequency (see
/// ``Scorer/score(_:_:)``). A record's value is the key of its first text of the comparison's
/// attribute (``Comparison/termValue(of:)``).
///
/// The frequencies are counts over the records they were taken from, and belong to the match
/// model that was fitted on those records: a pair scores the same whichever records arrive
/// later, which is what lets an incremental run match new records alone and still agree with a
/// full re-resolution. A value never seen then is as rare as a value seen once.
///
/// ```swift
/// let frequencies = TermFrequencies(records: records, comparisons: set)
/// frequencies.frequency(comparison: 1, value: "smith")    // 0.012
/// frequencies.frequency(comparison: 1, value: "zebedee")  // 1 / records with a value: unseen
/// frequencies.frequency(comparison: 0, value: "smith")    // nil: no term frequencies there
/// ```
public struct TermFrequencies: Hashable, Sendable, Codable {
    /// One comparison's counts: value → records with it, and the records with any value.
    public struct Counts: Hashable, Sendable, Codable {
        public var counts: [String: Int]
        public var total: Int

        public init(counts: [String: Int], total: Int) {
            precondition(total >= counts.values.reduce(0, +), "more values than records")
            self.counts = counts
            self.total = total
        }
    }

    /// Per comparison index: its counts; `nil` for comparisons without term frequencies.
    public let tables: [Counts?]

    /// The frequencies of the values of `records`, for every comparison of `comparisons` with
    /// ``Comparison/termFrequency`` set.
    ///
    /// - Complexity: O(*n* · *c*) for *n* records and *c* such comparisons.
    public init(records: [MatchRecord], comparisons: ComparisonSet) {
        tables = comparisons.comparisons.map { comparison in
            guard comparison.termFrequency else { return nil }
            var counts: [String: Int] = [:]
            var withValue = 0
            for record in records {
                guard let value = comparison.termValue(of: record), !value.isEmpty else { continue }
                counts[value, default: 0] += 1
                withValue += 1
            }
            return Counts(counts: counts, total: withValue)
        }
    }

    /// Frequencies already counted, per comparison index (see ``ScoringTable/termFrequencies()``).
    public init(tables: [Counts?]) {
        self.tables = tables
    }

    /// The share of records with a value of comparison `comparison` (by index) whose value is
    /// `value` — for a value never counted, that of a value counted once; `nil` when the
    /// comparison has no term frequencies, none of the records had a value, or `value` is empty.
    ///
    /// - Complexity: O(1) on average (one hash of `value`).
    public func frequency(comparison: Int, value: String) -> Double? {
        guard comparison < tables.count, let table = tables[comparison], table.total > 0, !value.isEmpty else { return nil }
        return Double(table.counts[value] ?? 1) / Double(table.total)
    }

    /// The number of distinct values seen for comparison `comparison` (0 without term
    /// frequencies).
    ///
    /// - Complexity: O(1).
    public func distinctValues(comparison: Int) -> Int {
        guard comparison < tables.count, let table = tables[comparison] else { return 0 }
        return table.counts.count
    }

    /// Whether these are frequencies for `comparisons`: a table exactly where a comparison
    /// has term frequencies.
    public func fits(_ comparisons: ComparisonSet) -> Bool {
        tables.count == comparisons.comparisons.count
            && zip(tables, comparisons.comparisons).allSatisfy { ($0 != nil) == $1.termFrequency }
    }
}
