/// Gives every cluster of a new clustering a golden id, keeping the ids of the previous run
/// wherever the records they named are still together.
///
/// The rule, applied to the previous assignment (record → id) and the new clustering
/// (record → cluster); a previous id's *present* records are those of its records that are in
/// the new clustering, and its *overlap* with a cluster is how many of them the cluster holds:
///
/// 1. **Successor.** A previous id's successor is the cluster with which it overlaps most; among
///    clusters that tie, the one holding the smallest of its present record ids. An id with no
///    present records has no successor: it *vanishes*.
/// 2. **Keeping.** A cluster that is the successor of one or more ids keeps the oldest of them
///    (smallest sequence). The others retire, redirected to it: ``Retirement/Reason/merged`` when
///    all their present records are in it, ``Retirement/Reason/absorbedAfterSplit`` otherwise.
/// 3. **Minting.** A cluster that is nobody's successor gets a new id — a new person, or a part
///    split off a golden record — minted in ascending order of the cluster's smallest record id,
///    from `nextSequence` (or one past the largest previous id, if that is larger).
/// 4. **Splits.** An id whose present records lie in several clusters is reported as split: the
///    larger part is its successor's id (its own, unless that part merged into an older id), the
///    other parts are the ids of the other clusters.
/// 5. **Changed.** A kept id is unchanged only when its cluster is exactly the set of records it
///    had; minted ids are always changed.
///
/// This gives the promises of golden ids at once: a record joining a cluster leaves its id alone
/// (the cluster still overlaps it most); when golden records merge the oldest id survives and the
/// others redirect to it; a split keeps the id on the larger part and mints ids for the rest;
/// and `golden rebuild`, which re-clusters everything, keeps each id where most of its records
/// went — an unchanged clustering keeps every id. Nothing depends on dictionary order.
///
/// ```swift
/// let previous: [Int64: GoldenID] = [1: GoldenID(sequence: 1), 2: GoldenID(sequence: 2)]
/// let clusters: [Int64: Int64] = [1: 1, 2: 1, 3: 3]     // records 1 and 2 merged; 3 is new
/// let result = IdentityAssigner().assign(previous: previous, clusters: clusters, nextSequence: 3)
/// result.id(ofCluster: 1)    // GoldenID(sequence: 1): the older id survives
/// result.retired             // [G(2) → G(1) (merged)]
/// result.id(ofCluster: 3)    // GoldenID(sequence: 3), minted
/// ```
public struct IdentityAssigner: Sendable {
    public init() {}

