import GoldenCore
import Match
import Store

extension ReviewDesk {
    /// Decides that the two records of review item `id` are one person: a must-link of the pair,
    /// the item `accepted`, a merge-log line `accept`.
    ///
    /// - Parameter expected: The item's state as the steward saw it (``ReviewItemView/version``);
    ///   `nil` takes the current state, which must be open.
    /// - Throws: `notFound` for no such item; `conflict` when it is decided already or changed
    ///   since `expected`; `usage` for an empty actor or reason.
    @discardableResult
    public func accept(_ id: Int64, expected: ReviewItemVersion? = nil, by note: StewardNote) throws(GoldenError) -> DecisionReport {
        try decidePair(id, expected: expected, as: .mustLink, status: .accepted, action: "accept", note: note)
    }

    /// Decides that the two records of review item `id` are two people: a cannot-link of the
    /// pair (the clusterer never joins their clusters through automatic matches), the item
    /// `rejected`, a merge-log line `reject`.
    ///
    /// - Throws: as ``accept(_:expected:by:)``.
    @discardableResult
    public func reject(_ id: Int64, expected: ReviewItemVersion? = nil, by note: StewardNote) throws(GoldenError) -> DecisionReport {
        try decidePair(id, expected: expected, as: .cannotLink, status: .rejected, action: "reject", note: note)
    }

    /// Decides that records `a` and `b` are one person (a must-link), without a review item: what
    /// a steward concludes from `golden explain --pair`. Open review items on the pair are settled
    /// as `accepted`.
    ///
    /// - Throws: `notFound` for a record that is not stored; `conflict` when the same decision is
    ///   already stored; `usage` for one record twice.
    @discardableResult
    public func accept(_ a: RecordRef, _ b: RecordRef, by note: StewardNote) throws(GoldenError) -> DecisionReport {
        try decidePair(a, b, as: .mustLink, status: .accepted, action: "accept", note: note)
    }

    /// Decides that records `a` and `b` are two people (a cannot-link), without a review item:
    /// later runs keep them apart even where the model matches them. Open review items on the
    /// pair are settled as `rejected`.
    ///
    /// - Throws: as ``accept(_:_:by:)``.
    @discardableResult
    public func reject(_ a: RecordRef, _ b: RecordRef, by note: StewardNote) throws(GoldenError) -> DecisionReport {
        try decidePair(a, b, as: .cannotLink, status: .rejected, action: "reject", note: note)
    }

    private func decidePair(
        _ id: Int64, expected: ReviewItemVersion?, as kind: MatchConstraint.Kind, status: Status, action: String,
        note: StewardNote
    ) throws(GoldenError) -> DecisionReport {
        let (row, version) = try openItem(id, expected: expected)
        let view = ReviewItemView(row)
        return try decide(
            Pair(a: view.a, b: view.b, recordA: row.item.recordA, recordB: row.item.recordB, goldens: [view.goldenA, view.goldenB]),
            items: [.init(id: id, expected: version, status: status.rawValue)], as: kind, action: action, note: note)
    }

    private func decidePair(
        _ a: RecordRef, _ b: RecordRef, as kind: MatchConstraint.Kind, status: Status, action: String, note: StewardNote
    ) throws(GoldenError) -> DecisionReport {
        let idA = try recordID(a), idB = try recordID(b)
        guard idA != idB else { throw GoldenError(.usage, "\(a) and \(b) are one record") }
        var goldens: [String?] = []
        for id in [idA, idB] {
            guard let sequence = try store.goldenSequence(recordID: id) else {
                goldens.append(nil)
                continue
            }
            goldens.append(try store.goldenRecord(sequence: sequence)?.goldenID)
        }
        let items = try store.reviewItems(status: Status.open.rawValue, between: [idA], and: [idB])
        return try decide(
            Pair(a: a, b: b, recordA: idA, recordB: idB, goldens: goldens),
            items: items.map { .init(id: $0.id, expected: $0.version, status: status.rawValue) }, as: kind, action: action,
            note: note)
    }

    /// Two records a pair decision links, named both ways.
    private struct Pair {
        var a: RecordRef
        var b: RecordRef
        var recordA: Int64
        var recordB: Int64
        var goldens: [String?]
    }

    /// Stores the pair's constraint, settles `items`, logs `action`.
    private func decide(
        _ pair: Pair, items: [StewardDecision.ItemChange], as kind: MatchConstraint.Kind, action: String, note: StewardNote
    ) throws(GoldenError) -> DecisionReport {
        let goldenA = try store.goldenSequence(recordID: pair.recordA)
        let goldenB = try store.goldenSequence(recordID: pair.recordB)
        let decision = StewardDecision(
            actor: note.actor, reason: note.reason, items: items,
            constraints: [.init(kind: kind, recordA: pair.recordA, recordB: pair.recordB, reviewItem: items.first?.id)],
            log: [
                MergeLogEntry(
                    actor: note.actor, action: action, golden: goldenA ?? goldenB, other: goldenA == goldenB ? nil : goldenB,
                    reason: note.reason)
            ])
        let changes = try store.decide(decision, at: .now)
        return DecisionReport(
            action: action, actor: note.actor, reason: note.reason, goldens: pair.goldens.compactMap(\.self).uniqued(),
            items: items.map(\.id), status: items.first?.status,
            constraints: [DecisionReport.ConstraintLink(kind: kind, a: pair.a, b: pair.b)], changes: changes)
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in their first order.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
