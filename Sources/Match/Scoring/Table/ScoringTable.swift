/// The records' comparable values, laid out once per run for scoring millions of pairs: one row
/// of cells per record with the first value of every compared attribute in it, each value
/// interned so that an exact match is the comparison of two numbers, the fuzzy comparators
/// reading the values' UTF-8 bytes in place, dates as integers, and no reference counting in
/// the scoring loop.
///
/// A table gives exactly what the records give: ``vector(_:_:)`` is
/// ``ComparisonSet/vector(_:_:)`` of the records, and a ``TableScorer`` (``weighed(by:)``)
/// scores a pair with the same weight, bit for bit, as ``Scorer/score(_:_:)``.
///
/// ```swift
/// let table = ScoringTable(records: records, comparisons: settings.comparisons, threads: 2)
/// let scorer = Scorer(model: model, comparisons: settings.comparisons, termFrequencies: table.termFrequencies())
/// let scored = table.weighed(by: scorer).score(candidates.pairs, keepFrom: 0.5, threads: 2)
/// ```
public struct ScoringTable: @unchecked Sendable {
    public let comparisons: ComparisonSet
    /// The records, by position; read only for the rare pairs whose values cannot be compared
    /// by number (see ``TextPoolBuilder/exotic``).
    public let records: [MatchRecord]
    let owner: FrozenBuffers
    let rows: TableRows
    /// Where each text attribute's values are in a row.
    let textColumns: [MatchAttribute: TextColumnLayout]

    /// The table of `records` for `comparisons`, built on up to `threads` threads.
    ///
    /// - Complexity: O(*n*) in the records' values.
    public init(records: [MatchRecord], comparisons: ComparisonSet, threads: Int = 1) {
        self.comparisons = comparisons
        self.records = records
        let owner = FrozenBuffers()
        self.owner = owner
        let groups = Self.groups(for: comparisons)
        let built = Workers.map(jobs: groups.count, threads: threads) { job, _ in groups[job].build(records) }
        let termAttributes = Set(comparisons.comparisons.filter(\.termFrequency).map(\.attribute))
        var layout = RowLayout(built, termAttributes: termAttributes, owner: owner)
        layout.fill(records: records.count, from: built, threads: threads)
        textColumns = layout.textColumns
        rows = layout.rows(comparisons: comparisons, owner: owner)
    }

    /// The number of records.
    public var count: Int { records.count }

    /// The levels of every comparison for the records at positions `a` and `b`: the same as
    /// ``ComparisonSet/vector(_:_:)`` of the records.
    ///
    /// - Complexity: that of the comparisons, without copying the records.
    public func vector(_ a: Int, _ b: Int) -> ComparisonVector {
        precondition(a >= 0 && a < count && b >= 0 && b < count, "no such record")
        let x = rows.row(a), y = rows.row(b)
        if TableRows.isExotic(x) || TableRows.isExotic(y) { return comparisons.vector(records[a], records[b]) }
        return rows.vector(x, y)
    }

    /// The levels of the comparisons at `indices` alone for the records at positions `a` and
    /// `b`, the others missing: the same as ``Comparison/level(_:_:)`` of the records for each.
    ///
    /// - Complexity: that of those comparisons, without copying the records.
    public func vector(_ a: Int, _ b: Int, only indices: [Int]) -> ComparisonVector {
        precondition(a >= 0 && a < count && b >= 0 && b < count, "no such record")
        var vector = ComparisonVector.allMissing
        let x = rows.row(a), y = rows.row(b)
        if TableRows.isExotic(x) || TableRows.isExotic(y) {
            for index in indices {
                if let level = comparisons.comparisons[index].level(records[a], records[b]) { vector[index] = level }
            }
            return vector
        }
        for index in indices {
            let level = rows.level(index, x, y)
            if level >= 0 { vector[index] = level }
        }
        return vector
    }

    /// How common each value of the term-frequency comparisons is: the same frequencies as
    /// ``TermFrequencies/init(records:comparisons:)``, counted by number and hashed once per
    /// distinct value.
    ///
    /// - Complexity: O(*n* + *d*) for *n* records and *d* distinct values.
    public func termFrequencies() -> TermFrequencies {
        TermFrequencies(
            tables: comparisons.comparisons.map { comparison in
                guard comparison.termFrequency, let column = textColumns[comparison.attribute] else { return nil }
                return frequencies(of: column)
            })
    }

    /// The share of the records with a first text whose first text is each value.
    private func frequencies(of column: TextColumnLayout) -> TermFrequencies.Counts {
        let pool = rows.pools[column.pool]
        var counts = [Int](repeating: 0, count: pool.keys.count)
        var withValue = 0
        for record in 0..<count {
            let value = rows.row(record)[column.term]
            guard value >= 0 else { continue }
            counts[Int(pool.values[Int(value)].key)] += 1
            withValue += 1
        }
        // Distinct bytes can be equal `String`s (canonical equivalence): their counts add up.
        var byValue: [String: Int] = [:]
        for (key, count) in counts.enumerated() where count > 0 {
            byValue[String(decoding: pool.keys[Int32(key)], as: UTF8.self), default: 0] += count
        }
        return TermFrequencies.Counts(counts: byValue, total: withValue)
    }

    /// This table with `scorer`'s weights, which must be for the same comparisons.
    ///
    /// - Complexity: O(*d*) for *d* distinct term-frequency values, a hash each.
    public func weighed(by scorer: Scorer) -> TableScorer { TableScorer(table: self, scorer: scorer) }
}

/// Where a text attribute's values are in a row.
struct TextColumnLayout {
    /// The first cell: the value's number for an attribute with at most one value, else a run.
    var offset: Int
    var isMultiValued: Bool
    var pool: Int
    /// The cell of the record's term value (``Comparison/termValue(of:)``): the value number of
    /// its first text, -1 when it has none or the first is missing.
    var term: Int
}
