import Engage
import GoldenCore
import Merge
import Pipeline
import Quality
import Testing

/// The stored facts' byte layout: every value reads back as written, and bytes that are not
/// facts of this version are an error, never a crash.
@Suite struct GoldenFactsCodecTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var facts: GoldenFacts
        var testDescription: String { name }
    }

    static let empty = GoldenFacts(
        recordCount: 0, profile: ContactProfile(), freshness: FreshnessFacts(preferred: [], latestAssertion: nil, lastEvent: nil),
        events: [])

    static func time(_ seconds: Int64) -> Timestamp { Timestamp(secondsSinceEpoch: seconds) }

    /// A profile whose channels' lineages are those of `freshness` (stored once) or not.
    static func profile(sharing freshness: FreshnessFacts, unicode: Bool) -> ContactProfile {
        var profile = ContactProfile()
        profile.email = .init(status: .corrected, lastAssertedAt: time(1_700_000_000))
        profile.emailDomain = unicode ? "bücher.example" : "example.com"
        profile.mobile = .init(status: .valid, lastAssertedAt: nil)
        profile.phone = .init(status: .partial, lastAssertedAt: time(-86_401))
        profile.address = .init(status: .invalid, lastAssertedAt: time(.max))
        profile.country = "CH"
        profile.city = unicode ? "Genève \"Nord\" 🏔" : ""
        profile.postcode = "1201"
        profile.gender = "other"
        profile.birthYear = 1899
        profile.birthMonth = 12
        profile.firstAssertedAt = time(.min)
        profile.emailLineage = freshness.preferred.first { $0.attribute == .email }?.assertions
        profile.phoneLineage = [.init(source: unicode ? "café" : "pos", observedAt: nil)]
        profile.addressLineage = []
        return profile
    }

    static let freshness = FreshnessFacts(
        preferred: [
            (.name, []), (.email, [.init(source: "loyalty", observedAt: time(1)), .init(source: "pos", observedAt: nil)]),
            (.username, [.init(source: "", observedAt: time(-5))]),
        ],
        latestAssertion: time(1_800_000_000), lastEvent: time(0))

    static let events: [EngageEvent] = EngageEventKind.allCases.enumerated().map { index, kind in
        EngageEvent(
            kind: kind, day: Day(index: Int32(index) - 3), amount: index % 2 == 0 ? Amount(tenThousandths: -123_456_789) : nil,
            items: index % 3 == 0 ? [] : [.init(category: "TOYS & GAMES", sku: nil, quantity: .max), .init(category: nil, sku: "Ü-1", quantity: 0)],
            channel: index % 4 == 0 ? nil : "email", sentiment: [nil, -1, 0.5, 0.1234567, 1][index % 5],
            reference: index % 2 == 1 ? "SPRING26" : nil,
            messageAction: MessageAction.allCases[index % MessageAction.allCases.count])
    }

    static let cases: [Case] = [
        Case(name: "nothing at all", facts: empty),
        Case(
            name: "every value, unicode",
            facts: GoldenFacts(recordCount: 7, profile: profile(sharing: freshness, unicode: true), freshness: freshness, events: events)),
        Case(
            name: "every value, ASCII, one event",
            facts: GoldenFacts(
                recordCount: Int(Int32.max), profile: profile(sharing: freshness, unicode: false), freshness: freshness,
                events: [events[0]])),
        Case(
            name: "a lineage the freshness facts do not hold",
            facts: GoldenFacts(
                recordCount: 1, profile: profile(sharing: freshness, unicode: false),
                freshness: FreshnessFacts(preferred: [], latestAssertion: nil, lastEvent: time(-1)), events: [])),
    ]

    @Test(arguments: cases)
    func factsReadBackAsWritten(_ test: Case) throws {
        let bytes = test.facts.encoded()
        #expect(bytes.first == GoldenFacts.formatVersion)
        #expect(try GoldenFacts(encoded: bytes) == test.facts)
        let (count, freshness) = try GoldenFacts.freshness(encoded: bytes)
        #expect(count == test.facts.recordCount && freshness == test.facts.freshness)
        #expect(GoldenFacts.hash(bytes) == GoldenFacts.hash(test.facts.encoded()))
    }

    @Test func aSharedLineageIsStoredOnce() {
        let shared = GoldenFacts(recordCount: 1, profile: Self.profile(sharing: Self.freshness, unicode: false), freshness: Self.freshness, events: [])
        var written = shared
        written.profile.emailLineage?.append(.init(source: "web", observedAt: nil))
        #expect(written.encoded().count > shared.encoded().count + 3)
    }

    @Test func theHashTellsFactsApart() {
        var other = Self.cases[1].facts
        other.events[0].channel = "sms"
        #expect(GoldenFacts.hash(other.encoded()) != GoldenFacts.hash(Self.cases[1].facts.encoded()))
    }

    @Test(arguments: cases)
    func everyTruncationIsAnError(_ test: Case) {
        let bytes = test.facts.encoded()
        for count in 0..<bytes.count {
            #expect(throws: GoldenError.self) { try GoldenFacts(encoded: Array(bytes.prefix(count))) }
        }
        #expect(throws: GoldenError.self) { try GoldenFacts(encoded: bytes + [0]) }
    }

    @Test(arguments: [
        [UInt8](), [0], [2, 0, 0, 0, 0], [GoldenFacts.formatVersion &+ 1], [GoldenFacts.formatVersion, 0xFF, 0xFF, 0xFF],
        [GoldenFacts.formatVersion, 0, 1, 99, 0], [UInt8](repeating: 0xFF, count: 64),
    ])
    func bytesThatAreNotFactsAreAnError(_ bytes: [UInt8]) {
        #expect(throws: GoldenError.self) { try GoldenFacts(encoded: bytes) }
    }

    @Test func anotherVersionIsNamedInTheError() throws {
        var bytes = Self.cases[1].facts.encoded()
        bytes[0] = GoldenFacts.formatVersion + 1
        let error = try #require(throws: GoldenError.self) { try GoldenFacts(encoded: bytes) }
        #expect(error.message.contains("version \(GoldenFacts.formatVersion + 1)"))
    }

    /// The enum codes are positions in `allCases`: a change of these lists changes the layout and
    /// must come with a new ``GoldenFacts/formatVersion``.
    @Test func theCodeTablesAreThoseOfThisVersion() {
        #expect(GoldenFacts.formatVersion == 1)
        #expect(EngageEventKind.allCases.map(\.rawValue) == [
            "purchase", "return", "complaint", "message", "redemption", "tier", "post", "review", "share", "like", "activity",
        ])
        #expect(MessageAction.allCases.map(\.rawValue) == ["sent", "opened", "clicked", "bounced", "unsubscribed"])
        #expect(GoldenAttribute.allCases.map(\.rawValue) == [
            "name", "date_of_birth", "gender", "email", "phone", "address", "loyalty_card", "account_id", "username",
        ])
        #expect(ValueStatus.allCases.map(\.rawValue) == ["valid", "corrected", "partial", "placeholder", "invalid"])
    }
}
