import GoldenCore
import Match
import Store

/// Which review items to list: by status (open by default; `nil` for all), by kind, by score
/// band (probability at least `minProbability`, at most `maxProbability`), by a record's source,
/// a page at a time.
public struct ReviewQuery: Hashable, Sendable {
    public var status: String?
    public var kind: String?
    public var limit: Int
    public var offset: Int
    public var minProbability: Double?
    public var maxProbability: Double?
    /// Only items with a record from this source.
    public var source: String?

    public init(
        status: String? = ReviewDesk.Status.open.rawValue, kind: String? = nil, limit: Int = 50, offset: Int = 0,
        minProbability: Double? = nil, maxProbability: Double? = nil, source: String? = nil
    ) {
        self.status = status
        self.kind = kind
        self.limit = limit
        self.offset = offset
        self.minProbability = minProbability
        self.maxProbability = maxProbability
        self.source = source
    }

    /// The store's filter for this query.
    var filter: ReviewItemFilter {
        ReviewItemFilter(
            status: status, kind: kind, minProbability: minProbability, maxProbability: maxProbability, source: source)
    }
}

/// One review item as a steward sees it in the queue: its pair as `source:key` with their golden
/// ids, and the state to send back with a decision (`status`, `updated_at`).
public struct ReviewItemView: Hashable, Sendable, Codable {
    public var id: Int64
    public var kind: String
    public var status: String
    public var probability: Double?
    /// Why the item was queued; never personal data.
    public var reason: String
    public var a: RecordRef
    public var b: RecordRef
    /// The golden record each record is in now; `nil` before the first merge.
    public var goldenA: String?
    public var goldenB: String?
    public var createdRun: Int64?
    /// When the item was queued or last changed (ISO 8601 UTC): with `status`, the version a
    /// decision expects.
    public var updatedAt: String

    /// The version a decision on this item expects.
    public var version: ReviewItemVersion {
        ReviewItemVersion(status: status, updatedAt: Timestamp(iso8601: updatedAt) ?? Timestamp(secondsSinceEpoch: 0))
    }

    public init(_ row: ReviewItemWithRecords) {
        id = row.item.id
        kind = row.item.kind
        status = row.item.status
        probability = row.item.probability
        reason = row.item.reason
        a = RecordRef(source: row.sourceA, key: row.keyA)
        b = RecordRef(source: row.sourceB, key: row.keyB)
        goldenA = row.goldenA
        goldenB = row.goldenB
        createdRun = row.item.createdRun
        updatedAt = row.item.updatedAt.iso8601
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, status, probability, reason, a, b, goldenA = "golden_a", goldenB = "golden_b"
        case createdRun = "created_run", updatedAt = "updated_at"
    }
}

/// A page of the review queue (`golden review list`).
public struct ReviewPage: Hashable, Sendable, Codable {
    /// How many items match the query, over all pages.
    public var total: Int
    public var offset: Int
    public var limit: Int
    public var items: [ReviewItemView]

    /// One line per item: id, kind, status, probability, the two records and golden ids, reason.
    public var text: String {
        guard !items.isEmpty else { return total == 0 ? "no review items" : "no review items from \(offset) on (\(total) in all)" }
        var rows = [["id", "kind", "status", "prob", "record a", "golden a", "record b", "golden b", "reason"]]
        for item in items {
            rows.append([
                String(item.id), item.kind, item.status, item.probability.map { String(format3: $0) } ?? "–",
                item.a.description, item.goldenA ?? "–", item.b.description, item.goldenB ?? "–", item.reason,
            ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .replacingTrailingSpaces()
        }
        lines.append("items \(offset + 1)–\(offset + items.count) of \(total)")
        return lines.joined(separator: "\n")
    }
}

/// One review item in full (`golden review show`): the item, the two records side by side, the
/// pair's explanation under the saved model, and the constraint a steward already put on it.
public struct ReviewItemDetail: Sendable, Codable {
    public var item: ReviewItemView
    /// Each comparison's level and weight, the band, whether the records are one cluster now;
    /// the compared values only when asked for (personal data).
    public var explanation: PairReport?
    /// Why there is no explanation (no trained model yet, a record not normalized).
    public var explanationMissing: String?
    /// The stored constraint on the pair, if any.
    public var constraint: ConstraintView?

    public init(item: ReviewItemView, explanation: PairReport? = nil, explanationMissing: String? = nil, constraint: ConstraintView? = nil) {
        self.item = item
        self.explanation = explanation
        self.explanationMissing = explanationMissing
        self.constraint = constraint
    }

    enum CodingKeys: String, CodingKey {
        case item, explanation, explanationMissing = "explanation_missing", constraint
    }

    public var text: String {
        var lines = ["review item \(item.id): \(item.kind), \(item.status) (updated \(item.updatedAt))"]
        lines.append("reason: \(item.reason)" + (item.probability.map { "; probability \(String(format3: $0))" } ?? ""))
        let left = [item.a.description, item.goldenA ?? "no golden record"]
        let right = [item.b.description, item.goldenB ?? "no golden record"]
        let width = left.map(\.count).max() ?? 0
        for (label, (a, b)) in zip(["record", "golden"], zip(left, right)) {
            lines.append("\(label)  \(a)\(String(repeating: " ", count: width - a.count))  |  \(b)")
        }
        if let constraint { lines.append("decided: \(constraint.kind.rawValue) by \(constraint.actor) at \(constraint.at): \(constraint.reason)") }
        lines.append("")
        lines.append(explanation?.text ?? "no explanation: \(explanationMissing ?? "unknown")")
        return lines.joined(separator: "\n")
    }
}

/// A stored constraint, with its records as `source:key`.
public struct ConstraintView: Hashable, Sendable, Codable {
    public var kind: MatchConstraint.Kind
    public var a: RecordRef
    public var b: RecordRef
    public var actor: String
    public var reason: String
    /// When (ISO 8601 UTC).
    public var at: String
}

/// What a decision did (`golden review accept|reject|merge|split`).
public struct DecisionReport: Hashable, Sendable, Codable {
    /// `accept`, `reject`, `merge` or `split`.
    public var action: String
    public var actor: String
    public var reason: String
    /// The golden ids acted on (resolved to active ids).
    public var goldens: [String]
    /// Review items settled, with their new status.
    public var items: [Int64]
    public var status: String?
    /// The must-links and cannot-links written, as `source:key` pairs.
    public var constraints: [ConstraintLink]
    public var changes: DecisionChanges

    /// A constraint written by the decision.
    public struct ConstraintLink: Hashable, Sendable, Codable {
        public var kind: MatchConstraint.Kind
        public var a: RecordRef
        public var b: RecordRef
    }

    public var text: String {
        var lines = ["\(action) by \(actor): \(reason)"]
        if !goldens.isEmpty { lines.append("golden records: \(goldens.joined(separator: ", "))") }
        if !items.isEmpty {
            lines.append("review items \(status ?? "settled"): \(items.map(String.init).joined(separator: ", "))")
        }
        for link in constraints { lines.append("\(link.kind.rawValue)  \(link.a)  \(link.b)") }
        if changes.constraintsRemoved > 0 { lines.append("constraints cleared: \(changes.constraintsRemoved)") }
        lines.append("takes effect on the next 'golden run'")
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// A probability with three decimals, without Foundation's formatting.
    init(format3 value: Double) {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        self = "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    fileprivate func replacingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
