@testable import Engage

/// Walks one customer through the rules day by day, the way the engine does: decide the state,
/// run the ladder, fire the triggers, remember it all for the next day.
struct Story {
    let settings: EngageSettings
    let decider: StateDecider
    let ladders: LadderRunner
    let triggers: TriggerEvaluator

    /// What happened on each day the customer's state or ladder moved, or an action was issued.
    var transitions: [Transition] = []
    var ladderChanges: [(day: Day, change: LadderChange, step: String?)] = []
    var actions: [Action] = []
    var memory = EngagementMemory()

    init(settings: EngageSettings = EngageFixture.settings()) {
        self.settings = settings
        decider = StateDecider(settings: settings)
        ladders = LadderRunner(settings: settings)
        triggers = TriggerEvaluator(settings: settings)
    }

    /// Runs every day from `first` to `last`; the customer's whole history is passed each day
    /// (signals must not peek past the day).
    mutating func walk(_ events: [EngageEvent], firstSeen: Int, days: ClosedRange<Int>) {
        var context = RuleContext(facts: .test([]), asOf: dayAt(0), settings: settings.signals)
        for offset in days {
            context.reset(facts: .test(events, firstSeen: firstSeen, previous: memory), asOf: dayAt(offset))
            let decision = decide(in: &context)
            if let transition = decision.state.transition { transitions.append(transition) }
            if let change = decision.ladder.change {
                ladderChanges.append((dayAt(offset), change, decision.ladder.action?.step))
            }
            let issued = (decision.ladder.action.map { [$0] } ?? []) + decision.triggers.actions
            actions += issued
            memory = EngagementMemory(
                state: decision.state.state, ladder: decision.ladder.position,
                actions: memory.actions + issued.map { PastAction(day: $0.day, kind: $0.kind, rule: $0.rule, step: $0.step, channel: $0.requestedChannel) })
        }
    }

    /// One day's decisions.
    func decide(in context: inout RuleContext) -> (state: StateDecision, ladder: LadderDecision, triggers: TriggerDecision) {
        let state = decider.decide(in: &context)
        let ladder = ladders.run(in: &context, for: state)
        let fired = triggers.evaluate(in: &context, for: state)
        return (state, ladder, fired)
    }

    /// The path as `day: from → to (rule; signals)`, stage names with the line, for readable failures.
    var path: [String] {
        transitions.map { transition in
            let from = transition.from.map { "\($0.line)/\($0.stage)" } ?? "-"
            return "\(transition.day.days(since: dayZero)): \(from) → \(transition.to.line)/\(transition.to.stage)"
                + " (\(transition.rule); \(transition.signals.joined(separator: ",")))"
        }
    }
}
