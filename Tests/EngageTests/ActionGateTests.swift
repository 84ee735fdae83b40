import Testing

@testable import Engage

@Suite("Action gate: suppression and weekly caps")
struct ActionGateTests {
    typealias F = OfferFixture

    /// (kind, rule, channel, priority); a nil channel is an unreachable action.
    typealias Proposal = (ActionKind, String, String?, Int)

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var proposed: [Proposal]
        var past: [PastAction] = []
        var ladder: LadderPosition?
        var kept: [String]
        var held: [String: HoldReason] = [:]
        var testDescription: String { name }
    }

    /// 2026-06-30 is a Tuesday: the day before is in its week, two days before is not.
    static let cases: [Case] = [
        Case(name: "nothing to hold", proposed: [(.baseline, "summer", "email", 0), (.trigger, "x", "sms", 0)], kept: ["summer", "x"]),
        Case(
            name: "a ladder step within the remediation days suppresses baselines",
            proposed: [(.baseline, "summer", "email", 0), (.trigger, "x", "sms", 0)], past: [F.past(14, .ladder, "rescue")],
            kept: ["x"], held: ["summer": .suppressed]),
        Case(
            name: "an older ladder step does not", proposed: [(.baseline, "summer", "email", 0)], past: [F.past(15, .ladder, "rescue")],
            kept: ["summer"]),
        Case(
            name: "an active ladder suppresses", proposed: [(.baseline, "summer", "email", 0), (.treatment, "vip", "email", 0)],
            ladder: LadderPosition(ladder: "rescue", step: 0, stepDay: F.day("2026-05-01"), startedDay: F.day("2026-05-01"), spent: 0),
            kept: ["vip"], held: ["summer": .suppressed]),
        Case(
            name: "a capped ladder does not", proposed: [(.baseline, "summer", "email", 0)],
            ladder: LadderPosition(ladder: "rescue", step: 4, stepDay: F.day("2026-05-01"), startedDay: F.day("2026-03-01"), spent: 40, capped: true),
            kept: ["summer"]),
        Case(
            name: "a ladder step proposed today suppresses",
            proposed: [(.baseline, "summer", "email", 9), (.ladder, "rescue", "email", 0)], kept: ["rescue"], held: ["summer": .suppressed]),
        Case(
            name: "the week's past actions count toward the cap",
            proposed: [(.trigger, "low", "email", 1), (.treatment, "high", "email", 5)], past: [F.past(1, .baseline, "summer")],
            kept: ["high"], held: ["low": .capped]),
        Case(
            name: "last week's actions do not",
            proposed: [(.trigger, "low", "email", 1), (.treatment, "high", "email", 5)],
            past: [F.past(2, .baseline, "summer"), F.past(3, .baseline, "spring")], kept: ["low", "high"]),
        Case(
            name: "another channel's actions do not", proposed: [(.trigger, "a", "email", 0), (.trigger, "b", "email", 0)],
            past: [F.past(1, .trigger, "c", channel: "sms")], kept: ["a", "b"]),
        Case(
            name: "equal priority: proposed order", proposed: [(.trigger, "first", "sms", 2), (.trigger, "second", "sms", 2)],
            kept: ["first"], held: ["second": .capped]),
        Case(
            name: "an uncapped channel", proposed: (1...5).map { (.trigger, "p\($0)", "push", 0) }, kept: ["p1", "p2", "p3", "p4", "p5"]),
        Case(
            name: "a suppressed baseline takes no room under the cap",
            proposed: [(.baseline, "summer", "sms", 9), (.trigger, "x", "sms", 1), (.ladder, "rescue", "sms", 5)],
            kept: ["rescue"], held: ["summer": .suppressed, "x": .capped]),
        Case(
            name: "an unreachable action is neither capped nor counted",
            proposed: [(.trigger, "nowhere", nil, 9), (.trigger, "x", "sms", 0)], kept: ["nowhere", "x"]),
        Case(
            name: "today's own past record is ignored", proposed: [(.trigger, "x", "sms", 0)], past: [F.past(0, .trigger, "x", channel: "sms")],
            kept: ["x"]),
    ]

    @Test(arguments: cases) func gates(_ test: Case) {
        let gate = ActionGate(suppression: Suppression(remediationDays: 14), weeklyCaps: ["email": 2, "sms": 1])
        let proposed = test.proposed.map { kind, rule, channel, priority in
            var action = F.action(kind, rule, channel: channel ?? "email", priority: priority)
            if channel == nil {
                action.channel = nil
                action.status = .unreachable
            }
            return action
        }
        let result = gate.apply(proposed, memory: EngagementMemory(actions: test.past), ladder: test.ladder, asOf: F.asOf)
        #expect(result.kept.map(\.rule) == test.kept)
        #expect(Dictionary(uniqueKeysWithValues: result.held.map { ($0.action.rule, $0.reason) }) == test.held)
        #expect(result.kept.count + result.held.count == proposed.count)
    }

    @Test func takesItsSettings() {
        var settings = EngageSettings()
        settings.suppression = Suppression(remediationDays: 3)
        settings.weeklyCaps = ["mail": 1]
        #expect(ActionGate(settings: settings) == ActionGate(suppression: Suppression(remediationDays: 3), weeklyCaps: ["mail": 1]))
    }
}
