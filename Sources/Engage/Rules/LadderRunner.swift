/// Moves a customer along a remediation ladder, one day at a time.
///
/// - Below the line with no ladder: the first ladder whose `when` holds (and whose first step is
///   affordable) starts; its first step is issued today.
/// - On a ladder, each later day:
///   1. if its `success` condition holds counting only signals that happened on or after the day
///      the ladder started, the ladder has succeeded: no more steps;
///   2. else, once the current step's ``LadderStep/waitDays`` have passed, the next step is issued
///      if there is one and the spend with it stays within ``Ladder/maxSpend``; otherwise the
///      ladder is capped: no more steps.
/// - Back above the line: the ladder is cleared (reset), finished or not. A customer *on* the
///   line keeps their ladder (it continues, or stays finished) but none starts there: the line is
///   neutral ground and remediation stops only once the customer is clearly back.
/// - A succeeded or capped ladder stays, issuing nothing and blocking a new one, until the
///   customer is above the line; a ladder no longer in the settings is dropped.
///
/// The decision depends only on the facts and the memory, so deciding a day twice gives the
/// same result; memory that already holds the day's step (stepped today) gives that step again.
///
/// ```swift
/// let runner = LadderRunner(settings: settings)                 // once per run
/// let state = StateDecider(settings: settings).decide(in: &context)
/// let ladder = runner.run(in: &context, for: state)
/// ladder.action?.step                                           // "we_miss_you"
/// ```
public struct LadderRunner: Sendable {
    private struct Entry: Sendable {
        let ladder: Ladder
        let when: CompiledCondition
        let success: CompiledCondition
    }

    private let ladders: [Entry]

    public init(settings: EngageSettings, registry: SignalRegistry = .standard) {
        ladders = settings.ladders.map {
            Entry(
                ladder: $0, when: CompiledCondition($0.when, registry: registry),
                success: CompiledCondition($0.success, registry: registry))
        }
    }

    /// Today's ladder position and the step to issue, if any, for a customer in the state decided
    /// today. A step's reason is the signals of the ladder's `when`, then those of the line rule.
    ///
    /// - Complexity: O(ladders + size of their conditions), plus the signals they use.
    public func run(in context: inout RuleContext, for decision: StateDecision) -> LadderDecision {
        let state = decision.state
        let previous = context.input.facts.previous.ladder
        let dropped = LadderDecision(position: nil, action: nil, change: previous == nil ? nil : .reset)
        guard state.line != .above else { return dropped }
        if let previous, let index = ladders.firstIndex(where: { $0.ladder.name == previous.ladder }) {
            return advance(previous, on: ladders[index], in: &context, for: decision)
        }
        guard state.line == .below else { return dropped }
        for index in ladders.indices {
            guard let cost = ladders[index].ladder.steps.first?.cost, ladders[index].ladder.allows(spending: cost),
                let signals = ladders[index].when.holds(in: &context)
            else { continue }
            let ladder = ladders[index].ladder
            let position = LadderPosition(
                ladder: ladder.name, step: 0, stepDay: context.asOf, startedDay: context.asOf, spent: cost)
            return LadderDecision(
                position: position, action: action(ladder, 0, context, decision, signals), change: .started)
        }
        return dropped
    }

    private func advance(
        _ position: LadderPosition, on entry: Entry,
        in context: inout RuleContext, for decision: StateDecision
    ) -> LadderDecision {
        var position = position
        let steps = entry.ladder.steps
        guard !position.isFinished else { return LadderDecision(position: position, action: nil, change: nil) }
        guard steps.indices.contains(position.step) else {
            position.capped = true
            return LadderDecision(position: position, action: nil, change: .capped)
        }
        if position.stepDay == context.asOf {
            // The step was issued today already: the same decision again.
            let signals = entry.when.holds(in: &context) ?? []
            let change: LadderChange = position.step == 0 && position.startedDay == context.asOf ? .started : .escalated
            return LadderDecision(
                position: position, action: action(entry.ladder, position.step, context, decision, signals), change: change)
        }
        context.firedSince = position.startedDay
        let succeeded = entry.success.holds(in: &context) != nil
        context.firedSince = nil
        if succeeded {
            position.succeeded = true
            return LadderDecision(position: position, action: nil, change: .succeeded)
        }
        guard context.asOf.days(since: position.stepDay) >= steps[position.step].waitDays else {
            return LadderDecision(position: position, action: nil, change: nil)
        }
        let next = position.step + 1
        guard next < steps.count, entry.ladder.allows(spending: position.spent + steps[next].cost) else {
            position.capped = true
            return LadderDecision(position: position, action: nil, change: .capped)
        }
        position.step = next
        position.stepDay = context.asOf
        position.spent += steps[next].cost
        let signals = entry.when.holds(in: &context) ?? []
        return LadderDecision(
            position: position, action: action(entry.ladder, next, context, decision, signals), change: .escalated)
    }

    private func action(
        _ ladder: Ladder, _ step: Int, _ context: RuleContext, _ decision: StateDecision, _ signals: [String]
    ) -> Action {
        var reason = signals
        for signal in decision.lineSignals where !reason.contains(signal) { reason.append(signal) }
        return ladder.steps[step].action.action(
            for: context, state: decision.state, kind: .ladder, rule: ladder.name, step: ladder.steps[step].name,
            stepIndex: step, signals: reason)
    }
}

extension Ladder {
    /// Whether spending `amount` in all stays within ``maxSpend``.
    func allows(spending amount: Double) -> Bool { maxSpend.map { amount <= $0 } ?? true }
}

/// A customer's ladder after today, and the step to issue today.
public struct LadderDecision: Hashable, Sendable {
    /// Where the customer stands after today; `nil` off any ladder.
    public var position: Optional<LadderPosition>
    /// The step issued today (kind ``ActionKind/ladder``, channel as requested, status planned).
    public var action: Optional<Action>
    /// What happened to the ladder today, if anything.
    public var change: Optional<LadderChange>

    public init(position: LadderPosition?, action: Action?, change: LadderChange?) {
        self.position = position
        self.action = action
        self.change = change
    }
}

/// What a day did to a customer's ladder.
public enum LadderChange: String, Hashable, Sendable, Codable, CaseIterable {
    /// A ladder started; its first step was issued.
    case started
    /// The wait passed without success; the next step was issued.
    case escalated
    /// The success condition held: no more steps.
    case succeeded
    /// No step left, or the next would pass the ladder's most spend: no more steps.
    case capped
    /// The customer is back above the line (or the ladder was removed from the settings).
    case reset
}
