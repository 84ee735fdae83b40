import GoldenCore
import Testing

@testable import Normalize

/// The record normalizer as a whole: fields sorted by attribute, the record's country feeding the
/// phone and date readers, names enriched with nicknames and phonetic keys. The README's examples.
@Suite struct RecordNormalizerTests {
    static func record(_ fields: [(String, String)], observed: Int64? = 1_750_000_000) -> SourceRecord {
        SourceRecord(
            source: "s", key: "k", observedAt: observed.map(Timestamp.init(secondsSinceEpoch:)),
            fields: fields.map { Field($0.0, $0.1) }, lineage: Lineage(file: "f"))
    }

    @Test func readmeExamples() {
        let normalized = RecordNormalizer().normalize(Self.record([
            ("full_name", "SMITH, JOHN"), ("email", "J.Smith+shop@googlemail.com"),
            ("phone", "0044 (0)20 7946 0000"), ("postcode", "77078-4909"), ("country", "USA"),
        ]))
        #expect(normalized.name?.givenKey == "john")
        #expect(normalized.name?.familyKey == "smith")
        #expect(normalized.name?.familyPhonetic == PhoneticKey(primary: "SM0", alternate: "XMT"))
        #expect(normalized.emails.first?.canonical == "jsmith@gmail.com")
        #expect(normalized.phones.first?.e164 == "+442079460000")
        #expect(normalized.address?.postcode == "77078")
        #expect(normalized.address?.postcodeExtension == "4909")
        #expect(normalized.address?.country == "US")
        let bob = RecordNormalizer().normalize(Self.record([("given_name", "Bob"), ("family_name", "Jones")]))
        #expect(bob.name?.givenCanonical == ["robert"])
    }

    /// The phone's default region and the date order come from the record's country, then from
    /// the source's options.
    @Test(arguments: [
        // (country field, source default, phone, e164, birth date, expected month)
        ("US", nil, "(602) 870-1390", "+16028701390", "03/04/1980", 3),
        ("GB", nil, "020 7946 0000", "+442079460000", "03/04/1980", 4),
        (nil, "DE", "030 1234567", "+49301234567", "03/04/1980", 4),
        ("Deutschland", "US", "030 1234567", "+49301234567", "03.04.1980", 4),
        ("France", nil, "06 12 34 56 78", "+33612345678", "03/04/1980", 4),
        ("España", nil, "612 345 678", "+34612345678", "03/04/1980", 4),
    ] as [(String?, String?, String, String, String, Int)])
    func countryDrivesPhonesAndDates(
        country: String?, sourceCountry: String?, phone: String, e164: String, date: String, month: Int
    ) {
        var fields = [("phone", phone), ("date_of_birth", date)]
        if let country { fields.append(("country", country)) }
        let normalizer = RecordNormalizer(options: NormalizeOptions(defaultCountry: sourceCountry))
        let normalized = normalizer.normalize(Self.record(fields))
        #expect(normalized.phones.first?.e164 == e164)
        #expect(normalized.dateOfBirth?.month == month)
    }

    @Test func emptyAndJunkValuesNeverFail() {
        let normalized = RecordNormalizer().normalize(Self.record([
            ("given_name", "  "), ("email", "none@none.com"), ("email", "not-an-email"), ("phone", "0000000000"),
            ("date_of_birth", "1900-01-01"), ("loyalty_card", "0000000"), ("gender", "?"), ("unknown_field", "x"),
        ]))
        #expect(normalized.names.isEmpty)
        #expect(normalized.emails.map(\.status) == [.placeholder, .invalid])
        #expect(normalized.emails.allSatisfy { $0.canonical == nil })
        #expect(normalized.phones.first?.status == .placeholder)
        #expect(normalized.dateOfBirth?.status == .placeholder)
        #expect(normalized.dateOfBirth?.date == nil)
        #expect(normalized.loyaltyCards.isEmpty)
        #expect(normalized.gender == nil)
        #expect(Set(normalized.findings.map(\.code)).isSuperset(of: [
            "email.placeholder", "email.invalid_syntax", "phone.placeholder", "date.placeholder",
            "loyalty_card.placeholder",
        ]))
    }

    @Test func fingerprintFollowsOptions() {
        let plain = RecordNormalizer().fingerprint
        #expect(plain == RecordNormalizer(options: NormalizeOptions()).fingerprint)
        #expect(plain != RecordNormalizer(options: NormalizeOptions(defaultCountry: "GB")).fingerprint)
        #expect(plain != RecordNormalizer(options: NormalizeOptions(dateOrder: .monthDayYear)).fingerprint)
        #expect(plain != RecordNormalizer(options: NormalizeOptions(dateFormats: [TimestampFormat("yyyyMMdd")!])).fingerprint)
    }
}
