import GoldenCore
import Match
import Store

extension ReviewDesk {
    /// Decides that two golden records are one person: a must-link between a representative
    /// record of each (its smallest record id), so the next run clusters them together and the
    /// Merge stage keeps the older id, redirecting the other to it.
    ///
    /// Either id may be retired: each is followed to the active record it redirects to. Stored
    /// cannot-links between the two records' members are cleared (they would contradict the
    /// merge), and open review items between them are settled as `merged`. The merge log gets a
    /// `merge` line: the older record as `golden`, the newer as `other`, the newer's record count.
    ///
    /// - Parameter expected: The golden records' state as the steward saw them; `nil` takes the
    ///   current state.
    /// - Throws: `notFound` for an id never minted; `conflict` when both ids lead to one golden
    ///   record already, the same merge is already stored, or a record changed since `expected`.
    @discardableResult
    public func merge(
        _ first: String, _ second: String, expected: [GoldenRecordVersion]? = nil, by note: StewardNote
    ) throws(GoldenError) -> DecisionReport {
        let a = try golden(first), b = try golden(second)
        guard a.stored.sequence != b.stored.sequence else {
            throw GoldenError(.conflict, "\(first) and \(second) are one golden record already, \(a.stored.goldenID)")
        }
        let (older, newer) = a.stored.sequence < b.stored.sequence ? (a, b) : (b, a)
        let representatives = (older.members[0], newer.members[0])
        let settled = try store.reviewItems(status: Status.open.rawValue, between: older.recordIDs, and: newer.recordIDs)
        let decision = StewardDecision(
            actor: note.actor, reason: note.reason,
            items: settled.map { .init(id: $0.id, expected: $0.version, status: Status.merged.rawValue) },
            goldens: expected ?? [older.stored.version, newer.stored.version],
            removals: [.init(kind: .cannotLink, between: older.recordIDs, and: newer.recordIDs)],
            constraints: [.init(kind: .mustLink, recordA: representatives.0.recordID, recordB: representatives.1.recordID)],
            log: [
                MergeLogEntry(
                    actor: note.actor, action: "merge", golden: older.stored.sequence, other: newer.stored.sequence,
                    records: newer.members.count, reason: note.reason)
            ])
        let changes = try store.decide(decision, at: .now)
        return DecisionReport(
            action: "merge", actor: note.actor, reason: note.reason, goldens: [older.stored.goldenID, newer.stored.goldenID],
            items: settled.map(\.id), status: settled.isEmpty ? nil : Status.merged.rawValue,
            constraints: [
                DecisionReport.ConstraintLink(
                    kind: .mustLink, a: Self.ref(representatives.0), b: Self.ref(representatives.1))
            ],
            changes: changes)
    }

    /// Splits records off a golden record: the records `leaving` stay together, apart from the
    /// rest, on the next run and on every later one.
    ///
    /// The constraints, for the leaving records *S* (*s*₀ the one with the smallest record id)
    /// and the remaining records *K*:
    /// - a must-link from *s*₀ to every other record of *S* (a star, |*S*| − 1 links): clustering
    ///   joins must-links first, past every guard, so *S* is always one cluster;
    /// - a cannot-link from *s*₀ to every record of *K* (|*K*| links). The clusterer keeps
    ///   stewards' cannot-links per cluster — when two clusters join, their separations join too
    ///   — so the cluster holding *s*₀, which holds all of *S*, refuses every automatic join with
    ///   a cluster holding any record of *K*, whether *K* later clusters whole or in pieces. (One
    ///   cannot-link to a representative of *K* would let a piece of *K* without it rejoin *S*.)
    /// - stored must-links between *S* and *K* are cleared, since a must-link beats a cannot-link
    ///   and would undo the split, and so are stored cannot-links within *S*, which the star
    ///   contradicts.
    ///
    /// That is |*S*| + |*K*| − 1 constraints, linear in the golden record's size, where pairwise
    /// cannot-links would take |*S*|·|*K*|. Records outside the golden record are left free: a new
    /// record may join either part by automatic match, never both. Open review items between *S*
    /// and *K* are settled as `split`, and the merge log gets a `split` line (the golden record,
    /// the number of records leaving). As with every split, the Merge stage keeps the golden id
    /// on the larger part: when the leaving records are the majority, they keep it.
    ///
    /// - Parameters:
    ///   - goldenID: The golden record (a retired id is followed to its active record).
    ///   - leaving: Records of it, as `source:key`; at least one, and not all.
    ///   - expected: The golden record's state as the steward saw it; `nil` takes the current one.
    /// - Throws: `notFound` for an unknown id or record; `usage` for a record that is not in the
    ///   golden record, or a split that leaves nothing behind; `conflict` when the same split is
    ///   already stored or the golden record changed since `expected`.
    @discardableResult
    public func split(
        _ goldenID: String, leaving: [RecordRef], expected: GoldenRecordVersion? = nil, by note: StewardNote
    ) throws(GoldenError) -> DecisionReport {
        let golden = try golden(goldenID)
        var leavingIDs = Set<Int64>()
        for ref in leaving {
            let id = try recordID(ref)
            guard golden.recordIDs.contains(id) else {
                throw GoldenError(.usage, "\(ref) is not a record of golden record \(golden.stored.goldenID)")
            }
            leavingIDs.insert(id)
        }
        let stay = golden.members.filter { !leavingIDs.contains($0.recordID) }
        let go = golden.members.filter { leavingIDs.contains($0.recordID) }
        guard let anchor = go.first else { throw GoldenError(.usage, "name at least one record to split off") }
        guard !stay.isEmpty else {
            throw GoldenError(.usage, "all records of \(golden.stored.goldenID) would leave it; name only those that leave")
        }
        let links =
            go.dropFirst().map { (MatchConstraint.Kind.mustLink, anchor, $0) } + stay.map { (MatchConstraint.Kind.cannotLink, anchor, $0) }
        let stayIDs = stay.map(\.recordID), goIDs = go.map(\.recordID)
        let settled = try store.reviewItems(status: Status.open.rawValue, between: goIDs, and: stayIDs)
        let decision = StewardDecision(
            actor: note.actor, reason: note.reason,
            items: settled.map { .init(id: $0.id, expected: $0.version, status: Status.split.rawValue) },
            goldens: [expected ?? golden.stored.version],
            removals: [.init(kind: .mustLink, between: goIDs, and: stayIDs), .init(kind: .cannotLink, between: goIDs, and: goIDs)],
            constraints: links.map { .init(kind: $0.0, recordA: $0.1.recordID, recordB: $0.2.recordID) },
            log: [
                MergeLogEntry(
                    actor: note.actor, action: "split", golden: golden.stored.sequence, records: go.count, reason: note.reason)
            ])
        let changes = try store.decide(decision, at: .now)
        return DecisionReport(
            action: "split", actor: note.actor, reason: note.reason, goldens: [golden.stored.goldenID],
            items: settled.map(\.id), status: settled.isEmpty ? nil : Status.split.rawValue,
            constraints: links.map { DecisionReport.ConstraintLink(kind: $0.0, a: Self.ref($0.1), b: Self.ref($0.2)) },
            changes: changes)
    }

    private static func ref(_ member: (recordID: Int64, source: String, key: String)) -> RecordRef {
        RecordRef(source: member.source, key: member.key)
    }
}
