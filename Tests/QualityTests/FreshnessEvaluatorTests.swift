import GoldenCore
import Merge
import Quality
import Testing

@Suite struct FreshnessEvaluatorTests {
    typealias Assertion = FreshnessFacts.Assertion

    static let asOf = at("2024-06-01T00:00:00Z")
    static let year = FreshnessPolicy(warnAfter: .init(count: 12, period: .month), errorAfter: .init(count: 2, period: .year))

    static func settings(sources: [String: FreshnessPolicy] = [:]) -> FreshnessSettings {
        FreshnessSettings(
            attributes: [.address: AttributeFreshnessPolicy(policy: year, sources: sources), .email: AttributeFreshnessPolicy(policy: year)],
            dormantAfter: .init(count: 12, period: .month))
    }

    static func facts(_ address: [Assertion], email: [Assertion] = [], lastEvent: String? = nil) -> FreshnessFacts {
        var preferred: [(attribute: GoldenAttribute, assertions: [Assertion])] = []
        if !email.isEmpty { preferred.append((.email, email)) }
        if !address.isEmpty { preferred.append((.address, address)) }
        let all = (address + email).compactMap(\.observedAt)
        return FreshnessFacts(preferred: preferred, latestAssertion: all.max(), lastEvent: lastEvent.map(at))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var sources: [String: FreshnessPolicy] = [:]
        var assertions: [Assertion]
        var expected: FreshnessStatus
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "an old profile confirmed by a recent POS record is fresh",
            assertions: [.init(source: "loyalty", observedAt: at("2019-03-01T00:00:00Z")), .init(source: "pos", observedAt: at("2024-05-20T12:00:00Z"))],
            expected: .fresh),
        Case(name: "one old assertion only", assertions: [.init(source: "loyalty", observedAt: at("2023-01-01T00:00:00Z"))], expected: .warn),
        Case(name: "older than error_after", assertions: [.init(source: "loyalty", observedAt: at("2022-05-31T00:00:00Z"))], expected: .stale),
        Case(name: "exactly warn_after old", assertions: [.init(source: "pos", observedAt: at("2023-06-01T00:00:00Z"))], expected: .fresh),
        Case(name: "a day past warn_after", assertions: [.init(source: "pos", observedAt: at("2023-05-31T00:00:00Z"))], expected: .warn),
        Case(name: "no time at all", assertions: [.init(source: "pos", observedAt: nil)], expected: .unknown),
        Case(
            name: "a source without a time does not spoil a timed one",
            assertions: [.init(source: "pos", observedAt: nil), .init(source: "loyalty", observedAt: at("2024-01-01T00:00:00Z"))],
            expected: .fresh),
        Case(
            name: "a per-source override wins over the attribute's policy",
            sources: ["community": FreshnessPolicy(warnAfter: .init(count: 1, period: .month), errorAfter: .init(count: 2, period: .month))],
            assertions: [.init(source: "community", observedAt: at("2024-02-01T00:00:00Z"))], expected: .stale),
        Case(
            name: "an override by kind applies to the sources of that kind",
            sources: ["pos": FreshnessPolicy(warnAfter: .init(count: 1, period: .month), errorAfter: .init(count: 1, period: .year))],
            assertions: [.init(source: "tills_north", observedAt: at("2024-03-01T00:00:00Z"))], expected: .warn),
        Case(
            name: "a source's own override beats its kind's",
            sources: [
                "pos": FreshnessPolicy(warnAfter: .init(count: 1, period: .month)),
                "tills_north": FreshnessPolicy(warnAfter: .init(count: 6, period: .month)),
            ],
            assertions: [.init(source: "tills_north", observedAt: at("2024-03-01T00:00:00Z"))], expected: .fresh),
        Case(
            name: "the best status over sources, each by its own policy",
            sources: ["community": FreshnessPolicy(warnAfter: .init(count: 1, period: .month), errorAfter: .init(count: 2, period: .month))],
            assertions: [
                .init(source: "community", observedAt: at("2024-05-25T00:00:00Z")),
                .init(source: "loyalty", observedAt: at("2021-01-01T00:00:00Z")),
            ],
            expected: .fresh),
    ]

    @Test(arguments: cases) func judgesTheLatestAssertionOfAnySource(_ test: Case) {
        let evaluator = FreshnessEvaluator(
            settings: Self.settings(sources: test.sources), sourceKinds: ["tills_north": .pos, "community": .community],
            asOf: Self.asOf)
        let freshness = evaluator.evaluate(Self.facts(test.assertions))
        #expect(freshness[.address]?.status == test.expected)
        #expect(freshness.status == test.expected)
        #expect(freshness[.address]?.lastAssertedAt == test.assertions.compactMap(\.observedAt).max())
    }

    @Test func theRecordTakesTheWorstKnownStatusAndSourcesKeepTheirOwn() {
        let evaluator = FreshnessEvaluator(settings: Self.settings(), asOf: Self.asOf)
        let freshness = evaluator.evaluate(
            Self.facts(
                [.init(source: "pos", observedAt: at("2024-05-01T00:00:00Z")), .init(source: "loyalty", observedAt: at("2020-01-01T00:00:00Z"))],
                email: [.init(source: "ecommerce", observedAt: at("2023-01-01T00:00:00Z"))]))
        #expect(freshness[.address]?.status == .fresh)
        #expect(freshness[.email]?.status == .warn)
        #expect(freshness.status == .warn)
        #expect(freshness[.address]?.sources.map(\.source) == ["pos", "loyalty"])
        #expect(freshness[.address]?.sources.map(\.status) == [.fresh, .stale])
        // Attributes without a policy are not evaluated.
        #expect(freshness[.phone] == nil)
    }

    struct DormancyCase: Sendable, CustomTestStringConvertible {
        var lastEvent: String?
        var lastAssertion: String
        var dormant: Bool
        var testDescription: String { "event \(lastEvent ?? "none"), assertion \(lastAssertion)" }
    }

    @Test(arguments: [
        DormancyCase(lastEvent: "2023-06-01T00:00:00Z", lastAssertion: "2024-05-01T00:00:00Z", dormant: false),
        DormancyCase(lastEvent: "2023-05-31T23:59:59Z", lastAssertion: "2024-05-01T00:00:00Z", dormant: true),
        DormancyCase(lastEvent: nil, lastAssertion: "2023-05-31T00:00:00Z", dormant: true),
        DormancyCase(lastEvent: nil, lastAssertion: "2023-06-01T00:00:00Z", dormant: false),
    ])
    func dormancyFollowsTheLastEventElseTheLastAssertion(_ test: DormancyCase) {
        let evaluator = FreshnessEvaluator(settings: Self.settings(), asOf: Self.asOf)
        let facts = Self.facts([.init(source: "pos", observedAt: at(test.lastAssertion))], lastEvent: test.lastEvent)
        #expect(evaluator.evaluate(facts).isDormant == test.dormant)
    }

    @Test func factsOfADecodedRecordTakeThePreferredValueAndTheLatestOfAll() {
        func value<V>(_ v: V, _ key: String, preferred: Bool, _ lineage: [(String, String)]) -> GoldenValue<V> {
            let assertions = lineage.enumerated().map { index, item in
                SourceAssertion(recordID: Int64(index), source: item.0, key: "k\(index)", observedAt: at(item.1))
            }
            let times = assertions.compactMap(\.observedAt)
            return GoldenValue(
                value: v, key: key, status: .valid, preferred: preferred, lineage: assertions, firstAssertedAt: times.min(),
                lastAssertedAt: times.max())
        }
        let record = GoldenRecord(
            emails: [
                value(EmailAddress(raw: "a", normalized: "a", canonical: "a", status: .valid), "a", preferred: true, [("pos", "2022-01-01T00:00:00Z")]),
                value(EmailAddress(raw: "b", normalized: "b", canonical: "b", status: .valid), "b", preferred: false, [("loyalty", "2024-04-01T00:00:00Z")]),
            ],
            usernames: [value("handle", "handle", preferred: true, [("community", "2023-01-01T00:00:00Z")])])
        var history = HistorySummary()
        history.lastActivity = [
            SourceActivity(source: "pos", events: 2, lastAt: at("2023-02-01T00:00:00Z")),
            SourceActivity(source: "orders", events: 1, lastAt: nil),
        ]
        let facts = FreshnessFacts(record: record, history: history)
        #expect(facts.preferred.map(\.attribute) == [.email, .username])
        #expect(facts.preferred[0].assertions == [FreshnessFacts.Assertion(source: "pos", observedAt: at("2022-01-01T00:00:00Z"))])
        #expect(facts.latestAssertion == at("2024-04-01T00:00:00Z"))
        #expect(facts.lastActivity == at("2023-02-01T00:00:00Z"))
        #expect(FreshnessFacts(record: record, history: nil).lastActivity == at("2024-04-01T00:00:00Z"))
    }

    @Test func aTallyCountsRecordsAttributesSourcesAndActivity() {
        let evaluator = FreshnessEvaluator(settings: Self.settings(), asOf: Self.asOf)
        var tally = FreshnessTally()
        let inputs = [
            Self.facts([.init(source: "pos", observedAt: at("2024-05-01T00:00:00Z"))], lastEvent: "2024-05-01T00:00:00Z"),
            Self.facts([.init(source: "pos", observedAt: at("2022-01-01T00:00:00Z"))]),
            Self.facts([.init(source: "loyalty", observedAt: at("2023-01-01T00:00:00Z"))]),
            Self.facts([.init(source: "loyalty", observedAt: nil)]),
        ]
        for facts in inputs { tally.add(evaluator.evaluate(facts), asOf: Self.asOf) }
        #expect(tally.records.fresh == 1 && tally.records.stale == 1 && tally.records.warn == 1 && tally.records.unknown == 1)
        #expect(tally.attributes["address"]?.total == 4)
        #expect(tally.sources["pos"]?["address"]?.stale == 1)
        #expect(tally.sources["loyalty"]?["address"]?.unknown == 1)
        #expect(tally.dormant == 2)
        #expect(tally.activityAge[ActivityAge.upTo3Months.index] == 1)
        #expect(tally.activityAge[ActivityAge.unknown.index] == 1)
        #expect(tally.activityAge.reduce(0, +) == inputs.count)
    }
}
