/// Decides a customer's line and stage for the day, and whether that is a transition.
///
/// The line comes first (the first ``LineRule`` that holds, else ``EngageSettings/defaultLine``),
/// then the stage (the first ``StageRule`` that holds, else ``EngageSettings/defaultStage``);
/// stage rules may test today's line and the previous stage. The state keeps its `since` day
/// while line and stage stay the same; a change, or a customer decided for the first time, gives
/// a ``Transition`` naming the rule and the signals behind it.
///
/// ```swift
/// let decider = StateDecider(settings: settings)          // once per run
/// var context = RuleContext(facts: facts, asOf: today, settings: settings.signals)
/// let decision = decider.decide(in: &context)
/// decision.transition?.rule                                // "flatline + lapsed"
/// ```
public struct StateDecider: Sendable {
    /// The rule name reported when no rule held and the default applied.
    public static let defaultRule = "default"

    private let lineRules: [Decides<Line>]
    private let defaultLine: Line
    private let stageRules: [Decides<String>]
    private let defaultStage: String

    public init(settings: EngageSettings, registry: SignalRegistry = .standard) {
        lineRules = settings.lineRules.map { Decides($0.name, $0.line, CompiledCondition($0.when, registry: registry)) }
        defaultLine = settings.defaultLine
        stageRules = settings.stageRules.map { Decides($0.name, $0.stage, CompiledCondition($0.when, registry: registry)) }
        defaultStage = settings.defaultStage
    }

    /// Today's state; sets the context's ``RuleContext/line`` and ``RuleContext/stage``.
    ///
    /// - Complexity: O(size of the rules evaluated until the first that holds), plus the signals they use.
    public func decide(in context: inout RuleContext) -> StateDecision {
        let line = Decides.first(of: lineRules, else: defaultLine, in: &context)
        context.line = line.value
        let stage = Decides.first(of: stageRules, else: defaultStage, in: &context)
        context.stage = stage.value

        let previous = context.previous
        let unchanged = previous.map { $0.line == line.value && $0.stage == stage.value } ?? false
        let since = unchanged ? previous?.since ?? context.asOf : context.asOf
        let state = EngagementState(line: line.value, stage: stage.value, since: since)
        var decision = StateDecision(
            state: state, lineRule: line.rule, lineSignals: line.signals, stageRule: stage.rule, stageSignals: stage.signals,
            transition: nil)
        guard !unchanged else { return decision }
        let lineChanged = previous.map { $0.line != line.value } ?? true
        let stageChanged = previous.map { $0.stage != stage.value } ?? true
        var rule = lineChanged ? line.rule : stage.rule
        var signals = lineChanged ? line.signals : stage.signals
        if lineChanged && stageChanged {
            if stage.rule != line.rule { rule += " + " + stage.rule }
            for signal in stage.signals where !signals.contains(signal) { signals.append(signal) }
        }
        decision.transition = Transition(day: context.asOf, from: previous, to: state, rule: rule, signals: signals)
        return decision
    }
}

/// A rule that decides a line or a stage.
private struct Decides<Value: Sendable>: Sendable {
    let name: String
    let value: Value
    let when: CompiledCondition

    init(_ name: String, _ value: Value, _ when: CompiledCondition) {
        self.name = name
        self.value = value
        self.when = when
    }

    /// The first rule that holds, or the default.
    static func first(
        of rules: [Decides], else fallback: Value, in context: inout RuleContext
    ) -> (rule: String, value: Value, signals: [String]) {
        for index in rules.indices {
            if let signals = rules[index].when.holds(in: &context) {
                return (rules[index].name, rules[index].value, signals)
            }
        }
        return (StateDecider.defaultRule, fallback, [])
    }
}

/// A customer's state for the day and how it was reached.
public struct StateDecision: Hashable, Sendable {
    public var state: EngagementState
    /// The line rule that held, or ``StateDecider/defaultRule``.
    public var lineRule: String
    /// The signals that fired in it.
    public var lineSignals: [String]
    /// The stage rule that held, or ``StateDecider/defaultRule``.
    public var stageRule: String
    /// The signals that fired in it.
    public var stageSignals: [String]
    /// Set when the line or stage changed today (or the customer is decided for the first time):
    /// its rule names the rules of what changed (line first, `a + b` when both did), its signals
    /// those that fired in them.
    public var transition: Optional<Transition>

    public init(
        state: EngagementState, lineRule: String, lineSignals: [String] = [], stageRule: String,
        stageSignals: [String] = [], transition: Transition? = nil
    ) {
        self.state = state
        self.lineRule = lineRule
        self.lineSignals = lineSignals
        self.stageRule = stageRule
        self.stageSignals = stageSignals
        self.transition = transition
    }
}
