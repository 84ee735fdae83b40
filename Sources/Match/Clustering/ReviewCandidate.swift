/// A pair clustering could not settle on its own: a data steward decides.
public struct ReviewCandidate: Hashable, Sendable, Codable {
    public var kind: ReviewKind
    public var pair: RecordPair
    /// The pair's match probability.
    public var probability: Double
    /// Why the pair is queued, for people; never holds personal data.
    public var reason: String

    public init(kind: ReviewKind, pair: RecordPair, probability: Double, reason: String) {
        self.kind = kind
        self.pair = pair
        self.probability = probability
        self.reason = reason
    }
}

/// Why a pair is queued for review.
public enum ReviewKind: String, Codable, Sendable, CaseIterable {
    /// The probability is between the review and match thresholds.
    case reviewBand = "review_band"
    /// A match whose merge would join clusters with conflicting loyalty cards or dates of birth.
    case cannotLink = "cannot_link"
    /// A match whose merge would make a cluster larger than the configured bound.
    case clusterSize = "cluster_size"
    /// A match whose given names clearly differ (twins, spouses, parent and child at one address).
    case household
}
