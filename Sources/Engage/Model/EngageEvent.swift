import GoldenCore

/// One thing a customer did, as engagement sees it: a transaction (with its lines), a message
/// outcome, a community action, a complaint, a redemption or a tier reached.
///
/// Pipeline builds these from the stored events of every source record of a golden record; the
/// lines of one till receipt arrive as one purchase with several ``Item``s.
public struct EngageEvent: Hashable, Sendable {
    public var kind: EngageEventKind
    public var day: Day
    /// What the transaction was worth (a return's refund as a positive amount), in the golden
    /// record's main currency; `nil` when the feed gave none.
    public var amount: Optional<Amount>
    /// What was bought or returned: one item per line.
    public var items: [Item]
    /// The channel it came through or was sent on: `store`, `web`, `community`, `email`, `sms`…
    public var channel: Optional<String>
    /// Community sentiment in -1…1, where the feed scored it.
    public var sentiment: Optional<Double>
    /// The offer redeemed, the campaign a message belonged to, or the tier reached.
    public var reference: Optional<String>
    /// For ``EngageEventKind/message``: what happened to the message.
    public var messageAction: Optional<MessageAction>

    public init(
        kind: EngageEventKind, day: Day, amount: Amount? = nil, items: [Item] = [], channel: String? = nil,
        sentiment: Double? = nil, reference: String? = nil, messageAction: MessageAction? = nil
    ) {
        self.kind = kind
        self.day = day
        self.amount = amount
        self.items = items
        self.channel = channel
        self.sentiment = sentiment
        self.reference = reference
        self.messageAction = messageAction
    }

    /// A product line of a purchase or return.
    public struct Item: Hashable, Sendable {
        public var category: Optional<String>
        public var sku: Optional<String>
        public var quantity: Int

        public init(category: String?, sku: String?, quantity: Int = 1) {
            self.category = category
            self.sku = sku
            self.quantity = quantity
        }
    }
}

/// The kinds of event engagement tells apart.
public enum EngageEventKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A till receipt or a web order that was not cancelled.
    case purchase
    case `return`
    case complaint
    /// A marketing message; see ``EngageEvent/messageAction``.
    case message
    case redemption
    /// A loyalty tier or achievement reached; the tier is the event's reference.
    case tier
    /// A community post or reply (with its sentiment where scored).
    case post
    /// A product review in the community.
    case review
    /// A product shared from the community.
    case share
    /// A like or other light community activity.
    case like
    /// A visit, sign-up or other sign of life that is none of the above.
    case activity
}

/// What became of a marketing message.
public enum MessageAction: String, Hashable, Sendable, Codable, CaseIterable {
    case sent, opened, clicked, bounced, unsubscribed
}
