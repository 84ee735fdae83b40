/// Where a customer stands: above, on or below the line, and their retention stage.
public struct EngagementState: Hashable, Sendable {
    public var line: Line
    /// A stage named in ``EngageSettings/stages`` (`new`, `active`, `loyal`, `advocate`,
    /// `at_risk`, `lapsed`, `won_back` in the shipped rules).
    public var stage: String
    /// The day the customer entered this line and stage.
    public var since: Day

    public init(line: Line, stage: String, since: Day) {
        self.line = line
        self.stage = stage
        self.since = since
    }
}

/// Above the line: positive signals beget the next step. Below: a remediation ladder runs.
public enum Line: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case below, on, above

    private var rank: Int {
        switch self {
        case .below: 0
        case .on: 1
        case .above: 2
        }
    }

    public static func < (lhs: Line, rhs: Line) -> Bool { lhs.rank < rhs.rank }
}

/// A change of line or stage on a day, with what caused it. Kept forever: a customer's path.
public struct Transition: Hashable, Sendable {
    public var day: Day
    /// `nil` for a customer decided for the first time.
    public var from: Optional<EngagementState>
    public var to: EngagementState
    /// The line or stage rule that decided the new state.
    public var rule: String
    /// The signals that fired in that rule's condition.
    public var signals: [String]

    public init(day: Day, from: EngagementState?, to: EngagementState, rule: String, signals: [String]) {
        self.day = day
        self.from = from
        self.to = to
        self.rule = rule
        self.signals = signals
    }
}

/// A customer's place on a remediation ladder.
public struct LadderPosition: Hashable, Sendable {
    public var ladder: String
    /// Index into the ladder's steps of the step issued last.
    public var step: Int
    /// The day that step was issued.
    public var stepDay: Day
    /// The day the ladder started.
    public var startedDay: Day
    /// Money spent on the steps issued so far.
    public var spent: Double
    /// True once the last affordable step's wait has passed: the ladder stays at its cap (no more
    /// steps) until the customer is back above the line.
    public var capped: Bool
    /// True once the ladder's success condition held: like ``capped``, no more steps (and no new
    /// ladder) until the customer is back above the line.
    public var succeeded: Bool

    public init(
        ladder: String, step: Int, stepDay: Day, startedDay: Day, spent: Double, capped: Bool = false,
        succeeded: Bool = false
    ) {
        self.ladder = ladder
        self.step = step
        self.stepDay = stepDay
        self.startedDay = startedDay
        self.spent = spent
        self.capped = capped
        self.succeeded = succeeded
    }

    /// Capped or succeeded: the ladder issues nothing more.
    public var isFinished: Bool { capped || succeeded }
}
