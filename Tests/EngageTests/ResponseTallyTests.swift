import Testing

@testable import Engage

@Suite("Response tally")
struct ResponseTallyTests {
    typealias F = OfferFixture

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Days before the as-of day.
        var action: Int
        var events: [EngageEvent]
        /// (sent, responded, pending)
        var expected: (Int, Int, Int)
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a purchase inside the window", action: 20, events: [F.purchase(10, [])], expected: (1, 1, 0)),
        Case(name: "a purchase the same day does not count", action: 20, events: [F.purchase(20, [])], expected: (1, 0, 0)),
        Case(name: "a purchase before does not count", action: 20, events: [F.purchase(25, [])], expected: (1, 0, 0)),
        Case(name: "the window's last day counts", action: 20, events: [F.purchase(6, [])], expected: (1, 1, 0)),
        Case(name: "the day after the window does not", action: 20, events: [F.purchase(5, [])], expected: (1, 0, 0)),
        Case(name: "an open window is pending, purchase or not", action: 10, events: [F.purchase(5, [])], expected: (1, 0, 1)),
        Case(name: "a window closing today is measured", action: 14, events: [F.purchase(0, [])], expected: (1, 1, 0)),
        Case(
            name: "other events are no response", action: 30,
            events: [F.returned(25, []), EngageEvent(kind: .redemption, day: F.asOf.adding(days: -24))], expected: (1, 0, 0)),
        Case(
            name: "the first purchase after other events", action: 30,
            events: [F.purchase(40, []), F.returned(25, []), F.purchase(20, []), F.purchase(1, [])], expected: (1, 1, 0)),
        Case(name: "an action after the as-of day is ignored", action: -3, events: [F.purchase(-5, [])], expected: (0, 0, 0)),
        Case(name: "no events", action: 100, events: [], expected: (1, 0, 0)),
    ]

    @Test(arguments: cases) func measures(_ test: Case) {
        var tally = ResponseTally(windowDays: 14, asOf: F.asOf)
        tally.add(actions: [F.past(test.action, .treatment, "vip")], events: test.events)
        let count = tally.counts[ResponseKey(kind: .treatment, rule: "vip")] ?? ResponseCount()
        #expect(count == ResponseCount(sent: test.expected.0, responded: test.expected.1, pending: test.expected.2))
    }

    @Test func keysByKindRuleAndStep() {
        var tally = ResponseTally(windowDays: 14, asOf: F.asOf)
        tally.add(
            actions: [
                F.past(40, .ladder, "rescue", step: "email"), F.past(30, .ladder, "rescue", step: "coupon"),
                F.past(20, .ladder, "rescue", step: "coupon"), F.past(20, .baseline, "summer"), F.past(3, .baseline, "summer"),
            ],
            events: [F.purchase(15, [])])
        #expect(tally.rows.map(\.key) == [
            ResponseKey(kind: .baseline, rule: "summer"), ResponseKey(kind: .ladder, rule: "rescue", step: "coupon"),
            ResponseKey(kind: .ladder, rule: "rescue", step: "email"),
        ])
        #expect(tally.rows.map(\.count) == [
            ResponseCount(sent: 2, responded: 1, pending: 1), ResponseCount(sent: 2, responded: 1),
            ResponseCount(sent: 1),
        ])
        #expect(tally.rows.map(\.count.rate) == [1, 0.5, 0])
        #expect(ResponseCount(sent: 2, pending: 2).rate == nil)
    }

    @Test(arguments: [1, 2, 3]) func mergesPartitionsInAnyOrder(seed: UInt64) {
        var random = OfferTestRandom(seed: seed)
        let kinds = ActionKind.allCases
        let customers = (0..<40).map { _ in
            let actions = (0..<random.next(4)).map { _ in
                F.past(random.next(60), kinds[random.next(kinds.count)], "r\(random.next(3))", step: random.next(2) == 0 ? "s" : nil)
            }
            let events = (0..<random.next(5)).map { _ in F.purchase(random.next(60), []) }.sorted { $0.day < $1.day }
            return (actions, events)
        }
        var whole = ResponseTally(windowDays: 14, asOf: F.asOf)
        var parts = [ResponseTally](repeating: ResponseTally(windowDays: 14, asOf: F.asOf), count: 3)
        for (index, customer) in customers.enumerated() {
            whole.add(actions: customer.0, events: customer.1)
            parts[index % 3].add(actions: customer.0, events: customer.1)
        }
        var forward = parts[0]
        forward.merge(parts[1])
        forward.merge(parts[2])
        var backward = parts[2]
        backward.merge(parts[1])
        backward.merge(parts[0])
        #expect(forward == whole && backward == whole)
        let total = whole.counts.values.reduce(ResponseCount(), +)
        #expect(total.sent == customers.reduce(0) { $0 + $1.0.count })
        #expect(total.responded + total.pending <= total.sent)
    }
}
