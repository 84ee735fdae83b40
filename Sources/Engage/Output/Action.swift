/// What to do for one customer on one day, through which channel, and why.
public struct Action: Hashable, Sendable {
    public var goldenID: String
    public var day: Day
    /// The customer's state that day.
    public var state: EngagementState
    public var kind: ActionKind
    /// The trigger, ladder, campaign id or segment that issued it.
    public var rule: String
    /// The ladder step's name and index, for ladder actions.
    public var step: Optional<String>
    public var stepIndex: Optional<Int>
    /// The channel it goes through after contactability (the requested one or a fallback);
    /// `nil` when no channel reaches the customer (``status`` is then ``ActionStatus/unreachable``).
    public var channel: Optional<String>
    /// The channel the rule asked for.
    public var requestedChannel: String
    public var template: Optional<String>
    /// Offer ids allocated to it, best first.
    public var offers: [String]
    /// The treatment's goal, for treatment actions.
    public var goal: Optional<String>
    public var priority: Int
    /// The signals that fired in the conditions that led here: the reason.
    public var signals: [String]
    public var status: ActionStatus

    public init(
        goldenID: String, day: Day, state: EngagementState, kind: ActionKind, rule: String, step: String? = nil,
        stepIndex: Int? = nil, channel: String?, requestedChannel: String, template: String? = nil,
        offers: [String] = [], goal: String? = nil, priority: Int = 0, signals: [String] = [],
        status: ActionStatus = .planned
    ) {
        self.goldenID = goldenID
        self.day = day
        self.state = state
        self.kind = kind
        self.rule = rule
        self.step = step
        self.stepIndex = stepIndex
        self.channel = channel
        self.requestedChannel = requestedChannel
        self.template = template
        self.offers = offers
        self.goal = goal
        self.priority = priority
        self.signals = signals
        self.status = status
    }
}

/// Where an action came from.
public enum ActionKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A proactive trigger above the line.
    case trigger
    /// A remediation ladder step below the line.
    case ladder
    /// A calendar baseline campaign.
    case baseline
    /// A segment's treatment.
    case treatment
}

/// Whether an action goes out.
public enum ActionStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// To be executed by the marketing tools.
    case planned
    /// No channel reaches the customer; reported, not executed.
    case unreachable
}

/// An action proposed and then held back, and why (reported, not written as an action).
public struct HeldAction: Hashable, Sendable {
    public var action: Action
    public var reason: HoldReason

    public init(action: Action, reason: HoldReason) {
        self.action = action
        self.reason = reason
    }
}

/// Why a proposed action was held back.
public enum HoldReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// A baseline promotion to someone in (or just out of) a remediation step.
    case suppressed
    /// The channel's weekly cap for the customer was reached.
    case capped
    /// The trigger fired within its cooldown, or the treatment is not yet due.
    case notDue = "not_due"
}
