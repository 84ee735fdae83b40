/// Fires proactive triggers: each ``TriggerRule`` whose condition holds yields an action, unless
/// the same trigger fired for the customer within its ``TriggerRule/cooldownDays``, in which case
/// the action is held back as ``HoldReason/notDue``.
///
/// Only actions on earlier days count toward the cooldown, so deciding a day again, even from
/// memory that already holds that day's actions, gives the same actions. Offers are left empty:
/// the engine allocates them for rules with ``TriggerRule/withOffers``.
///
/// ```swift
/// let triggers = TriggerEvaluator(settings: settings)        // once per run
/// let fired = triggers.evaluate(in: &context, for: state)   // today's StateDecision
/// fired.actions.map(\.rule)                                  // ["thank_you"]
/// ```
public struct TriggerEvaluator: Sendable {
    private let rules: [TriggerRule]
    private let conditions: [CompiledCondition]

    public init(settings: EngageSettings, registry: SignalRegistry = .standard) {
        rules = settings.triggers
        conditions = settings.triggers.map { CompiledCondition($0.when, registry: registry) }
    }

    /// The triggers that fire today for a customer in the state decided today, in rule order.
    ///
    /// - Complexity: O(size of the conditions + triggers that hold × earlier actions).
    public func evaluate(in context: inout RuleContext, for decision: StateDecision) -> TriggerDecision {
        let state = decision.state
        var decision = TriggerDecision()
        for index in conditions.indices {
            guard let signals = conditions[index].holds(in: &context) else { continue }
            let rule = rules[index]
            let action = rule.action.action(for: context, state: state, kind: .trigger, rule: rule.name, signals: signals)
            if firedRecently(rule, context) {
                decision.held.append(HeldAction(action: action, reason: .notDue))
            } else {
                decision.actions.append(action)
            }
        }
        return decision
    }

    private func firedRecently(_ rule: TriggerRule, _ context: RuleContext) -> Bool {
        let asOf = context.asOf
        return context.input.facts.previous.actions.contains {
            $0.kind == .trigger && $0.day < asOf && asOf.days(since: $0.day) < rule.cooldownDays && $0.rule == rule.name
        }
    }
}

/// The triggers that fired today: the actions to issue and those held back by their cooldown.
public struct TriggerDecision: Hashable, Sendable {
    public var actions: [Action] = []
    public var held: [HeldAction] = []

    public init(actions: [Action] = [], held: [HeldAction] = []) {
        self.actions = actions
        self.held = held
    }
}
