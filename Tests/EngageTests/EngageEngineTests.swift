import GoldenCore
import Testing

@testable import Engage

/// The engine composed: one customer's day from state to actions, channels resolved, gates
/// applied and offers allocated across customers.
@Suite("Engage engine")
struct EngageEngineTests {
    /// The fixture rules plus a calendar campaign, a segment with offers and a weekly e-mail cap.
    static func engine(on offset: Int, offers: [Offer] = [], caps: [String: Int] = [:]) -> EngageEngine {
        var settings = EngageFixture.settings()
        settings.fallback = ["email": ["sms", "mail"], "phone": ["sms"]]
        settings.weeklyCaps = caps
        settings.segments = [
            Segment(
                name: "growing", when: .stage(["new", "active", "loyal", "won_back"]),
                treatment: Treatment(goal: "shop_more_often", frequencyDays: 21, action: ActionTemplate(channel: "email"), offers: 2))
        ]
        let campaign = Campaign(
            id: "sale", name: "Sale", start: dayAt(0), end: dayAt(400), action: ActionTemplate(channel: "email", priority: 1))
        return EngageEngine(settings: settings, offers: OfferBank(offers: offers), calendar: [campaign], asOf: dayAt(offset))
    }

    static func contacts(email: ContactStatus, sms: ContactStatus = .missing, mail: ContactStatus = .missing) -> [ContactPoint] {
        [ContactPoint(channel: "email", status: email), ContactPoint(channel: "sms", status: sms), ContactPoint(channel: "mail", status: mail)]
    }

    /// A lapsed customer: regular purchases that stopped long ago, so the win-back ladder starts.
    static func lapsed(_ id: String, contacts: [ContactPoint]) -> CustomerFacts {
        var facts = CustomerFacts.test((0..<6).map { .purchase($0 * 20, "30.00") }, firstSeen: 0)
        facts.goldenID = id
        facts.contacts = contacts
        return facts
    }

    @Test(arguments: [
        // (email, sms, mail, channel used, status, unreachable reason)
        (ContactStatus.reachable, ContactStatus.missing, ContactStatus.missing, "email", ActionStatus.planned, nil as ContactStatus?),
        (.optedOut, .reachable, .reachable, "sms", .planned, nil),
        (.stale, .invalid, .reachable, "mail", .planned, nil),
        (.invalid, .missing, .optedOut, nil, .unreachable, .invalid),
        (.missing, .stale, .missing, nil, .unreachable, .missing),
    ] as [(ContactStatus, ContactStatus, ContactStatus, String?, ActionStatus, ContactStatus?)])
    func ladderStepFallsBackOrIsUnreachable(
        email: ContactStatus, sms: ContactStatus, mail: ContactStatus, channel: String?, status: ActionStatus, reason: ContactStatus?
    ) throws {
        let engine = Self.engine(on: 400)
        let decision = engine.decide(Self.lapsed("G1", contacts: Self.contacts(email: email, sms: sms, mail: mail)))
        #expect(decision.state.line == .below)
        let step = try #require(decision.actions.first { $0.kind == .ladder })
        #expect(step.rule == "win_back" && step.step == "we_miss_you" && step.requestedChannel == "email")
        #expect(step.channel == channel && step.status == status)
        #expect(decision.unreachable == (reason.map { [$0] } ?? []))
        // Remediation suppresses the calendar baseline for this customer.
        #expect(!decision.actions.contains { $0.kind == .baseline })
        #expect(decision.held.contains { $0.reason == .suppressed && $0.action.kind == .baseline })
    }

    @Test func offersAreAllocatedWithinQuantityAcrossCustomers() {
        let offers = [
            Offer(id: "ONE", category: "TOYS", sku: nil, cost: 1, validFrom: dayAt(0), validTo: dayAt(500), quantity: 1),
            Offer(id: "MANY", category: "GARDEN", sku: nil, cost: 2, validFrom: dayAt(0), validTo: dayAt(500)),
        ]
        let engine = Self.engine(on: 31, offers: offers)
        var decisions = ["G1", "G2", "G3"].map { id -> CustomerDecision in
            var events: [EngageEvent] = [.purchase(30, "20.00")]
            events[0].items = [EngageEvent.Item(category: "TOYS", sku: "T1")]
            var facts = CustomerFacts.test(events, firstSeen: 0)
            facts.goldenID = id
            facts.contacts = Self.contacts(email: .reachable)
            return engine.decide(facts)
        }
        let allocation = engine.allocate(&decisions)
        let actions = decisions.flatMap(\.actions)
        let treatments = actions.filter { $0.kind == .treatment }
        #expect(treatments.count == 3)
        // The single toy offer goes to one action (the first customer's cross-sell, which ranks
        // it first); every treatment gets the unlimited one, generic as it is.
        #expect(actions.filter { $0.offers.contains("ONE") }.count == 1)
        #expect(actions.first { $0.offers.contains("ONE") }?.goldenID == "G1")
        #expect(treatments.allSatisfy { $0.offers.contains("MANY") })
        #expect(allocation.usage.first { $0.offerID == "ONE" }?.allocated == 1)
    }

    @Test func weeklyCapHoldsTheLowerPriorityAction() {
        let engine = Self.engine(on: 31, caps: ["email": 1])
        var facts = CustomerFacts.test([.purchase(30, "20.00")], firstSeen: 0)
        facts.contacts = Self.contacts(email: .reachable)
        let decision = engine.decide(facts)
        // Cross-sell trigger (priority 5), treatment (0) and the sale (1) all want e-mail: one goes.
        #expect(decision.actions.filter { $0.channel == "email" }.count == 1)
        #expect(decision.actions.first?.rule == "thank_you_cross_sell")
        #expect(decision.held.filter { $0.reason == .capped }.count == 2)
    }

    @Test func aLadderStepCarriesItsFixedOffer() throws {
        let engine = Self.engine(on: 400)
        var facts = Self.lapsed("G1", contacts: Self.contacts(email: .reachable))
        facts.previous = EngagementMemory(
            state: EngagementState(line: .below, stage: "lapsed", since: dayAt(380)),
            ladder: LadderPosition(ladder: "win_back", step: 0, stepDay: dayAt(380), startedDay: dayAt(380), spent: 0))
        let decision = engine.decide(facts)
        let step = try #require(decision.actions.first { $0.kind == .ladder })
        #expect(step.step == "coupon_10" && step.offers == ["PCT10"])
    }
}
