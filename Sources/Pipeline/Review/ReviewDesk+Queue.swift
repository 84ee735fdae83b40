import GoldenCore
import Match
import Store

extension ReviewDesk {
    /// A page of the review queue, by item id.
    ///
    /// - Throws: `usage` for an unknown status or kind, a negative limit or offset, or a score
    ///   band outside 0…1.
    public func list(_ query: ReviewQuery = ReviewQuery()) throws(GoldenError) -> ReviewPage {
        guard query.limit >= 0, query.offset >= 0 else { throw GoldenError(.usage, "limit and offset must not be negative") }
        if let status = query.status, Status(rawValue: status) == nil {
            let known = Status.allCases.map(\.rawValue).joined(separator: ", ")
            throw GoldenError(.usage, "unknown review status '\(status)'; one of \(known)")
        }
        if let kind = query.kind, !Self.kinds.contains(kind) {
            throw GoldenError(.usage, "unknown review item kind '\(kind)'; one of \(Self.kinds.joined(separator: ", "))")
        }
        for (name, bound) in [("min probability", query.minProbability), ("max probability", query.maxProbability)] {
            if let bound, !(0...1).contains(bound) { throw GoldenError(.usage, "the \(name) must be between 0 and 1") }
        }
        if let low = query.minProbability, let high = query.maxProbability, low > high {
            throw GoldenError(.usage, "the min probability must not be above the max probability")
        }
        let rows = try store.reviewItemsWithRecords(query.filter, limit: query.limit, offset: query.offset)
        return ReviewPage(
            total: try store.reviewItemCount(query.filter), offset: query.offset, limit: query.limit,
            items: rows.map(ReviewItemView.init))
    }

    /// Review item `id` in full: its records side by side, the pair's explanation under the saved
    /// model (see ``PairExplainer``) and any constraint already on the pair.
    ///
    /// - Parameter showValues: include both records' compared values (personal data).
    /// - Throws: `notFound` for no such item. A missing explanation (no trained model yet, a
    ///   record not normalized) is reported in the detail, not thrown.
    public func show(_ id: Int64, showValues: Bool = false) throws(GoldenError) -> ReviewItemDetail {
        guard let row = try store.reviewItemWithRecords(id: id) else { throw GoldenError(.notFound, "no review item \(id)") }
        let item = ReviewItemView(row)
        var detail = ReviewItemDetail(item: item)
        do {
            detail.explanation = try PairExplainer(config: config, store: store, cache: explainerCache).explain(item.a, item.b, showValues: showValues)
        } catch where error.code == .notFound {
            detail.explanationMissing = error.message
        }
        if let constraint = try store.matchConstraint(recordA: row.item.recordA, recordB: row.item.recordB) {
            // The pair's records are stored in id order, so the item's a and b are the constraint's.
            detail.constraint = ConstraintView(
                kind: constraint.kind, a: item.a, b: item.b, actor: constraint.actor, reason: constraint.reason,
                at: constraint.at.iso8601)
        }
        return detail
    }
}