    /// Assigns golden ids to the clusters of `clusters`.
    ///
    /// - Parameters:
    ///   - previous: each record's golden id after the last run, for the records that had one, in
    ///     ascending record order (as the store reads them); records missing from `clusters`
    ///     count as gone.
    ///   - clusters: each record's cluster in this run (any `Int64` cluster ids), in ascending
    ///     record order; records may be new.
    ///   - nextSequence: the store's next free sequence number.
    /// - Precondition: no record appears twice in either list. Lists out of order are sorted
    ///   first (O(*n* log *n*)).
    /// - Complexity: O(*n* + *m*) expected for *n* clustered and *m* previously assigned records,
    ///   plus sorting the minted clusters, the retirements and the splits.
    public func assign(
        previous: [(record: Int64, id: GoldenID)], clusters: [(record: Int64, cluster: Int64)], nextSequence: UInt64
    ) -> IdentityAssignment {
        let clusters = Self.inRecordOrder(clusters, by: \.record)
        let table = ClusterTable(clusters)
        var previousIDs = PreviousIDs(Self.inRecordOrder(previous, by: \.record), clusters: clusters, table: table)
        let successors = previousIDs.successors()

        // 2. Each cluster keeps the oldest id whose successor it is.
        var keeper = [Int32](repeating: -1, count: table.count)
        for (golden, successor) in successors.enumerated() where successor.cluster >= 0 {
            let current = keeper[Int(successor.cluster)]
            if current < 0 || previousIDs.ids[golden] < previousIDs.ids[Int(current)] {
                keeper[Int(successor.cluster)] = Int32(golden)
            }
        }

        // 3. Clusters nobody kept get new ids, by their smallest record; 5. kept ones are
        // unchanged only on exactly the records they had.
        var identities = [ClusterIdentity?](repeating: nil, count: table.count)
        var unkept: [Int32] = []
        for slot in 0..<table.count {
            let golden = Int(keeper[slot])
            guard golden >= 0 else {
                unkept.append(Int32(slot))
                continue
            }
            let overlap = successors[golden].overlap
            let same = overlap == previousIDs.recordCount[golden] && overlap == table.size[slot]
            identities[slot] = ClusterIdentity(id: previousIDs.ids[golden], change: same ? .unchanged : .changed)
        }
        unkept.sort { table.smallestRecord[Int($0)] < table.smallestRecord[Int($1)] }
        var sequence = max(nextSequence, (previousIDs.ids.max()?.sequence ?? 0) + 1)
        var minted: [GoldenID] = []
        minted.reserveCapacity(unkept.count)
        for slot in unkept {
            let id = GoldenID(sequence: sequence)
            sequence += 1
            identities[Int(slot)] = ClusterIdentity(id: id, change: .minted)
            minted.append(id)
        }
        let id = { (slot: Int32) in identities[Int(slot)]!.id }

        // Retirements, splits and vanished ids, oldest first.
        var retired: [Retirement] = []
        var splits: [Split] = []
        var vanished: [GoldenID] = []
        for (golden, successor) in successors.enumerated() {
            let original = previousIDs.ids[golden]
            guard successor.cluster >= 0 else {
                vanished.append(original)
                continue
            }
            let spread = previousIDs.otherParts[Int32(golden)]
            if keeper[Int(successor.cluster)] != Int32(golden) {
                retired.append(
                    Retirement(
                        id: original, into: id(successor.cluster), reason: spread == nil ? .merged : .absorbedAfterSplit))
            }
            if let spread {
                splits.append(Split(original: original, larger: id(successor.cluster), others: spread.map(id).sorted()))
            }
        }
        retired.sort { $0.id < $1.id }
        splits.sort { $0.original < $1.original }
        vanished.sort()

        var byCluster: [Int64: ClusterIdentity] = [:]
        byCluster.reserveCapacity(table.count)
        for slot in 0..<table.count { byCluster[table.clusterIDs[slot]] = identities[slot]! }
        return IdentityAssignment(
            clusters: byCluster, minted: minted, nextSequence: sequence, retired: retired, splits: splits,
            vanished: vanished)
    }

    /// ``assign(previous:clusters:nextSequence:)`` over dictionaries: record → golden id and
    /// record → cluster. Sorts both first; the pipeline's hot path passes sorted lists instead.
    public func assign(previous: [Int64: GoldenID], clusters: [Int64: Int64], nextSequence: UInt64)
        -> IdentityAssignment
    {
        assign(
            previous: previous.map { (record: $0.key, id: $0.value) },
            clusters: clusters.map { (record: $0.key, cluster: $0.value) }, nextSequence: nextSequence)
    }

    /// `rows` in ascending record order: as given when they already are (one O(*n*) check).
    static func inRecordOrder<Row>(_ rows: [Row], by record: (Row) -> Int64) -> [Row] {
        var ascending = true
        for index in rows.indices.dropFirst() where record(rows[index - 1]) >= record(rows[index]) {
            ascending = false
            break
        }
        if ascending { return rows }
        let sorted = rows.sorted { record($0) < record($1) }
        for index in sorted.indices.dropFirst() {
            precondition(record(sorted[index - 1]) != record(sorted[index]), "a record is listed twice")
        }
        return sorted
    }
}
