import Testing

@testable import Engage

@Suite("Trigger evaluator")
struct TriggerEvaluatorTests {
    static let settings: EngageSettings = {
        var settings = EngageSettings()
        settings.triggers = [
            TriggerRule(
                name: "thanks", when: .all([.line([.above]), .signal("purchase", .withinDays(1))]),
                action: ActionTemplate(channel: "email", template: "thanks", offer: "FIXED", priority: 4), cooldownDays: 14,
                withOffers: true),
            TriggerRule(name: "tier", when: .signal("tier_reached", .oneOf(["gold"])), action: ActionTemplate(channel: "sms"), cooldownDays: 30),
        ]
        return settings
    }()

    /// Earlier actions as `(days before today, kind, rule)`.
    static let cases: [(String, [(Int, ActionKind, String)], [String], [String])] = [
        ("never fired", [], ["thanks", "tier"], []),
        ("within the cooldown", [(13, .trigger, "thanks")], ["tier"], ["thanks"]),
        ("the cooldown has passed", [(14, .trigger, "thanks"), (31, .trigger, "tier")], ["thanks", "tier"], []),
        ("each trigger its own cooldown", [(2, .trigger, "tier")], ["thanks"], ["tier"]),
        ("only triggers count", [(1, .ladder, "thanks"), (1, .baseline, "tier")], ["thanks", "tier"], []),
        ("today's own actions do not", [(0, .trigger, "thanks"), (0, .trigger, "tier")], ["thanks", "tier"], []),
    ]

    @Test(arguments: cases)
    func cooldown(label: String, earlier: [(Int, ActionKind, String)], fired: [String], held: [String]) {
        let past = earlier.map { PastAction(day: dayAt(100 - $0.0), kind: $0.1, rule: $0.2, channel: "email") }
        let facts = CustomerFacts.test(
            [.purchase(99), .of(.tier, 80, reference: "gold")], previous: EngagementMemory(actions: past))
        let state = StateDecision(
            state: EngagementState(line: .above, stage: "active", since: dayAt(1)), lineRule: "bought", stageRule: "default")
        var context = RuleContext(facts: facts, asOf: dayAt(100), settings: Self.settings.signals)
        context.line = .above
        let decision = TriggerEvaluator(settings: Self.settings).evaluate(in: &context, for: state)
        #expect(decision.actions.map(\.rule) == fired)
        #expect(decision.held.map(\.action.rule) == held)
        #expect(decision.held.allSatisfy { $0.reason == .notDue })
        let all = decision.actions + decision.held.map(\.action)
        #expect(all.allSatisfy { $0.kind == .trigger && $0.offers.isEmpty && $0.state == state.state && $0.channel == $0.requestedChannel })
        #expect(all.first { $0.rule == "thanks" }?.signals == ["purchase"])
        #expect(all.first { $0.rule == "tier" }?.signals == ["tier_reached"])
        #expect(all.first { $0.rule == "thanks" }?.priority == 4)
    }

    @Test func nothingHolds() {
        let facts = CustomerFacts.test([.purchase(90), .of(.tier, 80, reference: "silver")])
        var context = RuleContext(facts: facts, asOf: dayAt(100), settings: Self.settings.signals)
        context.line = .above
        let state = StateDecision(
            state: EngagementState(line: .above, stage: "active", since: dayAt(1)), lineRule: "bought", stageRule: "default")
        #expect(TriggerEvaluator(settings: Self.settings).evaluate(in: &context, for: state) == TriggerDecision())
    }
}
