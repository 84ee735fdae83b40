import GoldenCore
import Testing

@testable import Match

@Suite("Postcode, e-mail and phone comparisons")
struct ContactComparisonTests {
    @Test(
        "Postcode parts",
        arguments: [
            ("SW1A 1AA", "SW", "SW1A", "SW1A 1"),
            ("M1 1AE", "M", "M1", "M1 1"),
            ("DN55 1PT", "DN", "DN55", "DN55 1"),
            ("K1A 0B1", "K", "K1A", "K1A 0"),
            ("D02 X285", "D", "D02", "D02 X"),
            ("1234 AB", nil, "1234", "1234 A"),
            ("02134", nil, "021", nil),
            ("04109", nil, "041", nil),
            ("12", nil, nil, nil),
            ("", nil, nil, nil),
        ] as [(String, String?, String?, String?)])
    func postcodeParts(_ code: String, _ area: String?, _ district: String?, _ sector: String?) {
        #expect(PostcodeComparison.area(of: code).map(String.init) == area)
        #expect(PostcodeComparison.district(of: code).map(String.init) == district)
        #expect(PostcodeComparison.sector(of: code).map(String.init) == sector)
    }

    @Test(
        "Postcode prefixes: UK outward codes, US ZIP3",
        arguments: [
            ("SW1A 1AA", "SW1A 1AA", true, true, true),
            ("SW1A 1AA", "SW1A 1BB", false, true, true),
            ("SW1A 1AA", "SW1A 2BB", false, false, true),
            ("SW1A 1AA", "SW1 2BB", false, false, false),
            ("M1 1AE", "M11 1AE", false, false, false),
            ("02134", "02139", false, false, true),
            ("02134", "02234", false, false, false),
            ("02134", "02134", true, false, true),
        ])
    func postcodePrefixes(_ a: String, _ b: String, _ exact: Bool, _ sector: Bool, _ district: Bool) {
        #expect(PostcodeComparison.exact(a, b) == exact)
        #expect(PostcodeComparison.sameSector(a, b) == sector)
        #expect(PostcodeComparison.sameDistrict(a, b) == district)
        #expect(PostcodeComparison.sameDistrict(b, a) == district)
    }

    @Test("Each part by name")
    func postcodePartByName() {
        #expect(PostcodeComparison.part(.district, of: "SW1A 1AA") == "SW1A")
        let parts = PostcodeComparison.Part.allCases.map { PostcodeComparison.part($0, of: "EC1A 1BB") }
        #expect(parts == ["EC", "EC1A", "EC1A 1"])
        #expect(PostcodeComparison.same(.sector, "EC1A 1BB", "EC1A 1AA"))
        #expect(!PostcodeComparison.same(.sector, "02134", "02134"))
    }

    @Test("Postcode areas: the leading letters")
    func postcodeAreas() {
        #expect(PostcodeComparison.sameArea("SW1A 1AA", "SW19 2BB"))
        #expect(!PostcodeComparison.sameArea("SW1A 1AA", "S1 2BB"))
        #expect(!PostcodeComparison.sameArea("02134", "02134"))
    }

    @Test(
        "E-mail addresses on their canonical forms",
        arguments: [
            ("jsmith@gmail.com", "jsmith@gmail.com", true, true, true),
            ("jsmith@gmail.com", "jsmith@yahoo.com", false, true, false),
            ("jsmith@gmail.com", "mary@gmail.com", false, false, true),
            ("jsmith@gmail.com", nil, false, false, false),
        ] as [(String, String?, Bool, Bool, Bool)])
    func emails(_ a: String, _ b: String?, _ same: Bool, _ local: Bool, _ domain: Bool) {
        #expect(EmailComparison.sameAddress(email(a), email(b)) == same)
        #expect(EmailComparison.sameLocalPart(email(a), email(b)) == local)
        #expect(EmailComparison.sameLocalPart(email(b), email(a)) == local)
        #expect(EmailComparison.sameDomain(email(a), email(b)) == domain)
    }

    @Test("A placeholder e-mail never matches, even itself")
    func placeholderEmail() {
        let junk = EmailAddress(
            raw: "none@none.com", normalized: "none@none.com", canonical: "none@none.com", status: .placeholder)
        #expect(!EmailComparison.isComparable(junk))
        #expect(!EmailComparison.sameAddress(junk, junk))
    }

    @Test(
        "Phones: E.164, last digits, local digits",
        arguments: [
            ("+442079460000", "+442079460000", true, true, false),
            ("+12125550123", "+13125550123", false, true, false),
            ("+12125550123", "5550123", false, true, true),
            ("5550123", "5550123", false, true, true),
            ("5550124", "+12125550123", false, false, false),
            ("+12125550123", "+12125550124", false, false, false),
            ("+12125550123", nil, false, false, false),
        ] as [(String, String?, Bool, Bool, Bool)])
    func phones(_ a: String, _ b: String?, _ same: Bool, _ lastSeven: Bool, _ local: Bool) {
        #expect(PhoneComparison.sameNumber(phone(a), phone(b)) == same)
        #expect(PhoneComparison.sameLastDigits(phone(a), phone(b), count: 7) == lastSeven)
        #expect(PhoneComparison.sameLastDigits(phone(b), phone(a), count: 7) == lastSeven)
        #expect(PhoneComparison.localDigitsMatch(phone(a), phone(b)) == local)
        #expect(PhoneComparison.localDigitsMatch(phone(b), phone(a)) == local)
    }

    @Test("Last digits need that many digits on both sides")
    func lastDigitsLength() {
        #expect(PhoneComparison.sameLastDigits(phone("+12125550123"), phone("+13125550123"), count: 9))
        #expect(!PhoneComparison.sameLastDigits(phone("+12125550123"), phone("+13125550123"), count: 10))
        #expect(!PhoneComparison.sameLastDigits(phone("+12125550123"), phone("5550123"), count: 8))
    }
}
