/// The clusters of one clustering as they grow: union–find over record positions, each
/// cluster's cannot-link evidence, the steward's cannot-links, and the size bound.
struct ClusterBuilder {
    private var sets: DisjointSets
    private var evidence: ClusterEvidence
    /// Per cluster root, the positions (plus 1) of the records a steward separated from it;
    /// `nil` without cannot-links.
    private var separated: ClusterValueSets?
    private let maxSize: Int

    /// What became of a proposed join.
    enum Outcome: Equatable {
        case joined
        /// The records were in one cluster already.
        case together
        /// A steward's cannot-link separates the two clusters.
        case separatedBySteward
        /// The clusters' evidence on this attribute conflicts.
        case conflict(MatchAttribute)
        /// The joined cluster would hold this many records, more than the bound.
        case tooLarge(Int)
    }

    /// Singletons of `records`, their evidence on `cannotLink` attributes, and the steward's
    /// `separations`.
    init(records: [MatchRecord], cannotLink: [MatchAttribute], separations: [RecordPair], maxSize: Int) {
        sets = DisjointSets(count: records.count)
        evidence = ClusterEvidence(records: records, attributes: cannotLink)
        self.maxSize = maxSize
        if !separations.isEmpty {
            var partners = ClusterValueSets(count: records.count)
            for pair in separations {
                partners.insert(UInt64(pair.second) + 1, at: pair.first)
                partners.insert(UInt64(pair.first) + 1, at: pair.second)
            }
            separated = partners
        }
    }

    /// Joins the clusters of `pair` whatever the guards say (a steward's must-link).
    mutating func force(_ pair: RecordPair) {
        let a = sets.find(pair.first), b = sets.find(pair.second)
        if a != b { join(a, b) }
    }

    /// Joins the clusters of `pair` unless a guard refuses, checked in order: steward
    /// cannot-links, evidence, size.
    ///
    /// - Complexity: amortized O(α(*n*)) plus the evidence checks (O(1) for clusters with one
    ///   value per attribute).
    ///
    /// A pair that agrees on a personal identifier (`sharesIdentifier`) is not refused for
    /// different dates of birth: the same card or account outweighs a mistyped date.
    mutating func propose(_ pair: RecordPair, sharesIdentifier: Bool = false) -> Outcome {
        let a = sets.find(pair.first), b = sets.find(pair.second)
        if a == b { return .together }
        if isSeparated(a, b) { return .separatedBySteward }
        if let attribute = evidence.conflict(a, b, ignoringBirthDates: sharesIdentifier) { return .conflict(attribute) }
        let size = sets.size(ofRoot: a) + sets.size(ofRoot: b)
        if size > maxSize { return .tooLarge(size) }
        join(a, b)
        return .joined
    }

    /// Whether the records of `pair` are in one cluster.
    mutating func together(_ pair: RecordPair) -> Bool {
        sets.find(pair.first) == sets.find(pair.second)
    }

    /// Per record position, the smallest position in its cluster.
    mutating func representatives() -> [Int32] { sets.smallestMembers() }

    /// Whether a steward separated a record of root `a`'s cluster from one of root `b`'s.
    private func isSeparated(_ a: Int, _ b: Int) -> Bool {
        guard let separated else { return false }
        // Rare (only clusters with a cannot-link get here), so the read-only find will do.
        return separated.contains(at: a) { sets.root(of: Int($0) - 1) == b }
    }

    private mutating func join(_ a: Int, _ b: Int) {
        let (root, absorbed) = sets.join(roots: a, b)
        evidence.merge(absorbed, into: root)
        separated?.merge(absorbed, into: root)
    }
}
