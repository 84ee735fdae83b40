import Testing

@testable import Engage

@Suite("Ladder runner")
struct LadderRunnerTests {
    static let settings: EngageSettings = {
        var settings = EngageSettings()
        let step = { (name: String, channel: String, cost: Double) in
            LadderStep(name: name, action: ActionTemplate(channel: channel, template: name, priority: 3), cost: cost, waitDays: 7)
        }
        settings.ladders = [
            Ladder(
                name: "save", when: .signal("complaint", .withinDays(30)), success: .signal("purchase", .fired), maxSpend: 20,
                steps: [step("a", "email", 0), step("b", "sms", 5), step("c", "mail", 10), step("d", "phone", 40)]),
            Ladder(
                name: "expensive", when: .always, success: .always, maxSpend: 1,
                steps: [LadderStep(name: "gift", action: ActionTemplate(channel: "mail"), cost: 2, waitDays: 1)]),
            Ladder(
                name: "fallback", when: .always, success: .signal("purchase", .fired),
                steps: [LadderStep(name: "hello", action: ActionTemplate(channel: "email"), cost: 0, waitDays: 30)]),
        ]
        return settings
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var line: Line
        var events: [EngageEvent] = []
        var previous: LadderPosition?
        var expected: LadderPosition?
        var step: String?
        var change: LadderChange?
    }

    /// Ladder `save` at `step`, issued on `stepDay`, started on `started`.
    static func save(_ step: Int, _ stepDay: Int, started: Int, spent: Double, capped: Bool = false, succeeded: Bool = false) -> LadderPosition {
        LadderPosition(
            ladder: "save", step: step, stepDay: dayAt(stepDay), startedDay: dayAt(started), spent: spent, capped: capped,
            succeeded: succeeded)
    }

    static let complaint = EngageEvent.of(.complaint, 95)

    static let cases: [Case] = [
        Case(testDescription: "starts below", line: .below, events: [complaint], expected: save(0, 100, started: 100, spent: 0),
             step: "a", change: .started),
        Case(testDescription: "skips a ladder whose first step passes its cap", line: .below,
             expected: LadderPosition(ladder: "fallback", step: 0, stepDay: dayAt(100), startedDay: dayAt(100), spent: 0),
             step: "hello", change: .started),
        Case(testDescription: "none starts on the line", line: .on, events: [complaint]),
        Case(testDescription: "none starts above", line: .above, events: [complaint]),
        Case(testDescription: "reset above", line: .above, previous: save(1, 93, started: 86, spent: 5), change: .reset),
        Case(testDescription: "waits", line: .below, previous: save(0, 94, started: 94, spent: 0), expected: save(0, 94, started: 94, spent: 0)),
        Case(testDescription: "steps up after the wait", line: .below, previous: save(0, 93, started: 93, spent: 0),
             expected: save(1, 100, started: 93, spent: 5), step: "b", change: .escalated),
        Case(testDescription: "continues on the line", line: .on, previous: save(0, 93, started: 93, spent: 0),
             expected: save(1, 100, started: 93, spent: 5), step: "b", change: .escalated),
        Case(testDescription: "up to the spend cap", line: .below, previous: save(1, 93, started: 86, spent: 5),
             expected: save(2, 100, started: 86, spent: 15), step: "c", change: .escalated),
        Case(testDescription: "capped by spend", line: .below, previous: save(2, 93, started: 79, spent: 15),
             expected: save(2, 93, started: 79, spent: 15, capped: true), change: .capped),
        Case(testDescription: "capped after the last step", line: .below, previous: save(3, 93, started: 72, spent: 15),
             expected: save(3, 93, started: 72, spent: 15, capped: true), change: .capped),
        Case(testDescription: "success since the start ends it", line: .below, events: [.purchase(96)],
             previous: save(0, 94, started: 94, spent: 0), expected: save(0, 94, started: 94, spent: 0, succeeded: true),
             change: .succeeded),
        Case(testDescription: "success on the start day counts", line: .below, events: [.purchase(94)],
             previous: save(0, 94, started: 94, spent: 0), expected: save(0, 94, started: 94, spent: 0, succeeded: true),
             change: .succeeded),
        Case(testDescription: "a purchase before the start is no success", line: .below, events: [.purchase(90)],
             previous: save(0, 93, started: 93, spent: 0), expected: save(1, 100, started: 93, spent: 5), step: "b",
             change: .escalated),
        Case(testDescription: "capped stays capped below", line: .below, events: [complaint],
             previous: save(2, 50, started: 40, spent: 15, capped: true), expected: save(2, 50, started: 40, spent: 15, capped: true)),
        Case(testDescription: "succeeded stays on the line", line: .on, events: [complaint],
             previous: save(0, 50, started: 50, spent: 0, succeeded: true), expected: save(0, 50, started: 50, spent: 0, succeeded: true)),
        Case(testDescription: "a step issued today is issued again", line: .below, previous: save(1, 100, started: 93, spent: 5),
             expected: save(1, 100, started: 93, spent: 5), step: "b", change: .escalated),
        Case(testDescription: "a ladder started today is started again", line: .below, events: [complaint],
             previous: save(0, 100, started: 100, spent: 0), expected: save(0, 100, started: 100, spent: 0), step: "a",
             change: .started),
        Case(testDescription: "a removed ladder is replaced", line: .below, events: [complaint],
             previous: LadderPosition(ladder: "gone", step: 4, stepDay: dayAt(1), startedDay: dayAt(1), spent: 99),
             expected: save(0, 100, started: 100, spent: 0), step: "a", change: .started),
        Case(testDescription: "a removed ladder is dropped on the line", line: .on,
             previous: LadderPosition(ladder: "gone", step: 4, stepDay: dayAt(1), startedDay: dayAt(1), spent: 99), change: .reset),
    ]

    @Test(arguments: cases)
    func run(_ row: Case) {
        let facts = CustomerFacts.test(row.events, previous: EngagementMemory(ladder: row.previous))
        let state = StateDecision(
            state: EngagementState(line: row.line, stage: "at_risk", since: dayAt(90)), lineRule: "overdue",
            lineSignals: ["overdue"], stageRule: "at_risk")
        let runner = LadderRunner(settings: Self.settings)
        var context = RuleContext(facts: facts, asOf: dayAt(100), settings: Self.settings.signals)
        let decision = runner.run(in: &context, for: state)
        #expect(decision.position == row.expected)
        #expect(decision.change == row.change)
        #expect(decision.action?.step == row.step)
        if let action = decision.action, let position = decision.position {
            let ladder = Self.settings.ladders.first { $0.name == position.ladder }
            let step = ladder?.steps[position.step]
            #expect(action.kind == .ladder && action.rule == position.ladder && action.stepIndex == position.step)
            #expect(action.requestedChannel == step?.action.channel && action.channel == action.requestedChannel)
            #expect(action.template == step?.action.template && action.priority == step?.action.priority)
            #expect(action.day == dayAt(100) && action.state == state.state && action.status == .planned && action.offers.isEmpty)
            // The ladder's `when` signals while it holds, then the line rule's.
            let complained = position.ladder == "save" && row.events.contains(Self.complaint)
            #expect(action.signals == (complained ? ["complaint", "overdue"] : ["overdue"]))
        }
        // The same day from the same memory: the same decision.
        var again = RuleContext(facts: facts, asOf: dayAt(100), settings: Self.settings.signals)
        #expect(runner.run(in: &again, for: state) == decision)
    }
}
