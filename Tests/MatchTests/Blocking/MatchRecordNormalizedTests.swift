import GoldenCore
import Testing

@testable import Match

@Suite("Match records from normalized records")
struct MatchRecordNormalizedTests {
    static let john = PersonName(
        raw: "John Paul & Mary Smith", given: "John", givenKey: "john", givenCanonical: ["john"], middle: "Paul",
        middleKey: "paul", family: "Smith", familyKey: "smith", familyAlternatives: ["smyth"],
        givenPhonetic: PhoneticKey(primary: "JN", alternate: "AN"),
        familyPhonetic: PhoneticKey(primary: "SM0", alternate: "XMT"))
    static let mary = PersonName(
        raw: "John Paul & Mary Smith", given: "Mary", givenKey: "mary", family: "Smith", familyKey: "smith",
        givenPhonetic: PhoneticKey(primary: "MR", alternate: "MR"))

    static let normalized = NormalizedRecord(
        source: "crm", key: "c-17", observedAt: nil, names: [john, mary], isJointName: true, gender: .female,
        dateOfBirth: BirthDate(raw: "1980-01-02", year: 1980, month: 1, day: 2, status: .valid),
        emails: [
            EmailAddress(raw: "none@none.com", normalized: "none@none.com", canonical: nil, status: .placeholder),
            EmailAddress(
                raw: "J.Smith@GMIAL.com", normalized: "j.smith@gmail.com", canonical: "jsmith@gmail.com",
                status: .corrected),
        ],
        phones: [
            PhoneNumber(raw: "123", e164: nil, country: nil, status: .invalid),
            PhoneNumber(raw: "020 7946 0000", e164: "+442079460000", country: "GB", status: .valid),
        ],
        address: PostalAddress(
            raw: ["12A High Street", "", "London", "ENG", "SW1A 1AA", "GB"], streetKey: "12a high st", houseNumber: "12A",
            city: "London", cityKey: "london", region: "ENG", postcode: "SW1A 1AA", country: "GB"),
        loyaltyCards: ["", "LC1"], accountId: "", username: "JohnnyS")

    @Test("Names, joint name, usable contacts and the street key, house number included")
    func fromNormalized() {
        let record = MatchRecord(id: 17, normalized: Self.normalized)
        #expect(record.id == 17 && record.source == "crm" && record.key == "c-17")
        #expect(record.givenNames == [
            TextKey("john", phonetic: PhoneticKey(primary: "JN", alternate: "AN"), variants: ["john"]),
            TextKey("mary", phonetic: PhoneticKey(primary: "MR", alternate: "MR")),
        ])
        #expect(record.familyNames == [
            TextKey("smith", phonetic: PhoneticKey(primary: "SM0", alternate: "XMT"), variants: ["smyth"]),
            TextKey("smith"),
        ])
        #expect(record.fullNames == [TextKey("john paul smith"), TextKey("mary smith")])
        #expect(record.birthDate?.year == 1980)
        #expect(record.emails.map(\.canonical) == ["jsmith@gmail.com"])
        #expect(record.phones.map(\.e164) == ["+442079460000"])
        #expect(record.street == TextKey("12a high st"))
        #expect(record.city == TextKey("london"))
        #expect(record.region == TextKey("eng"))
        #expect(record.address?.postcode == "SW1A 1AA")
        #expect(record.loyaltyCards == [TextKey("LC1")])
        #expect(record.accountId == nil)
        #expect(record.username == TextKey("johnnys"))
        #expect(record.gender == TextKey("female"))
        #expect(record.has(.givenName) && record.has(.postcode) && !record.has(.accountId))
    }

    @Test("A placeholder date, a street without a number and an address without a postcode")
    func missingParts() {
        var normalized = Self.normalized
        normalized.dateOfBirth = .unusable(raw: "1900-01-01", .placeholder)
        normalized.address = PostalAddress(raw: [], streetKey: "high st", cityKey: "london")
        normalized.names = []
        let record = MatchRecord(id: 1, normalized: normalized)
        #expect(record.birthDate == nil)
        #expect(record.street == TextKey("high st"))
        #expect(record.address == nil)
        #expect(record.givenNames.isEmpty && record.fullNames.isEmpty)
        #expect(!record.has(.postcode) && !record.has(.dateOfBirth))
    }

    @Test("A normalized record blocks with another of the same person")
    func blocksAfterBuilding() {
        var other = Self.normalized
        other.key = "c-18"
        other.names = [Self.mary]
        other.emails = []
        let records = [MatchRecord(id: 1, normalized: Self.normalized), MatchRecord(id: 2, normalized: other)]
        let rules = [BlockFixture.rule("postcode", "given_name.phonetic"), BlockFixture.rule("email")]
        let blocker = Blocker(rules: rules, maxBlockSize: 10)
        let candidates = blocker.candidates(in: records)
        #expect(BlockFixture.tuples(candidates.pairs) == [[0, 1]])
        #expect(candidates.rules.map(\.pairs) == [1, 0])
    }
}
