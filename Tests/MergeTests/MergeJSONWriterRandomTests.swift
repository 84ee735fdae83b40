import GoldenCore
import Testing

@testable import Merge

/// Clusters and event streams drawn from a seeded generator: every optional part present or
/// not, lists of any length, text mixing plain letters with what JSON must escape.
@Suite("Fast JSON writer, randomized")
struct MergeJSONWriterRandomTests {
    static let seeds: [UInt64] = [1, 2, 3, 42, 2024]

    @Test("random clusters: fast JSON is Foundation's JSON and reads back", arguments: seeds)
    func clusters(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        var writer = MergeJSONWriter()
        for _ in 0..<150 {
            let members = (0..<Int(random.below(6))).map { _ in random.member() }
            let (record, conflicts) = Survivorship().goldenRecord(of: members)
            writer.reset()
            writer.write(record)
            let fast = writer.string
            expectSameBytes(fast, MergeJSON.encode(record))
            #expect(try MergeJSON.decode(fast, as: GoldenRecord.self) == record)
            for conflict in conflicts {
                guard case .address(let values) = conflict.values else { continue }
                let rival = GoldenRecord(address: values.last)
                expectSameBytes(MergeJSON.fastEncode(rival), MergeJSON.encode(rival))
            }
        }
    }

    @Test("random event streams: fast JSON is Foundation's JSON and reads back", arguments: seeds)
    func summaries(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        var writer = MergeJSONWriter()
        for _ in 0..<100 {
            var accumulator = HistoryAccumulator(top: Int(random.below(5)))
            accumulator.add(contentsOf: (0..<Int(random.below(40))).map { _ in random.event() })
            let summary = accumulator.summary()
            writer.reset()
            writer.write(summary)
            let fast = writer.string
            expectSameBytes(fast, MergeJSON.encode(summary))
            #expect(try MergeJSON.decode(fast, as: HistorySummary.self) == summary)
        }
    }
}

extension TestRandom {
    /// Pieces of text, plain and awkward, that ``text()`` strings together.
    static let fragments = [
        "a", "Smith", "jose", "José", "e\u{301}", "山田", "😀", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}",
        "\u{2028}", " ", "-", "@", "+44", "Ærø", "ß", "ǅ", "\r\n",
    ]

    mutating func chance(_ percent: UInt64) -> Bool { below(100) < percent }

    mutating func pick<T>(_ values: [T]) -> T { values[Int(below(UInt64(values.count)))] }

    /// One to four fragments, sometimes none.
    mutating func text() -> String {
        (0..<Int(below(5))).map { _ in pick(Self.fragments) }.joined()
    }

    mutating func optionalText(_ percent: UInt64 = 50) -> String? { chance(percent) ? text() : nil }

    /// Texts drawn from a small set, so that members of a cluster often agree.
    mutating func shared(_ prefix: String) -> String { "\(prefix)\(below(3))" }

    mutating func status() -> ValueStatus { pick(ValueStatus.allCases) }

    mutating func member() -> MergeMember {
        let name = PersonName(
            raw: text(), title: optionalText(20), given: chance(80) ? shared("G") : nil, givenKey: chance(80) ? shared("g") : nil,
            givenIsInitial: chance(10), givenCanonical: (0..<Int(below(3))).map { _ in text() }, middle: optionalText(30),
            middleKey: optionalText(30), family: chance(80) ? shared("F") : nil, familyKey: chance(80) ? shared("f") : nil,
            familyAlternatives: (0..<Int(below(3))).map { _ in text() }, suffix: optionalText(10),
            givenPhonetic: chance(50) ? PhoneticKey(primary: text(), alternate: text()) : nil,
            familyPhonetic: chance(50) ? PhoneticKey(primary: shared("P"), alternate: text()) : nil)
        let emails = (0..<Int(below(3))).map { _ in
            EmailAddress(raw: text(), normalized: optionalText(80), canonical: chance(80) ? shared("e") : nil, status: status())
        }
        let phones = (0..<Int(below(3))).map { _ in
            PhoneNumber(
                raw: text(), e164: chance(70) ? shared("+1") : nil, country: optionalText(), extensionDigits: optionalText(20),
                localDigits: optionalText(30), type: pick(PhoneType.allCases), status: status())
        }
        let address = PostalAddress(
            raw: (0..<Int(below(7))).map { _ in text() }, streetKey: chance(70) ? shared("s") : nil, houseNumber: optionalText(),
            unit: optionalText(20), city: optionalText(), cityKey: optionalText(), region: optionalText(),
            postcode: chance(70) ? shared("p") : nil, postcodeExtension: optionalText(10), country: chance(70) ? shared("C") : nil)
        let dateOfBirth = BirthDate(
            raw: text(), year: chance(80) ? 1950 + Int(below(3)) : nil, month: chance(90) ? 1 + Int(below(2)) : nil,
            day: chance(90) ? 1 + Int(below(2)) : nil, status: status())
        let record = NormalizedRecord(
            source: pick(["pos", "loyalty", "ecommerce", "community", text()]), key: text(),
            observedAt: chance(80) ? Timestamp(secondsSinceEpoch: Int64(below(4_000_000_000)) - 1_000_000_000) : nil,
            names: chance(70) ? [name] : [], gender: chance(50) ? pick(Gender.allCases) : nil,
            dateOfBirth: chance(70) ? dateOfBirth : nil, emails: emails, phones: phones, address: chance(60) ? address : nil,
            loyaltyCards: (0..<Int(below(3))).map { _ in shared("L") }, accountId: chance(40) ? shared("A") : nil,
            username: chance(40) ? text() : nil)
        return MergeMember(recordID: Int64(bitPattern: next()), record: record)
    }

    mutating func event() -> Event {
        var attributes: [Field] = []
        if chance(60) { attributes.append(Field("category", pick(["HOME", "TOYS", text()]))) }
        if chance(60) { attributes.append(Field("sku", (0..<Int(below(3))).map { _ in shared("S") }.joined(separator: "|"))) }
        if chance(40) { attributes.append(Field("quantity", String(Int(below(5)) - 1))) }
        if chance(50) { attributes.append(Field("channel", pick(["store", "web", text()]))) }
        if chance(20) { attributes.append(Field("status", pick(["completed", "cancelled", "returned", text()]))) }
        if chance(30) { attributes.append(Field("sentiment", "\(chance(50) ? "-" : "")0.\(below(10_000))")) }
        return Event(
            source: pick(["pos", "ecommerce_orders", "community_activity", text()]), key: String(next()),
            subjectSource: "pos", subjectKey: shared("R"), kind: pick(EventKind.allCases),
            occurredAt: chance(80) ? Timestamp(secondsSinceEpoch: Int64(below(4_000_000_000)) - 1_000_000_000) : nil,
            amount: chance(80) ? Amount(tenThousandths: Int64(below(20_000_000)) - 5_000_000) : nil,
            currency: chance(80) ? pick(["GBP", "EUR", "usd", "", text()]) : nil, attributes: attributes,
            lineage: Lineage(file: "feed.csv"))
    }
}
