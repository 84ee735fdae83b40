/// Everything `Mappings/engage.yml` configures, checked: every signal, attribute, stage, ladder
/// and channel a rule names exists (Pipeline's loader reports the file, line and key of one that
/// does not). Pure values: the engine takes them as given.
public struct EngageSettings: Hashable, Sendable {
    public var signals = SignalSettings()
    /// Golden attributes rules may test (`country`, `city`, `gender`, `age`, `tier`…).
    public var attributes: [String] = []
    /// Line rules, first match wins; ``defaultLine`` when none matches.
    public var lineRules: [LineRule] = []
    public var defaultLine: Line = .on
    /// Every stage name, in display order.
    public var stages: [String] = []
    /// Stage rules, first match wins (they may test today's line); ``defaultStage`` otherwise.
    public var stageRules: [StageRule] = []
    public var defaultStage: String = "active"
    /// Proactive triggers: each fires an action when its condition holds (above the line, usually).
    public var triggers: [TriggerRule] = []
    /// Remediation ladders for customers below the line; the first whose `when` holds starts.
    public var ladders: [Ladder] = []
    /// The calendar baseline: campaigns everyone in their audience gets.
    public var calendar: [Campaign] = []
    public var suppression = Suppression()
    /// Most actions per channel per customer in one week (Monday to Sunday); a channel not named
    /// is uncapped.
    public var weeklyCaps: [String: Int] = [:]
    /// Segments by current engagement level, first match wins, each with its treatment.
    public var segments: [Segment] = []
    public var offers = OfferSettings()
    /// Channels to try, in order, when an action's channel cannot reach the customer.
    public var fallback: [String: [String]] = [:]
    /// A purchase within this many days after an action counts as a response to it.
    public var responseWindowDays: Int = 14

    public init() {}
}

/// Decides the line: the first rule whose condition holds.
public struct LineRule: Hashable, Sendable {
    public var name: String
    public var line: Line
    public var when: Condition

    public init(name: String, line: Line, when: Condition) {
        self.name = name
        self.line = line
        self.when = when
    }
}

/// Decides the stage: the first rule whose condition holds.
public struct StageRule: Hashable, Sendable {
    public var name: String
    public var stage: String
    public var when: Condition

    public init(name: String, stage: String, when: Condition) {
        self.name = name
        self.stage = stage
        self.when = when
    }
}

/// What an action asks the marketing tools to do.
public struct ActionTemplate: Hashable, Sendable {
    /// The channel wanted; contactability may fall back to another.
    public var channel: String
    /// The message template's reference, if any.
    public var template: Optional<String>
    /// A fixed offer's id (from the offer bank), if any.
    public var offer: Optional<String>
    /// Higher wins when caps leave room for fewer actions than were proposed.
    public var priority: Int

    public init(channel: String, template: String? = nil, offer: String? = nil, priority: Int = 0) {
        self.channel = channel
        self.template = template
        self.offer = offer
        self.priority = priority
    }
}

/// A proactive trigger: a positive action begets the next step.
public struct TriggerRule: Hashable, Sendable {
    public var name: String
    public var when: Condition
    public var action: ActionTemplate
    /// The same trigger fires for a customer at most once in this many days.
    public var cooldownDays: Int
    /// When true, the action carries the customer's top-ranked offers (a matching cross-sell).
    public var withOffers: Bool

    public init(name: String, when: Condition, action: ActionTemplate, cooldownDays: Int = 30, withOffers: Bool = false) {
        self.name = name
        self.when = when
        self.action = action
        self.cooldownDays = cooldownDays
        self.withOffers = withOffers
    }
}

/// A remediation ladder: cheapest step first, one step up each time a step's wait passes
/// without the success condition, up to the last step or ``maxSpend``.
public struct Ladder: Hashable, Sendable {
    public var name: String
    /// When a below-the-line customer starts this ladder (first matching ladder wins).
    public var when: Condition
    /// Ends the ladder (a purchase, say). Tested over events since the ladder started.
    public var success: Condition
    /// The most the retailer will spend on one customer's ladder; a step that would pass it is
    /// not issued (the ladder is capped). `nil`: only the steps bound it.
    public var maxSpend: Optional<Double>
    public var steps: [LadderStep]

    public init(name: String, when: Condition, success: Condition, maxSpend: Double? = nil, steps: [LadderStep]) {
        self.name = name
        self.when = when
        self.success = success
        self.maxSpend = maxSpend
        self.steps = steps
    }
}

/// One rung of a ladder.
public struct LadderStep: Hashable, Sendable {
    public var name: String
    public var action: ActionTemplate
    /// What the step costs the retailer per customer (a coupon's face value, a call's cost).
    public var cost: Double
    /// Days to wait for success before the next step.
    public var waitDays: Int

    public init(name: String, action: ActionTemplate, cost: Double, waitDays: Int) {
        self.name = name
        self.action = action
        self.cost = cost
        self.waitDays = waitDays
    }
}

/// No baseline promotion to a customer who had a remediation step in the last ``remediationDays``.
public struct Suppression: Hashable, Sendable {
    public var remediationDays: Int = 14
    public init(remediationDays: Int = 14) { self.remediationDays = remediationDays }
}

/// A segment of customers by engagement level and the treatment it gets.
public struct Segment: Hashable, Sendable {
    public var name: String
    public var when: Condition
    public var treatment: Treatment

    public init(name: String, when: Condition, treatment: Treatment) {
        self.name = name
        self.when = when
        self.treatment = treatment
    }
}

/// How often a segment is contacted, to what end, and with how many offers.
public struct Treatment: Hashable, Sendable {
    /// `shop_more_often`, `keep_shopping`, `come_back`… reported with each action.
    public var goal: String
    /// At most one treatment action per customer in this many days.
    public var frequencyDays: Int
    public var action: ActionTemplate
    /// Offers allocated per customer (top k by affinity).
    public var offers: Int

    public init(goal: String, frequencyDays: Int, action: ActionTemplate, offers: Int) {
        self.goal = goal
        self.frequencyDays = frequencyDays
        self.action = action
        self.offers = offers
    }
}

/// How offers are ranked for a customer.
public struct OfferSettings: Hashable, Sendable {
    /// A purchase line's weight halves every this many days (recency-weighted affinity).
    public var halfLifeDays: Double = 90
    /// Offers on a SKU the customer bought or returned within this many days are left out.
    public var excludeRecentDays: Int = 30
    /// Weight of an offer matching a SKU relative to one matching only the category.
    public var skuWeight: Double = 2

    public init() {}
}
