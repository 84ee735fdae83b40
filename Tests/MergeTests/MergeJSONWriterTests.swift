import GoldenCore
import Testing

@testable import Merge

/// A cluster whose golden record the fast writer must write as Foundation does.
struct WriterCase: Sendable, CustomTestStringConvertible {
    let name: String
    let members: [MergeMember]
    var testDescription: String { name }
}

/// A stream of events whose summary the fast writer must write as Foundation does.
struct SummaryWriterCase: Sendable, CustomTestStringConvertible {
    let name: String
    let events: [Event]
    var testDescription: String { name }
}

@Suite("Fast JSON writer")
struct MergeJSONWriterTests {
    typealias E = HistoryEvents

    /// Text that JSON must escape, or that looks as if it must: quotes, backslashes, every
    /// control character, slashes, DEL, non-ASCII (composed and decomposed), line separators.
    static let awkward = [
        "O\"Brien \\ back/slash", String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }),
        "tab\there\nnew line\r\u{7F}", "José e\u{301} Ærø 山田 😀 \u{2028}\u{2029}\u{FEFF}", "", " ",
    ]

    /// A name with every part, keys and phonetic codes.
    static func fullName(_ given: String, _ family: String, raw: String? = nil) -> PersonName {
        PersonName(
            raw: raw ?? "Dr \(given) Q \(family) Jr", title: "dr", given: given, givenKey: given.lowercased(),
            givenIsInitial: false, givenCanonical: ["\(given.lowercased())", "zed"], middle: "Q", middleKey: "q",
            family: family, familyKey: family.lowercased(), familyAlternatives: ["alt", "alt two"], suffix: "jr",
            givenPhonetic: PhoneticKey(primary: "JN", alternate: "AN"), familyPhonetic: PhoneticKey(primary: "SM0", alternate: "XMT"))
    }

    static let recordCases: [WriterCase] = [
        WriterCase(name: "no members: an empty record", members: []),
        WriterCase(name: "one member without values", members: [member(1, "pos", nil)]),
        WriterCase(
            name: "every attribute from one member",
            members: [
                member(
                    7, "loyalty", 19_000, name: fullName("John", "Smith"), dob: dob("1980-03-04"), gender: .male,
                    emails: [email("J.Smith@Example.com"), email("js+tag@gmail.com", canonical: "js@gmail.com")],
                    phones: [phone("+442079460000", ext: "123"), phone("5550199")],
                    address: PostalAddress(
                        raw: ["Flat 2, 155 London Road", "", "Southampton", "Hampshire", "SO15 2AB", "GB"],
                        streetKey: "155 london rd", houseNumber: "155", unit: "flat 2", city: "Southampton",
                        cityKey: "southampton", region: "Hampshire", postcode: "SO15 2AB", postcodeExtension: "4909",
                        country: "GB"),
                    cards: ["L1", "L2"], account: "A-1", username: "jsmith"),
            ]),
        WriterCase(
            name: "many members: multi-valued lists, lineage of several records, unknown times",
            members: [
                member(1, "pos", 10, name: name("J", "Smith"), emails: [email("a@x.com"), email("b@x.com")], cards: ["C1"]),
                member(2, "ecommerce", nil, name: name("John", "Smith"), emails: [email("A@x.com", canonical: "a@x.com")],
                       phones: [phone("+12025550101")], account: "A1", username: "js"),
                member(3, "loyalty", 30, gender: .female, phones: [phone("+12025550101"), phone("+12025550102")],
                       cards: ["C1", "C2", "C3"], username: "js2"),
                member(4, "community", 40, gender: .other, username: "js"),
            ]),
        WriterCase(
            name: "conflicting dates of birth and addresses from equally trusted sources",
            members: [
                member(1, "pos", 10, dob: dob("1980-03-04"), address: address("1", "High St", postcode: "AB1 2CD", city: "Leeds")),
                member(2, "pos", 20, dob: dob("1980-04-03"), address: address("9", "Low Rd", postcode: "ZZ9 9ZZ", city: "York")),
            ]),
        WriterCase(
            name: "missing and unusable values: birthday without year, placeholders, invalid e-mails and phones",
            members: [
                member(1, "pos", 5, dob: dob("04-03"), emails: [email("not an e-mail", status: .invalid)],
                       phones: [phone("n/a")]),
                member(2, "pos", 6, dob: dob("placeholder"), emails: [email("x@y.com", status: .corrected)]),
                member(3, "pos", 7, dob: dob("31/02/1980"), address: address(country: nil)),
            ]),
        WriterCase(
            name: "quotes, backslashes, control characters and unicode in raw values",
            members: awkward.enumerated().map { index, text in
                member(
                    Int64(index + 1), "src/\(text)", index * 1000, name: fullName(text, text + "x", raw: text),
                    emails: [EmailAddress(raw: text, normalized: text, canonical: "\(index)\(text)", status: .valid)],
                    phones: [PhoneNumber(raw: text, e164: nil, country: text, localDigits: "\(index)", status: .partial)],
                    address: PostalAddress(raw: [text, text], streetKey: text, city: text, postcode: text),
                    cards: [text + "c"], account: text, username: text)
            }),
        WriterCase(
            name: "times before 1970, large record ids",
            members: [
                member(Int64.max, "pos", -20_000, name: name("Ann", "Lee")),
                member(Int64.min, "pos", -1, name: name("Ann", "Lee"), cards: ["C"]),
                member(0, "loyalty", 0, cards: ["C"]),
            ]),
    ]

    @Test("a golden record is written byte for byte as MergeJSON.encode writes it", arguments: recordCases)
    func record(_ example: WriterCase) throws {
        let record = golden(example.members)
        try Self.expectSameJSON(record)
    }

    @Test("a survivorship conflict's values are written as MergeJSON.encode writes them", arguments: recordCases)
    func conflictValues(_ example: WriterCase) throws {
        for conflict in conflicts(example.members, .defaults) {
            var record = GoldenRecord()
            switch conflict.values {
            case .name(let values): record.name = values.last
            case .dateOfBirth(let values): record.dateOfBirth = values.last
            case .gender(let values): record.gender = values.last
            case .address(let values): record.address = values.last
            }
            try Self.expectSameJSON(record)
        }
    }

    static let summaryCases: [SummaryWriterCase] = [
        SummaryWriterCase(name: "no events", events: []),
        SummaryWriterCase(name: "a busy customer across three feeds", events: E.busyCustomer(seed: 11)),
        SummaryWriterCase(
            name: "refunds (negative amounts), returned and cancelled orders, other currencies",
            events: [
                E.posLine(receipt: "0012|03|1", line: 1, day: 0, sku: "1", category: "HOME", amount: "-2,49", refund: true),
                E.posLine(receipt: "0012|03|2", line: 1, day: 1, sku: "1", category: "HOME", quantity: 3, amount: "10,05"),
                E.order("O1", day: 2, status: "returned", total: "0.0001", currency: "EUR", skus: ["S1", "S2"]),
                E.order("O2", day: 3, status: "cancelled", total: "99.99", skus: ["S3"]),
                E.order("O3", day: 4, status: "completed", total: "1234567.8", currency: nil, skus: ["S1"]),
            ]),
        SummaryWriterCase(
            name: "community activity with negative and fractional sentiment",
            events: [
                E.community("E1", kind: .post, day: 0, sentiment: "-0.75"), E.community("E2", kind: .reply, day: 1, sentiment: "0.3333"),
                E.community("E3", kind: .like, day: 2, sentiment: "1"), E.community("E4", kind: .review, day: 3, sentiment: "x"),
                E.community("E5", kind: .sentiment, day: 4, sentiment: "-1"),
            ]),
        SummaryWriterCase(
            name: "events without times, and awkward text in categories, SKUs and channels",
            events: awkward.enumerated().map { index, text in
                Event(
                    source: "feed\(text)", key: "k\(index)", subjectSource: "pos", subjectKey: "s", kind: .purchase,
                    occurredAt: index % 2 == 0 ? nil : Timestamp(secondsSinceEpoch: Int64(index) * -86_399),
                    amount: Amount(tenThousandths: Int64(index) * 12_345), currency: text.isEmpty ? nil : "G\(index)",
                    attributes: [Field("category", text), Field("sku", "\(text)|\(index)"), Field("channel", text)],
                    lineage: Lineage(file: "f.csv"))
            }),
    ]

    @Test("a history summary is written byte for byte as MergeJSON.encode writes it", arguments: summaryCases)
    func summary(_ example: SummaryWriterCase) throws {
        var accumulator = HistoryAccumulator()
        accumulator.add(contentsOf: example.events)
        try Self.expectSameJSON(accumulator.summary())
    }

    /// Values no feed gives but the types allow: they must still be written as Foundation writes
    /// them (they need not read back: `Timestamp(iso8601:)` takes four-digit years only).
    @Test(
        "extreme amounts and times are written as MergeJSON.encode writes them",
        arguments: [Int64.min + 1, -1_000_000_000_000, -62_135_596_801, -1, 0, 59, 253_402_300_800, 1_000_000_000_000])
    func extremes(seconds: Int64) {
        var summary = HistorySummary()
        summary.firstPurchaseAt = Timestamp(secondsSinceEpoch: seconds / 2)
        summary.lastActivity = [SourceActivity(source: "s", events: Int.min, lastAt: Timestamp(secondsSinceEpoch: seconds / 2))]
        summary.spend = [Money(currency: "A", amount: Amount(tenThousandths: seconds)), Money(currency: "B", amount: Amount(tenThousandths: -seconds))]
        summary.community.sentimentTotal = Amount(tenThousandths: seconds == Int64.min + 1 ? Int64.min : seconds)
        summary.events = Int.max
        expectSameBytes(MergeJSON.fastEncode(summary), MergeJSON.encode(summary))

        let assertion = SourceAssertion(recordID: seconds, source: "s", key: "k", observedAt: Timestamp(secondsSinceEpoch: seconds))
        let record = GoldenRecord(
            dateOfBirth: GoldenValue(
                value: BirthDate(raw: "", year: Int(seconds), month: Int.min, day: Int.max, status: .valid), key: "",
                status: .valid, preferred: false, lineage: [assertion, assertion], firstAssertedAt: Timestamp(secondsSinceEpoch: seconds),
                lastAssertedAt: Timestamp(secondsSinceEpoch: -seconds)))
        expectSameBytes(MergeJSON.fastEncode(record), MergeJSON.encode(record))
    }

    @Test("a reused writer writes each document afresh")
    func reuse() {
        var writer = MergeJSONWriter(capacity: 8)
        let records = Self.recordCases.map { golden($0.members) }
        for record in records + records.reversed() {
            writer.reset()
            writer.write(record)
            expectSameBytes(writer.string, MergeJSON.encode(record))
        }
    }

    // MARK: - Helpers

    /// Fast and Foundation JSON are the same bytes, and read back to the value.
    static func expectSameJSON(_ record: GoldenRecord) throws {
        let fast = MergeJSON.fastEncode(record)
        expectSameBytes(fast, MergeJSON.encode(record))
        #expect(try MergeJSON.decode(fast, as: GoldenRecord.self) == record)
    }

    static func expectSameJSON(_ summary: HistorySummary) throws {
        let fast = MergeJSON.fastEncode(summary)
        expectSameBytes(fast, MergeJSON.encode(summary))
        #expect(try MergeJSON.decode(fast, as: HistorySummary.self) == summary)
    }
}

/// The same UTF-8 bytes (`==` on strings would let `é` equal `e\u{301}`). Test data only: no
/// personal data in the message.
func expectSameBytes(_ fast: String, _ foundation: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(fast.utf8.elementsEqual(foundation.utf8), "fast: \(fast)\nFoundation: \(foundation)", sourceLocation: sourceLocation)
}
