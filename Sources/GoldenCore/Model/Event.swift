/// Something a customer did: a purchase, a return, an order, a post, a sentiment signal.
///
/// An event belongs to a source record — its *subject* — which may live in another source:
/// an orders file yields events for e-commerce accounts, keyed by account id.
public struct Event: Hashable, Sendable {
    /// The source whose feed produced the event.
    public var source: String
    /// Unique within `source`.
    public var key: String
    /// The source of the record the event belongs to.
    public var subjectSource: String
    /// The key of the record the event belongs to, within `subjectSource`.
    public var subjectKey: String
    public var kind: EventKind
    public var occurredAt: Optional<Timestamp>
    public var amount: Optional<Amount>
    public var currency: Optional<String>
    /// Other attributes: sku, category, store, channel, quantity, sentiment, topic...
    public var attributes: [Field]
    public var lineage: Lineage

    public init(
        source: String, key: String, subjectSource: String, subjectKey: String, kind: EventKind,
        occurredAt: Timestamp?, amount: Amount? = nil, currency: String? = nil,
        attributes: [Field] = [], lineage: Lineage
    ) {
        self.source = source
        self.key = key
        self.subjectSource = subjectSource
        self.subjectKey = subjectKey
        self.kind = kind
        self.occurredAt = occurredAt
        self.amount = amount
        self.currency = currency
        self.attributes = attributes
        self.lineage = lineage
    }
}

/// What kind of thing an ``Event`` records.
public enum EventKind: String, Sendable, Hashable, Codable, CaseIterable {
    case purchase
    case `return`
    case order
    case visit
    case post
    case reply
    case like
    case review
    case sentiment
    case signup
    case activity
    /// A complaint to customer service (attributes: `topic`, `channel`, `severity`).
    case complaint
    /// A marketing message and what became of it (attributes: `action` = sent, opened, clicked,
    /// bounced or unsubscribed; `channel` = email, sms, mail, push; `campaign`).
    case message
    /// An offer or reward redeemed (attributes: `offer`, `points`).
    case redemption
    /// A loyalty tier or achievement reached (attributes: `tier`).
    case tier
    /// A product shared to others from the community (attributes: `sku`, `category`).
    case share
}
