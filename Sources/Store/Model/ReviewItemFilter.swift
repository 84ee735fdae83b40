import GRDB

/// Which review items a page of the queue holds: every filter is optional, and those given must
/// all hold.
///
/// ```swift
/// let filter = ReviewItemFilter(status: "open", kind: "review_band", minProbability: 0.4, source: "pos")
/// let page = try store.reviewItemsWithRecords(filter, limit: 50, offset: 0)
/// ```
public struct ReviewItemFilter: Hashable, Sendable {
    public var status: Optional<String>
    public var kind: Optional<String>
    /// The score band: items whose probability is at least `minProbability` and at most
    /// `maxProbability`. Items without a probability (survivorship conflicts) fall outside any
    /// band.
    public var minProbability: Optional<Double>
    public var maxProbability: Optional<Double>
    /// Items with at least one record from this source.
    public var source: Optional<String>

    public init(
        status: String? = nil, kind: String? = nil, minProbability: Double? = nil, maxProbability: Double? = nil,
        source: String? = nil
    ) {
        self.status = status
        self.kind = kind
        self.minProbability = minProbability
        self.maxProbability = maxProbability
        self.source = source
    }

    /// The SQL condition over `review_items i`, `source_records ra` and `rb`, with only the
    /// filters given, so that SQLite can use their indexes; and its arguments.
    var condition: (sql: String, arguments: [(any DatabaseValueConvertible)?]) {
        var terms: [String] = [], arguments: [(any DatabaseValueConvertible)?] = []
        func add(_ sql: String, _ value: (any DatabaseValueConvertible)?) {
            guard let value else { return }
            terms.append(sql)
            arguments.append(value)
        }
        add("i.status = ?", status)
        add("i.kind = ?", kind)
        add("i.probability >= ?", minProbability)
        add("i.probability <= ?", maxProbability)
        if let source {
            terms.append("(ra.source = ? OR rb.source = ?)")
            arguments += [source, source]
        }
        return (terms.isEmpty ? "1" : terms.joined(separator: " AND "), arguments)
    }
}
