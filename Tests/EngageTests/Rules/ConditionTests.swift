import Synchronization
import Testing

@testable import Engage

@Suite("Conditions")
struct ConditionTests {
    /// As of day 100: bought on day 90, complained on day 60, reached gold on day 95; was below
    /// and at risk yesterday; today is decided above and won back.
    static func context() -> RuleContext {
        let facts = CustomerFacts.test(
            [.purchase(90, "40"), .of(.complaint, 60), .of(.tier, 95, reference: "gold")], firstSeen: 10,
            attributes: ["country": .text("GB"), "age": .number(34), "joined": .day(dayAt(10))],
            previous: EngagementMemory(state: EngagementState(line: .below, stage: "at_risk", since: dayAt(70))))
        var context = RuleContext(facts: facts, asOf: dayAt(100), settings: SignalSettings())
        context.line = .above
        context.stage = "won_back"
        return context
    }

    static let cases: [(Condition, [String]?)] = [
        (.signal("purchase", .fired), ["purchase"]),
        (.signal("purchase", .withinDays(10)), ["purchase"]),
        (.signal("purchase", .withinDays(9)), nil),
        (.signal("complaint", .withinDays(30)), nil),
        (.signal("recency_days", .compare(.lt, 11)), ["recency_days"]),
        (.signal("recency_days", .compare(.gt, 10)), nil),
        (.signal("cadence_days", .compare(.eq, 60)), []),  // the default cadence: a number, not fired
        (.signal("unopened_streak", .compare(.ge, 0)), nil),  // no messages: no number
        (.signal("tier_reached", .oneOf(["gold", "platinum"])), ["tier_reached"]),
        (.signal("tier_reached", .oneOf(["silver"])), nil),
        (.signal("no_such_signal", .fired), nil),
        (.all([.signal("purchase", .fired), .signal("complaint", .fired)]), ["purchase", "complaint"]),
        (.all([.signal("purchase", .fired), .signal("recency_days", .compare(.le, 10)), .signal("purchase", .withinDays(30))]),
         ["purchase", "recency_days"]),
        (.all([.signal("purchase", .fired), .signal("complaint", .withinDays(30))]), nil),
        (.all([]), []),
        (.any([.signal("complaint", .withinDays(30)), .signal("purchase", .fired), .signal("recency_days", .compare(.lt, 100))]),
         ["purchase"]),
        (.any([]), nil),
        (.not(.signal("complaint", .withinDays(30))), []),
        (.not(.signal("purchase", .fired)), nil),
        (.all([.signal("tier_reached", .fired), .not(.all([.signal("purchase", .fired), .signal("flatline", .fired)]))]),
         ["tier_reached"]),
        (.attribute("country", .oneOf(["GB", "IE"])), []),
        (.attribute("country", .oneOf(["gb"])), nil),
        (.attribute("country", .present), []),
        (.attribute("city", .present), nil),
        (.attribute("city", .oneOf(["London"])), nil),
        (.attribute("age", .compare(.gt, .number(30))), []),
        (.attribute("age", .compare(.ne, .number(34))), nil),
        (.attribute("age", .compare(.gt, .text("30"))), nil),
        (.attribute("country", .compare(.lt, .text("US"))), []),
        (.attribute("joined", .withinDays(90)), []),
        (.attribute("joined", .withinDays(89)), nil),
        (.attribute("joined", .compare(.lt, .day(dayAt(11)))), []),
        (.attribute("country", .withinDays(90)), nil),
        (.line([.above, .on]), []),
        (.line([.below]), nil),
        (.previousLine([.below]), []),
        (.previousLine([.above]), nil),
        (.stage(["won_back"]), []),
        (.stage(["active"]), nil),
        (.previousStage(["lapsed", "at_risk"]), []),
        (.previousStage(["lapsed"]), nil),
        (.always, []),
    ]

    @Test(arguments: cases)
    func holds(condition: Condition, reason: [String]?) {
        var context = Self.context()
        #expect(condition.holds(in: &context) == reason)
        #expect(condition.evaluate(in: &context) == (reason != nil))
    }

    /// Today's line and stage are unknown until decided, and a new customer has no previous state.
    @Test(arguments: [Condition.line(Line.allCases), .stage(["active"]), .previousLine(Line.allCases), .previousStage(["active"])])
    func undecidedIsFalse(condition: Condition) {
        var context = RuleContext(facts: .test([.purchase(0)]), asOf: dayAt(0), settings: SignalSettings())
        #expect(condition.holds(in: &context) == nil)
    }

    /// Each signal is evaluated at most once per customer and day, however many rules name it.
    @Test func signalsAreMemoized() {
        let counter = CountingSignal()
        let registry = SignalRegistry([counter, PurchaseSignal()])
        var context = RuleContext(facts: .test([.purchase(0)]), asOf: dayAt(1), settings: SignalSettings(), registry: registry)
        let rule = CompiledCondition(
            .any([.signal("counted", .fired), .signal("counted", .withinDays(1)), .not(.signal("counted", .compare(.gt, 9)))]),
            registry: registry)
        #expect(rule.holds(in: &context) == [])
        #expect(rule.holds(in: &context) == [])
        #expect(counter.calls.withLock { $0 } == 1)
        context.reset(facts: .test([.purchase(0)]), asOf: dayAt(2))
        #expect(rule.holds(in: &context) == [])
        #expect(counter.calls.withLock { $0 } == 2)
    }
}

/// A signal that counts its evaluations: never fires, number 1.
final class CountingSignal: Signal {
    static let name = "counted"
    static let summary = "counts how often it is evaluated"
    let calls = Mutex(0)

    func evaluate(_ input: SignalInput) -> SignalValue {
        calls.withLock { $0 += 1 }
        return SignalValue(fired: false, number: 1)
    }
}
