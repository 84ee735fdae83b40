import GoldenCore
import Testing

@testable import Match

/// The compact storage of a ``MatchRecord``: what goes in through the initializer or a setter
/// comes back out, less only what the record does not keep.
@Suite("Match records kept compact")
struct MatchRecordCompactTests {
    /// Every single-valued text attribute, with a setter of the record.
    static let singles: [(MatchAttribute, any WritableKeyPath<MatchRecord, TextKey?> & Sendable)] = [
        (.street, \.street), (.city, \.city), (.region, \.region), (.accountId, \.accountId),
        (.username, \.username), (.gender, \.gender),
    ]

    @Test(arguments: singles.indices, ["", "x", "a key longer than fifteen bytes", "ünïcödé"])
    func singleTextKeysRoundTrip(index: Int, key: String) {
        let (attribute, path) = Self.singles[index]
        var record = MatchRecord(id: 1, source: "s", key: "k")
        #expect(record[keyPath: path] == nil && record.singleText(attribute) == nil)
        record[keyPath: path] = TextKey(key)
        #expect(record[keyPath: path] == TextKey(key))
        #expect(record.singleText(attribute) == TextKey(key))
        #expect(record.texts(attribute) == [TextKey(key)])
        #expect(record.has(attribute))
        for (other, otherPath) in Self.singles where other != attribute { #expect(record[keyPath: otherPath] == nil) }
        record[keyPath: path] = nil
        #expect(record[keyPath: path] == nil && !record.has(attribute))
    }

    @Test("A single text keeps its key, not its phonetic key or variants")
    func singleTextKeepsItsKeyOnly() {
        var record = MatchRecord(id: 1, source: "s", key: "k")
        record.city = TextKey("london", phonetic: PhoneticKey(primary: "LNTN", alternate: "LNTN"), variants: ["londres"])
        #expect(record.city == TextKey("london"))
    }

    static let addresses: [PostalAddress?] = [
        nil,
        PostalAddress(raw: []),
        PostalAddress(raw: [], postcode: "", country: "GB"),
        PostalAddress(raw: [], postcode: "SW1A 1AA"),
        PostalAddress(raw: [], postcode: "02134", country: "US"),
    ]

    @Test(arguments: addresses)
    func addressKeepsItsPostcodeAndCountry(address: PostalAddress?) {
        let record = MatchRecord(id: 1, source: "s", key: "k", address: address)
        #expect(record.address == address)
        var set = MatchRecord(id: 1, source: "s", key: "k")
        set.address = address
        #expect(set == record)
    }

    @Test("An address keeps nothing but its postcode and country")
    func addressDropsTheRest() {
        let full = PostalAddress(
            raw: ["1 High St", "London"], streetKey: "1 high st", houseNumber: "1", city: "London", cityKey: "london",
            region: "ENG", postcode: "SW1A 1AA", postcodeExtension: "x", country: "GB")
        let record = MatchRecord(id: 1, source: "s", key: "k", address: full)
        #expect(record.address == PostalAddress(raw: [], postcode: "SW1A 1AA", country: "GB"))
        #expect(record.has(.postcode))
    }

    @Test("E-mail addresses and phone numbers keep what their comparisons read, not their raw text")
    func contactsDropTheirRawText() {
        var normalized = NormalizedRecord(source: "crm", key: "c-1", observedAt: nil)
        normalized.emails = [
            EmailAddress(raw: " J.Smith@GMAIL.com", normalized: "j.smith@gmail.com", canonical: "jsmith@gmail.com", status: .corrected)
        ]
        normalized.phones = [
            PhoneNumber(
                raw: "(020) 7946-0000 x12", e164: "+442079460000", country: "GB", extensionDigits: "12", localDigits: "79460000",
                type: .landline, status: .valid)
        ]
        let record = MatchRecord(id: 1, normalized: normalized)
        #expect(record.emails == [EmailAddress(raw: "", normalized: nil, canonical: "jsmith@gmail.com", status: .corrected)])
        #expect(
            record.phones == [
                PhoneNumber(
                    raw: "", e164: "+442079460000", country: "GB", extensionDigits: "12", localDigits: "79460000",
                    type: .landline, status: .valid)
            ])
    }
}
