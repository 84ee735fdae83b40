import GoldenCore

/// Turns the members of a cluster into one golden record: the Merge stage's survivorship.
///
/// For each attribute, the members' values are grouped by key (``GoldenValue``); the groups are
/// ordered by the attribute's rules (``SurvivorshipSettings``), each rule comparing the evidence
/// of every member giving a value; when no rule tells two values apart, the **final
/// tie-breaker** takes the smaller grouping key in UTF-8 byte order. Within a group, the variant
/// shown is chosen by the same rules, then the one given by the smallest record id. The result
/// does not depend on the order of the members.
///
/// Placeholders never survive. Invalid values survive only when no member gives a usable one
/// (and keep their `invalid` status); a partial value is left out beside a valid one that covers
/// it (a birthday beside the full date, a local number beside the full number). Single-valued
/// attributes keep the best value; multi-valued ones keep every value, best first, the first
/// preferred. With `conflicts: review`, distinct valid values as trusted as the chosen one
/// (the same best source rank) are returned as a ``SurvivorshipConflict``.
///
/// A pure function of its input: no store, no shared state; safe to call from several threads.
///
/// ```swift
/// let survivorship = Survivorship(settings: config.survivorship, sourceKinds: ["web": .ecommerce])
/// let (golden, conflicts) = survivorship.goldenRecord(of: members)
/// ```
public struct Survivorship: Sendable {
    /// The rules and rankings in use.
    public let settings: SurvivorshipSettings
    /// Each source's kind, so that rankings may name kinds.
    public let sourceKinds: [String: SourceKind]

    /// The distinct rankings in use; the global one first.
    private let rankings: [SourceRanking]
    /// Per attribute (in `allCases` order): its ranking's index in `rankings`.
    private let rankingOfAttribute: [Int]
    /// Per attribute: its rules.
    private let rules: [[SurvivorshipRule]]
    /// Per attribute: whether its conflicts are reported.
    private let conflictPolicies: [ConflictPolicy]
    /// The ranks of every source in `sourceKinds` under every ranking, worked out once.
    private let knownRanks: [String: [Int32]]

    /// Survivorship under `settings`; `sourceKinds` gives each source's kind, so that rankings may
    /// name kinds (the pipeline's `WorkspaceConfig.sourceKinds`). A source without a kind is ranked by
    /// name only.
    public init(settings: SurvivorshipSettings = .defaults, sourceKinds: [String: SourceKind] = [:]) {
        self.settings = settings
        self.sourceKinds = sourceKinds
        var rankings = [settings.sourcePriority]
        var rankingOfAttribute: [Int] = []
        for attribute in GoldenAttribute.allCases {
            let ranking = settings.ranking(for: attribute)
            if let index = rankings.firstIndex(of: ranking) {
                rankingOfAttribute.append(index)
            } else {
                rankingOfAttribute.append(rankings.count)
                rankings.append(ranking)
            }
        }
        self.rankings = rankings
        self.rankingOfAttribute = rankingOfAttribute
        rules = GoldenAttribute.allCases.map { settings[$0].rules }
        conflictPolicies = GoldenAttribute.allCases.map { settings[$0].conflicts }
        knownRanks = sourceKinds.reduce(into: [:]) { table, entry in
            table[entry.key] = rankings.map { Int32($0.rank(of: entry.key, kind: entry.value)) }
        }
    }

    /// The golden record of a cluster's members, and the conflicts to review.
    ///
    /// - Complexity: O(*v*²) in the number of values of one attribute across the members;
    ///   clusters are small.
    public func goldenRecord(of members: [MergeMember]) -> (record: GoldenRecord, conflicts: [SurvivorshipConflict]) {
        let cluster = RankedMembers(members: members, ranks: ranks(of: members), rankingCount: rankings.count)
        var record = GoldenRecord()
        var conflicts: [SurvivorshipConflict] = []
        let name = best(NameKind.self, cluster, &conflicts)
        record.displayName = name.flatMap { NameKind.displayName(of: $0.value) }
        record.name = name
        record.dateOfBirth = best(BirthDateKind.self, cluster, &conflicts)
        record.gender = best(GenderKind.self, cluster, &conflicts)
        record.emails = all(EmailKind.self, cluster)
        record.phones = all(PhoneKind.self, cluster)
        record.address = best(AddressKind.self, cluster, &conflicts)
        record.loyaltyCards = all(LoyaltyCardKind.self, cluster)
        record.accountIds = all(AccountIdKind.self, cluster)
        record.usernames = all(UsernameKind.self, cluster)
        return (record, conflicts)
    }

    private func resolver<Kind: SurvivorKind>(_ kind: Kind.Type, _ cluster: RankedMembers) -> AttributeResolver<Kind> {
        let index = Kind.attribute.index
        return AttributeResolver(cluster, ranking: rankingOfAttribute[index], rules: rules[index])
    }

    private func best<Kind: SurvivorKind>(
        _ kind: Kind.Type, _ cluster: RankedMembers, _ conflicts: inout [SurvivorshipConflict]
    ) -> GoldenValue<Kind.Value>? {
        var resolver = resolver(kind, cluster)
        guard let (value, rivals) = resolver.best(conflicts: conflictPolicies[Kind.attribute.index]) else { return nil }
        if !rivals.isEmpty, let values = Kind.conflictValues([value] + rivals) {
            conflicts.append(SurvivorshipConflict(reason: .equalTrust, values: values))
        }
        return value
    }

    private func all<Kind: SurvivorKind>(_ kind: Kind.Type, _ cluster: RankedMembers) -> [GoldenValue<Kind.Value>] {
        var resolver = resolver(kind, cluster)
        return resolver.all()
    }

    /// Each member's rank under each ranking, row by row.
    private func ranks(of members: [MergeMember]) -> [Int32] {
        var ranks: [Int32] = []
        ranks.reserveCapacity(members.count * rankings.count)
        for member in members.indices {
            let source = members[member].record.source
            if let known = knownRanks[source] {
                ranks.append(contentsOf: known)
            } else {
                for ranking in rankings { ranks.append(Int32(ranking.rank(of: source, kind: nil))) }
            }
        }
        return ranks
    }
}
