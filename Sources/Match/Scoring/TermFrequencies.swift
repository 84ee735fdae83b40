/// How common each value of the term-frequency comparisons is: the share of records with a
/// value that have this one.
///
/// An exact match on a rare family name says more than one on the commonest, so the
/// ``Scorer`` replaces u of the exact level by the value's frequency (see
/// ``Scorer/score(_:_:)``). A record's value is the key of its first text of the comparison's
/// attribute (``Comparison/termValue(of:)``).
///
/// ```swift
/// let frequencies = TermFrequencies(records: records, comparisons: set)
/// frequencies.frequency(comparison: 1, value: "smith")  // 0.012
/// frequencies.frequency(comparison: 1, value: "zebedee")  // nil: never seen
/// ```
public struct TermFrequencies: Sendable {
    /// Per comparison index: value → frequency; `nil` for comparisons without term frequencies.
    private let tables: [[String: Double]?]

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
            return counts.mapValues { Double($0) / Double(withValue) }
        }
    }

    /// Frequencies already counted: per comparison index, value → frequency (see
    /// ``ScoringTable/termFrequencies()``).
    init(tables: [[String: Double]?]) {
        self.tables = tables
    }

    /// The share of records with a value of comparison `comparison` (by index) whose value is
    /// `value`; `nil` when the comparison has no term frequencies or the value was never seen.
    ///
    /// - Complexity: O(1) on average (one hash of `value`).
    public func frequency(comparison: Int, value: String) -> Double? {
        guard comparison < tables.count, let table = tables[comparison] else { return nil }
        return table[value]
    }

    /// The number of distinct values seen for comparison `comparison` (0 without term
    /// frequencies).
    ///
    /// - Complexity: O(1).
    public func distinctValues(comparison: Int) -> Int {
        guard comparison < tables.count, let table = tables[comparison] else { return 0 }
        return table.count
    }
}
