import GoldenCore

/// The members of one cluster with each member's trust rank under every ranking in use.
struct RankedMembers {
    let members: [MergeMember]
    /// `members.count` rows of `rankingCount` ranks.
    let ranks: [Int32]
    let rankingCount: Int

    @inline(__always)
    func rank(of member: Int, ranking: Int) -> Int32 { ranks[member &* rankingCount &+ ranking] }
}

/// Chooses one attribute's golden values among a cluster's members.
///
/// Every value a member gives becomes a candidate; candidates with the same grouping key form a
/// group (one golden value), and within a group those shown the same form a variant. The first
/// candidate of a group holds the group's summed evidence, the first of a variant the variant's:
/// one flat array per attribute, scanned linearly (clusters are small), no hashing.
struct AttributeResolver<Kind: SurvivorKind> {
    private struct Candidate {
        var value: Kind.Value
        var member: Int32
        /// The index of the group's first candidate.
        var group: Int32
        /// The index of the variant's first candidate.
        var variant: Int32
        /// The group's evidence, on its first candidate.
        var groupEvidence: Evidence
        /// The variant's evidence, on its first candidate.
        var variantEvidence: Evidence
        /// On a group's first candidate: left out (invalid beside usable values, or covered).
        var dropped = false
        /// On a group's first candidate: already chosen.
        var taken = false
    }

    private let cluster: RankedMembers
    private let rules: [SurvivorshipRule]
    private var candidates: [Candidate] = []

    /// Gathers the candidates, ranked under ranking number `ranking` of `cluster`.
    init(_ cluster: RankedMembers, ranking: Int, rules: [SurvivorshipRule]) {
        self.cluster = cluster
        self.rules = rules
        // Members are read in place, by index: binding one copies every string of its record.
        let members = cluster.members
        var total = 0
        for member in members.indices { total += Kind.count(in: members[member].record) }
        guard total > 0 else { return }
        candidates.reserveCapacity(total)
        for member in members.indices {
            for index in 0..<Kind.count(in: members[member].record) {
                add(Kind.value(in: members[member].record, at: index), member: member, ranking: ranking)
            }
        }
        dropUnusable()
    }

    private mutating func add(_ value: Kind.Value, member: Int, ranking: Int) {
        guard let level = Evidence.level(of: Kind.status(of: value)) else { return }
        let own = Evidence(
            level: level, rank: cluster.rank(of: member, ranking: ranking),
            observedAt: cluster.members[member].record.observedAt, completeness: Kind.completeness(of: value),
            length: Kind.length(of: value), recordID: cluster.members[member].recordID,
            member: Int32(truncatingIfNeeded: member))
        let index = candidates.count
        var group = index
        for other in candidates.indices where candidates[other].group == other {
            if Kind.compareKeys(candidates[other].value, value) == 0 {
                group = other
                break
            }
        }
        var variant = index
        if group != index {
            for other in group..<index where candidates[other].group == group && candidates[other].variant == other {
                if Kind.sameVariant(candidates[other].value, value) {
                    variant = other
                    break
                }
            }
            candidates[group].groupEvidence.add(own)
            if variant != index { candidates[variant].variantEvidence.add(own) }
        }
        candidates.append(
            Candidate(
                value: value, member: own.lastMember, group: Int32(group), variant: Int32(variant), groupEvidence: own,
                variantEvidence: own))
    }

    /// Invalid values go when any usable one exists; a partial value goes beside a valid one that
    /// covers it.
    private mutating func dropUnusable() {
        var usable = false
        for index in candidates.indices where candidates[index].group == index {
            usable = usable || candidates[index].groupEvidence.level > 0
        }
        guard usable else { return }
        for index in candidates.indices where candidates[index].group == index {
            switch candidates[index].groupEvidence.level {
            case 0: candidates[index].dropped = true
            case 1:
                for other in candidates.indices
                where candidates[other].group == other && candidates[other].groupEvidence.level == 2
                    && Kind.covers(candidates[other].value, candidates[index].value)
                {
                    candidates[index].dropped = true
                    break
                }
            default: break
            }
        }
    }

