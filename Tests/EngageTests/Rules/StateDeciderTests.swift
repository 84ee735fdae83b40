import Testing

@testable import Engage

@Suite("State decider")
struct StateDeciderTests {
    static let settings: EngageSettings = {
        var settings = EngageSettings()
        settings.lineRules = [
            LineRule(name: "complained", line: .below, when: .signal("complaint", .withinDays(30))),
            LineRule(name: "bought", line: .above, when: .signal("purchase", .withinDays(30))),
        ]
        settings.defaultLine = .on
        settings.stageRules = [
            StageRule(name: "won_back", stage: "won_back", when: .all([.previousStage(["lapsed"]), .line([.above])])),
            StageRule(name: "lapsed", stage: "lapsed", when: .line([.below])),
        ]
        settings.defaultStage = "active"
        return settings
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var events: [EngageEvent]
        /// Yesterday's line, stage and since day.
        var previous: (Line, String, Int)?
        var expected: (Line, String, since: Int)
        /// The transition's rule and signals, when there is one.
        var transition: (String, [String])?
    }

    static let cases: [Case] = [
        Case(testDescription: "first decision", events: [.purchase(95)], previous: nil, expected: (.above, "active", 100),
             transition: ("bought + default", ["purchase"])),
        Case(testDescription: "unchanged keeps since", events: [.purchase(95)], previous: (.above, "active", 50),
             expected: (.above, "active", 50), transition: nil),
        Case(testDescription: "line and stage change", events: [.purchase(95), .of(.complaint, 90)], previous: (.above, "active", 50),
             expected: (.below, "lapsed", 100), transition: ("complained + lapsed", ["complaint"])),
        Case(testDescription: "stage tests today's line and the previous stage", events: [.purchase(99)],
             previous: (.below, "lapsed", 50), expected: (.above, "won_back", 100), transition: ("bought + won_back", ["purchase"])),
        Case(testDescription: "stage only", events: [.purchase(95)], previous: (.above, "won_back", 90),
             expected: (.above, "active", 100), transition: ("default", [])),
        Case(testDescription: "line only", events: [.purchase(95)], previous: (.on, "active", 10),
             expected: (.above, "active", 100), transition: ("bought", ["purchase"])),
        Case(testDescription: "defaults, unchanged", events: [.purchase(10)], previous: (.on, "active", 10),
             expected: (.on, "active", 10), transition: nil),
        Case(testDescription: "a later event is not seen", events: [.purchase(10), .of(.complaint, 101)], previous: (.on, "active", 10),
             expected: (.on, "active", 10), transition: nil),
    ]

    @Test(arguments: cases)
    func decide(_ row: Case) {
        let previous = row.previous.map { EngagementState(line: $0.0, stage: $0.1, since: dayAt($0.2)) }
        let facts = CustomerFacts.test(row.events, previous: EngagementMemory(state: previous))
        var context = RuleContext(facts: facts, asOf: dayAt(100), settings: Self.settings.signals)
        let decider = StateDecider(settings: Self.settings)
        let decision = decider.decide(in: &context)
        let expected = EngagementState(line: row.expected.0, stage: row.expected.1, since: dayAt(row.expected.since))
        #expect(decision.state == expected)
        #expect(context.line == expected.line && context.stage == expected.stage)
        #expect(decision.transition.map { $0.rule } == row.transition?.0)
        #expect(decision.transition.map { $0.signals } == row.transition?.1)
        if let transition = decision.transition {
            #expect(transition.from == previous && transition.to == expected && transition.day == dayAt(100))
        }
        // Deciding the same day again from the same memory gives the same decision.
        var again = RuleContext(facts: facts, asOf: dayAt(100), settings: Self.settings.signals)
        #expect(decider.decide(in: &again) == decision)
    }
}
