/// A source record, named the way every stage and every truth file names it: the source and the
/// record's key within that source.
///
/// Ordered by source, then key, so that lists built from records are deterministic.
public struct RecordRef: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The source's configured name, e.g. `pos` or `loyalty`.
    public var source: String
    /// The record's key within its source, exactly as the feed mapping computes it.
    public var key: String

    public init(source: String, key: String) {
        self.source = source
        self.key = key
    }

    /// - Complexity: O(*m*) for fields of length *m*.
    public static func < (lhs: RecordRef, rhs: RecordRef) -> Bool {
        lhs.source != rhs.source ? lhs.source < rhs.source : lhs.key < rhs.key
    }

    /// `source:key`.
    public var description: String { source + ":" + key }
}
