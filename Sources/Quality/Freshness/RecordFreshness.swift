import GoldenCore
import Merge

/// The freshness of one golden record on an "as of" date: a status per evaluated attribute (and
/// per source that asserted it), the record's status, and whether the customer is dormant.
public struct RecordFreshness: Hashable, Sendable {
    /// One attribute's freshness: that of its preferred value.
    public struct Attribute: Hashable, Sendable {
        public var attribute: GoldenAttribute
        /// The best status over the sources that asserted the value, each judged by its own policy.
        public var status: FreshnessStatus
        /// The last time any source asserted the value.
        public var lastAssertedAt: Optional<Timestamp>
        /// Each asserting source's status: its own latest assertion judged by its policy; by
        /// source name.
        public var sources: [(source: String, status: FreshnessStatus)]

        public init(
            attribute: GoldenAttribute, status: FreshnessStatus, lastAssertedAt: Timestamp?,
            sources: [(source: String, status: FreshnessStatus)]
        ) {
            self.attribute = attribute
            self.status = status
            self.lastAssertedAt = lastAssertedAt
            self.sources = sources
        }

        public static func == (lhs: Attribute, rhs: Attribute) -> Bool {
            lhs.attribute == rhs.attribute && lhs.status == rhs.status && lhs.lastAssertedAt == rhs.lastAssertedAt
                && lhs.sources.map(\.source) == rhs.sources.map(\.source)
                && lhs.sources.map(\.status) == rhs.sources.map(\.status)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(attribute)
            hasher.combine(status)
            hasher.combine(lastAssertedAt)
        }
    }

    /// The evaluated attributes the record has, in ``GoldenAttribute/allCases`` order.
    public var attributes: [Attribute]
    /// The worst known status of its attributes; ``FreshnessStatus/unknown`` when none is known.
    public var status: FreshnessStatus
    /// When the customer was last active (``FreshnessFacts/lastActivity``).
    public var lastActivity: Optional<Timestamp>
    /// Whether the last activity is older than the dormancy policy (never when unknown).
    public var isDormant: Bool

    public init(attributes: [Attribute], status: FreshnessStatus, lastActivity: Timestamp?, isDormant: Bool) {
        self.attributes = attributes
        self.status = status
        self.lastActivity = lastActivity
        self.isDormant = isDormant
    }

    /// The entry of `attribute`, when it was evaluated.
    public subscript(attribute: GoldenAttribute) -> Attribute? {
        attributes.first { $0.attribute == attribute }
    }
}
