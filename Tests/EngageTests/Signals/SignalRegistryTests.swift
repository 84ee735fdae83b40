import Testing

@testable import Engage

@Suite("Signal registry")
struct SignalRegistryTests {
    static let required = [
        "recency_days", "frequency", "monetary", "tenure_days", "cadence_days", "overdue", "purchase", "redemption",
        "community_share", "community_review", "tier_reached", "near_threshold", "return", "complaint",
        "unopened_streak", "sentiment_dip", "community_stopped", "flatline",
    ]

    @Test func namesAreSortedAndCoverTheIssue() {
        let names = SignalRegistry.standard.names
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        #expect(Set(Self.required).isSubset(of: names))
        #expect(SignalRegistry.standard["flatlined"] == nil)
        #expect(SignalRegistry.standard.evaluate("flatlined", SignalInput(facts: .test([]), asOf: dayAt(0), settings: .init())) == nil)
    }

    @Test(arguments: SignalRegistry.standard.names)
    func nameAndPositionAgree(name: String) throws {
        let registry = SignalRegistry.standard
        let position = try #require(registry.position(of: name))
        #expect(registry.names[position] == name)
        #expect(type(of: try #require(registry[name])).name == name)
        #expect(!registry.summaries[position].isEmpty)
    }

    /// A rich history, cut at day 100, must read the same with or without what comes after.
    @Test(arguments: SignalRegistry.standard.names)
    func ignoresEventsAfterAsOf(name: String) throws {
        var past: [EngageEvent] = (0..<12).map { .purchase($0 * 7, "30") }
        past += (0..<12).map { .post($0 * 5, sentiment: $0 < 6 ? 0.9 : -0.5) }
        past += [.returned(20, "10"), .of(.complaint, 30), .of(.redemption, 40, reference: "OFF10"), .of(.tier, 50, reference: "gold")]
        past += (0..<6).map { .message(60 + $0, .sent) } + [.of(.share, 70), .of(.review, 71)]
        let future: [EngageEvent] = [
            .purchase(101, "900"), .returned(102, "5"), .of(.complaint, 103), .message(104, .opened), .post(105, sentiment: 1),
            .of(.share, 106), .of(.tier, 107, reference: "platinum"), .of(.redemption, 108), .of(.like, 109),
        ]
        let settings = SignalSettings.with {
            $0.ferventCommunityActions = 5
            $0.communityQuietDays = 20
        }
        let registry = SignalRegistry.standard
        let cut = registry.evaluate(name, SignalInput(facts: .test(past, firstSeen: 0), asOf: dayAt(100), settings: settings))
        let all = registry.evaluate(name, SignalInput(facts: .test(past + future, firstSeen: 0), asOf: dayAt(100), settings: settings))
        #expect(cut == all)
        #expect(cut?.day.map { $0 <= dayAt(100) } ?? true)
    }
}