    // MARK: - Choosing

    /// The best group not yet chosen (marked chosen), by the rules, then the smaller key.
    private mutating func nextBest() -> Int? {
        var best: Int?
        for index in candidates.indices
        where candidates[index].group == index && !candidates[index].dropped && !candidates[index].taken {
            guard let current = best else {
                best = index
                continue
            }
            let order = candidates[index].groupEvidence.compare(candidates[current].groupEvidence, by: rules)
            if order > 0 || (order == 0 && Kind.compareKeys(candidates[index].value, candidates[current].value) < 0) {
                best = index
            }
        }
        if let best { candidates[best].taken = true }
        return best
    }

    /// Every kept value, best first, the first preferred.
    mutating func all() -> [GoldenValue<Kind.Value>] {
        var values: [GoldenValue<Kind.Value>] = []
        while let group = nextBest() {
            values.append(goldenValue(group, preferred: values.isEmpty))
        }
        return values
    }

    /// The best value and, when `conflicts` is `review`, its rivals: valid values of other
    /// groups, as trusted as the best one's, that do not agree with it.
    mutating func best(conflicts: ConflictPolicy) -> (value: GoldenValue<Kind.Value>, rivals: [GoldenValue<Kind.Value>])? {
        guard let winner = nextBest() else { return nil }
        let value = goldenValue(winner, preferred: true)
        let evidence = candidates[winner].groupEvidence
        guard conflicts == .review, evidence.level == 2 else { return (value, []) }
        var rivals: [GoldenValue<Kind.Value>] = []
        while let group = nextBest() {
            let other = candidates[group].groupEvidence
            if other.level == 2, other.rank == evidence.rank, !Kind.agrees(candidates[group].value, candidates[winner].value) {
                rivals.append(goldenValue(group, preferred: false))
            }
        }
        return (value, rivals)
    }

    // MARK: - Golden values

    /// The group's value: its best variant, with every member that gave the group.
    private func goldenValue(_ group: Int, preferred: Bool) -> GoldenValue<Kind.Value> {
        var best = group
        for index in group..<candidates.count
        where index != group && candidates[index].group == group && candidates[index].variant == index {
            let order = candidates[index].variantEvidence.compare(candidates[best].variantEvidence, by: rules)
            if order > 0
                || (order == 0 && candidates[index].variantEvidence.firstRecordID < candidates[best].variantEvidence.firstRecordID)
            {
                best = index
            }
        }
        var lineage: [SourceAssertion] = []
        lineage.reserveCapacity(Int(candidates[group].groupEvidence.count))
        var first: Timestamp?
        var last: Timestamp?
        var previous: Int32 = -1
        for index in group..<candidates.count where candidates[index].group == group && candidates[index].member != previous {
            previous = candidates[index].member
            let member = Int(previous)
            let observed = cluster.members[member].record.observedAt
            lineage.append(
                SourceAssertion(
                    recordID: cluster.members[member].recordID, source: cluster.members[member].record.source,
                    key: cluster.members[member].record.key, observedAt: observed))
            if let observed {
                if first.map({ observed < $0 }) ?? true { first = observed }
                if last.map({ observed > $0 }) ?? true { last = observed }
            }
        }
        if lineage.count > 1 {
            lineage.sort {
                let (a, b) = ($0.observedAt?.secondsSinceEpoch ?? .min, $1.observedAt?.secondsSinceEpoch ?? .min)
                return a != b ? a < b : $0.recordID < $1.recordID
            }
        }
        let value = candidates[best].value
        return GoldenValue(
            value: value, key: Kind.key(of: value), status: Kind.status(of: value), preferred: preferred, lineage: lineage,
            firstAssertedAt: first, lastAssertedAt: last)
    }
}
