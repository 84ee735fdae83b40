import GoldenCore

/// How many normalized records of one source share one quality signature, and the latest
/// observed-at among them: a row of ``GoldenStore/qualitySignatureCounts(unsigned:)``.
public struct QualitySignatureCount: Hashable, Sendable {
    public var source: String
    /// The `QualitySignature` raw value.
    public var signature: Int64
    public var count: Int
    public var latestObservedAt: Optional<Timestamp>

    public init(source: String, signature: Int64, count: Int, latestObservedAt: Timestamp?) {
        self.source = source
        self.signature = signature
        self.count = count
        self.latestObservedAt = latestObservedAt
    }
}

/// The quality signature of a normalized record stored without one (before
/// `v11-quality-signature`), with the columns stored beside it: see
/// ``GoldenStore/writeQualitySignatures(_:)``.
public struct QualitySignatureRow: Hashable, Sendable {
    public var recordID: Int64
    public var source: String
    public var observedAt: Optional<Timestamp>
    /// The `QualitySignature` raw value.
    public var signature: Int64

    public init(recordID: Int64, source: String, observedAt: Timestamp?, signature: Int64) {
        self.recordID = recordID
        self.source = source
        self.observedAt = observedAt
        self.signature = signature
    }
}
