import Testing

@testable import Engage

@Suite("Treatment planner")
struct TreatmentPlannerTests {
    typealias F = OfferFixture

    static let segments = [
        Segment(
            name: "vip", when: .stage(["loyal"]),
            treatment: Treatment(goal: "keep_shopping", frequencyDays: 14, action: ActionTemplate(channel: "email", template: "vip", priority: 4), offers: 3)),
        Segment(
            name: "risk", when: .stage(["at_risk"]),
            treatment: Treatment(goal: "come_back", frequencyDays: 7, action: ActionTemplate(channel: "sms"), offers: 1)),
        Segment(
            name: "everyone", when: .always,
            treatment: Treatment(goal: "shop_more_often", frequencyDays: 30, action: ActionTemplate(channel: "email"), offers: 2)),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var stage: String
        var past: [PastAction] = []
        var segment: String?
        var due: Bool
        var last: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "first match wins", stage: "loyal", segment: "vip", due: true),
        Case(name: "catch-all", stage: "new", segment: "everyone", due: true),
        Case(name: "within the frequency: held", stage: "loyal", past: [F.past(13, .treatment, "vip")], segment: "vip", due: false, last: 13),
        Case(name: "the frequency has passed", stage: "loyal", past: [F.past(14, .treatment, "vip")], segment: "vip", due: true, last: 14),
        Case(
            name: "any segment's treatment counts", stage: "loyal", past: [F.past(5, .treatment, "everyone")], segment: "vip",
            due: false, last: 5),
        Case(
            name: "other kinds do not count", stage: "at_risk",
            past: [F.past(1, .baseline, "summer"), F.past(2, .ladder, "rescue"), F.past(3, .trigger, "risk")], segment: "risk",
            due: true),
        Case(
            name: "the latest treatment decides", stage: "at_risk",
            past: [F.past(3, .treatment, "risk"), F.past(20, .treatment, "risk")], segment: "risk", due: false, last: 3),
        Case(name: "today's own record is ignored", stage: "at_risk", past: [F.past(0, .treatment, "risk")], segment: "risk", due: true),
    ]

    @Test(arguments: cases) func plans(_ test: Case) {
        let facts = CustomerFacts(goldenID: "G-9", firstSeen: nil, events: [], previous: EngagementMemory(actions: test.past))
        let state = EngagementState(line: .on, stage: test.stage, since: F.day("2026-01-01"))
        let plan = TreatmentPlanner(segments: Self.segments).plan(for: facts, state: state, asOf: F.asOf) {
            F.matches($1, stage: test.stage)
        }
        let segment = Self.segments.first { $0.name == test.segment }!
        #expect(plan.segment == test.segment)
        #expect(plan.lastTreatment == test.last.map { F.asOf.adding(days: -$0) })
        let action = test.due ? plan.action : plan.held?.action
        #expect((plan.action != nil) == test.due && (plan.held != nil) == !test.due)
        #expect(plan.held.map { $0.reason == .notDue } ?? true)
        #expect(plan.offerCount == (test.due ? segment.treatment.offers : 0))
        #expect(action?.kind == .treatment && action?.rule == segment.name && action?.goal == segment.treatment.goal)
        #expect(action?.requestedChannel == segment.treatment.action.channel && action?.priority == segment.treatment.action.priority)
        #expect(action?.goldenID == "G-9" && action?.day == F.asOf && action?.state == state)
    }

    @Test func noSegmentMatches() {
        let facts = CustomerFacts(goldenID: "G-9", firstSeen: nil, events: [])
        let plan = TreatmentPlanner(segments: Array(Self.segments.prefix(2))).plan(for: facts, state: F.state, asOf: F.asOf) {
            F.matches($1, stage: "new")
        }
        #expect(plan == TreatmentPlan())
    }
}
