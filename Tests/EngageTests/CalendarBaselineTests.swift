import Testing

@testable import Engage

@Suite("Calendar baseline")
struct CalendarBaselineTests {
    typealias F = OfferFixture

    static let campaigns = [
        Campaign(
            id: "summer", name: "Summer", start: F.day("2026-06-15"), end: F.day("2026-07-15"),
            action: ActionTemplate(channel: "email", template: "summer", offer: "OF-1", priority: 2)),
        Campaign(
            id: "winback", name: "Win back", start: F.day("2026-06-30"), end: F.day("2026-06-30"),
            action: ActionTemplate(channel: "sms"), audience: .stage(["lapsed"])),
        Campaign(
            id: "spring", name: "Spring", start: F.day("2026-03-01"), end: F.day("2026-06-29"),
            action: ActionTemplate(channel: "email")),
        Campaign(
            id: "autumn", name: "Autumn", start: F.day("2026-07-01"), end: F.day("2026-09-30"),
            action: ActionTemplate(channel: "email")),
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var stage: String
        var past: [PastAction] = []
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "running campaigns for everyone", stage: "active", expected: ["summer"]),
        Case(name: "an audience by stage", stage: "lapsed", expected: ["summer", "winback"]),
        Case(
            name: "once per campaign per customer", stage: "lapsed", past: [F.past(10, .baseline, "summer")],
            expected: ["winback"]),
        Case(
            name: "another kind with the same rule name does not count", stage: "active",
            past: [F.past(3, .trigger, "summer")], expected: ["summer"]),
        Case(
            name: "an action recorded today (a re-run) does not count", stage: "active",
            past: [F.past(0, .baseline, "summer")], expected: ["summer"]),
    ]

    @Test(arguments: cases) func proposes(_ test: Case) {
        let facts = CustomerFacts(
            goldenID: "G-1", firstSeen: nil, events: [], previous: EngagementMemory(actions: test.past))
        let state = EngagementState(line: .on, stage: test.stage, since: F.day("2026-01-01"))
        let baseline = CalendarBaseline(campaigns: Self.campaigns)
        let actions = baseline.actions(for: facts, state: state, asOf: F.asOf) { F.matches($1, stage: test.stage) }
        #expect(actions.map(\.rule) == test.expected)
        for action in actions {
            let campaign = Self.campaigns.first { $0.id == action.rule }!
            #expect(action.kind == .baseline && action.goldenID == "G-1" && action.day == F.asOf && action.state == state)
            #expect(action.requestedChannel == campaign.action.channel && action.channel == campaign.action.channel)
            #expect(action.priority == campaign.action.priority && action.template == campaign.action.template)
            #expect(action.offers == (campaign.action.offer.map { [$0] } ?? []))
            #expect(action.status == .planned)
        }
    }

    @Test func runningIsInclusive() {
        let baseline = CalendarBaseline(campaigns: Self.campaigns)
        #expect(baseline.running(on: F.day("2026-06-29")).map(\.id) == ["summer", "spring"])
        #expect(baseline.running(on: F.day("2026-06-14")).map(\.id) == ["spring"])
        #expect(baseline.running(on: F.day("2026-07-15")).map(\.id) == ["summer", "autumn"])
        #expect(baseline.running(on: F.day("2026-10-01")).isEmpty)
    }
}
