/// A review item as clustering collects it: a few plain words, so that hundreds of thousands
/// sort and deduplicate fast; it becomes a ``ReviewCandidate`` (with its reason) at the end.
struct PendingReview: Comparable {
    let pair: UInt64
    /// The complement of the probability's bit pattern: for positive doubles the patterns order
    /// as the values do, so the complement orders them most probable first.
    let order: UInt64
    let kind: ReviewKind
    /// The attribute of a cannot-link item.
    let attribute: MatchAttribute?
    /// The size a refused join would have made, for a cluster-size item.
    let size: Int32

    @inline(__always)
    init(_ kind: ReviewKind, pair: UInt64, order: UInt64, attribute: MatchAttribute? = nil, size: Int = 0) {
        self.pair = pair
        self.order = order
        self.kind = kind
        self.attribute = attribute
        self.size = Int32(clamping: size)
    }

    @inline(__always)
    init(_ kind: ReviewKind, _ scored: ScoredPair) {
        self.init(kind, pair: scored.pair.packed, order: ~scored.probability.bitPattern)
    }

    /// By pair, then most probable first, then by kind: the first item of a pair is the one kept.
    @inline(__always)
    static func < (lhs: PendingReview, rhs: PendingReview) -> Bool {
        if lhs.pair != rhs.pair { return lhs.pair < rhs.pair }
        if lhs.order != rhs.order { return lhs.order < rhs.order }
        return lhs.kind.rank < rhs.kind.rank
    }

    /// The review item, its reason in words (no personal data: an attribute's name, a size).
    func candidate(maxClusterSize: Int) -> ReviewCandidate {
        let reason = switch kind {
        case .reviewBand: "the match probability is between the review and match thresholds"
        case .household: "the given names clearly differ: perhaps another member of the household"
        case .cannotLink: "the two clusters hold conflicting \(attribute?.rawValue ?? "") values"
        case .clusterSize: "the joined cluster would hold \(size) records, more than \(maxClusterSize)"
        }
        return ReviewCandidate(
            kind: kind, pair: RecordPair(packed: pair), probability: Double(bitPattern: ~order), reason: reason)
    }
}

extension ReviewKind {
    /// The kind's position among the cases, to order items of one pair and probability.
    fileprivate var rank: Int {
        switch self {
        case .reviewBand: 0
        case .cannotLink: 1
        case .clusterSize: 2
        case .household: 3
        }
    }
}
