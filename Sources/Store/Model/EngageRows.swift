import GoldenCore

/// One active golden record with what engagement reads of it: its facts (or, before the Merge
/// stage stored them, its JSON and events) and the engagement memory stored for it.
public struct EngageInput: Sendable {
    public var golden: StoredGoldenFacts
    /// The engagement memory stored for it, if any.
    public var state: Optional<EngageStateRow>

    public init(golden: StoredGoldenFacts, state: EngageStateRow?) {
        self.golden = golden
        self.state = state
    }

    /// The golden record's sequence.
    public var sequence: Int64 { golden.sequence }
}

/// A golden record's engagement memory as stored: the encoded state as of `day`, and as of
/// `priorDay` (the last day decided before `day`). The encoding belongs to Pipeline.
public struct EngageStateRow: Hashable, Sendable {
    public var sequence: Int64
    public var day: Int32
    public var state: String
    public var priorDay: Optional<Int32>
    public var prior: Optional<String>

    public init(sequence: Int64, day: Int32, state: String, priorDay: Int32?, prior: String?) {
        self.sequence = sequence
        self.day = day
        self.state = state
        self.priorDay = priorDay
        self.prior = prior
    }
}

/// A change of line or stage, as stored.
public struct EngageTransitionRow: Hashable, Sendable {
    public var sequence: Int64
    public var day: Int32
    public var fromLine: Optional<String>
    public var fromStage: Optional<String>
    public var toLine: String
    public var toStage: String
    public var rule: String
    /// Signal names, comma-separated.
    public var signals: String

    public init(
        sequence: Int64, day: Int32, fromLine: String?, fromStage: String?, toLine: String, toStage: String, rule: String,
        signals: String
    ) {
        self.sequence = sequence
        self.day = day
        self.fromLine = fromLine
        self.fromStage = fromStage
        self.toLine = toLine
        self.toStage = toStage
        self.rule = rule
        self.signals = signals
    }
}

/// What the engagement memory reads of a stored action that went out on a channel.
public struct EngageMemoryActionRow: Hashable, Sendable {
    public var sequence: Int64
    public var day: Int32
    public var kind: String
    public var rule: String
    public var step: Optional<String>
    public var channel: String

    public init(sequence: Int64, day: Int32, kind: String, rule: String, step: String?, channel: String) {
        self.sequence = sequence
        self.day = day
        self.kind = kind
        self.rule = rule
        self.step = step
        self.channel = channel
    }
}

/// An engagement action, as stored.
public struct EngageActionRow: Hashable, Sendable {
    public var sequence: Int64
    public var day: Int32
    public var kind: String
    public var rule: String
    public var step: Optional<String>
    public var stepIndex: Optional<Int>
    public var channel: Optional<String>
    public var requestedChannel: String
    public var template: Optional<String>
    /// Offer ids, comma-separated.
    public var offers: String
    public var goal: Optional<String>
    public var priority: Int
    /// Signal names, comma-separated.
    public var signals: String
    public var status: String
    public var line: String
    public var stage: String

    public init(
        sequence: Int64, day: Int32, kind: String, rule: String, step: String?, stepIndex: Int?, channel: String?,
        requestedChannel: String, template: String?, offers: String, goal: String?, priority: Int, signals: String,
        status: String, line: String, stage: String
    ) {
        self.sequence = sequence
        self.day = day
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
        self.line = line
        self.stage = stage
    }
}

/// Everything one engaged day writes, in one transaction.
public struct EngageDayWrite: Sendable {
    public var day: Int32
    public var runID: Optional<Int64>
    public var at: Timestamp
    public var states: [EngageStateRow]
    public var transitions: [EngageTransitionRow]
    public var actions: [EngageActionRow]
    public var summaryJSON: String

    public init(
        day: Int32, runID: Int64?, at: Timestamp, states: [EngageStateRow], transitions: [EngageTransitionRow],
        actions: [EngageActionRow], summaryJSON: String
    ) {
        self.day = day
        self.runID = runID
        self.at = at
        self.states = states
        self.transitions = transitions
        self.actions = actions
        self.summaryJSON = summaryJSON
    }
}
