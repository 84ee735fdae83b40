import GoldenCore

/// Everything the engagement rules know about one golden record on one day: its events, the
/// attributes rules may test, how each channel can reach it, and what engagement decided before.
///
/// ```swift
/// let facts = CustomerFacts(
///     goldenID: "G-7Q2M4K", firstSeen: Day(iso: "2025-01-10")!,
///     events: [EngageEvent(kind: .purchase, day: Day(iso: "2026-06-01")!, amount: Amount(parsing: "42.50"))],
///     attributes: ["country": .text("GB")],
///     contacts: [ContactPoint(channel: "email", status: .reachable)])
/// ```
public struct CustomerFacts: Sendable {
    public var goldenID: String
    /// The earliest day any source saw this customer (record or event).
    public var firstSeen: Optional<Day>
    /// Every event, oldest first.
    public var events: [EngageEvent]
    /// Golden attributes by name (`country`, `city`, `gender`, `age`, `tier`, `email_domain`…);
    /// rules may only name attributes listed in ``EngageSettings/attributes``.
    public var attributes: [String: AttributeValue]
    /// One entry per channel the retailer can use (`email`, `sms`, `mail`, `push`).
    public var contacts: [ContactPoint]
    /// What engagement decided on earlier days.
    public var previous: EngagementMemory

    public init(
        goldenID: String, firstSeen: Day?, events: [EngageEvent], attributes: [String: AttributeValue] = [:],
        contacts: [ContactPoint] = [], previous: EngagementMemory = EngagementMemory()
    ) {
        self.goldenID = goldenID
        self.firstSeen = firstSeen
        self.events = events
        self.attributes = attributes
        self.contacts = contacts
        self.previous = previous
    }
}

/// A golden attribute's value as rules compare it.
public enum AttributeValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case day(Day)
}

/// Whether a channel can carry a message to the customer, and if not, why.
public struct ContactPoint: Hashable, Sendable {
    /// `email`, `sms`, `mail`, `push`…
    public var channel: String
    public var status: ContactStatus

    public init(channel: String, status: ContactStatus) {
        self.channel = channel
        self.status = status
    }
}

/// Why a channel can or cannot be used. Only ``reachable`` can carry an action.
public enum ContactStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case reachable
    /// No golden value for the channel.
    case missing
    /// The golden value failed validation (or is a placeholder).
    case invalid
    /// The golden value is past its sell-by date.
    case stale
    /// The customer unsubscribed from the channel (or never consented).
    case optedOut = "opted_out"
}

/// What engagement decided on days before the one being decided: the state, the ladder the
/// customer is on, and the actions already issued (for caps, suppression and frequency).
public struct EngagementMemory: Hashable, Sendable {
    /// The state as of the last day decided, or `nil` for a customer never decided before.
    public var state: Optional<EngagementState>
    /// The ladder in progress, or `nil`.
    public var ladder: Optional<LadderPosition>
    /// Actions issued on earlier days, oldest first (only those recent enough to matter:
    /// Pipeline loads the window the settings need).
    public var actions: [PastAction]

    public init(state: EngagementState? = nil, ladder: LadderPosition? = nil, actions: [PastAction] = []) {
        self.state = state
        self.ladder = ladder
        self.actions = actions
    }
}

/// An action issued on an earlier day.
public struct PastAction: Hashable, Sendable {
    public var day: Day
    public var kind: ActionKind
    /// The rule, ladder, campaign or treatment that issued it.
    public var rule: String
    /// The ladder step's name, for ladder actions.
    public var step: Optional<String>
    public var channel: String

    public init(day: Day, kind: ActionKind, rule: String, step: String? = nil, channel: String) {
        self.day = day
        self.kind = kind
        self.rule = rule
        self.step = step
        self.channel = channel
    }
}
