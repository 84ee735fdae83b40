/// One customer identity as one source system holds it: a loyalty member, a web account,
/// a receipt with a typed name, a forum profile.
///
/// Field names are Golden's identity attributes (see ``IdentityAttribute``); values are the raw
/// mapped strings. Normalization keeps these raw values beside its own.
public struct SourceRecord: Hashable, Sendable {
    /// The configured source name, e.g. `loyalty`.
    public var source: String
    /// Unique within the source: a column, a composite, or a content hash.
    public var key: String
    /// When the source asserted these values, if the feed says.
    public var observedAt: Optional<Timestamp>
    public var fields: [Field]
    public var lineage: Lineage

    public init(
        source: String, key: String, observedAt: Timestamp?, fields: [Field], lineage: Lineage
    ) {
        self.source = source
        self.key = key
        self.observedAt = observedAt
        self.fields = fields
        self.lineage = lineage
    }
}
