import GoldenCore
import Testing

@testable import Normalize

/// One phone table row: the raw value, the default country, and the whole expected result.
struct PhoneCase: Sendable, CustomTestStringConvertible {
    var raw: String
    var region: String?
    var expected: PhoneNumber
    var finding: Finding?

    var testDescription: String { "\(raw.debugDescription) in \(region ?? "nil")" }

    static func valid(
        _ raw: String, _ region: String?, _ e164: String, _ country: String, _ type: PhoneType,
        ext: String? = nil
    ) -> PhoneCase {
        PhoneCase(
            raw: raw, region: region,
            expected: PhoneNumber(
                raw: raw, e164: e164, country: country, extensionDigits: ext, type: type, status: .valid))
    }

    /// A national number whose trunk `0` was lost.
    static func missingTrunk(_ raw: String, _ region: String, _ e164: String, _ type: PhoneType) -> PhoneCase {
        PhoneCase(
            raw: raw, region: region,
            expected: PhoneNumber(raw: raw, e164: e164, country: region, type: type, status: .corrected),
            finding: Finding(.phone, .corrected, "phone.missing_trunk_prefix"))
    }

    static func local(_ raw: String, _ region: String, _ digits: String, ext: String? = nil) -> PhoneCase {
        PhoneCase(
            raw: raw, region: region,
            expected: PhoneNumber(
                raw: raw, e164: nil, country: region, extensionDigits: ext, localDigits: digits, status: .partial),
            finding: Finding(.phone, .partial, "phone.no_area_code"))
    }

    static func placeholder(_ raw: String, _ region: String?) -> PhoneCase {
        PhoneCase(
            raw: raw, region: region, expected: PhoneNumber(raw: raw, e164: nil, country: nil, status: .placeholder),
            finding: Finding(.phone, .placeholder, "phone.placeholder"))
    }

    static func invalid(_ raw: String, _ region: String?, _ code: String, country: String? = nil) -> PhoneCase {
        PhoneCase(
            raw: raw, region: region, expected: PhoneNumber(raw: raw, e164: nil, country: country, status: .invalid),
            finding: Finding(.phone, .invalid, code))
    }
}

@Suite("Phone normalization")
struct PhoneNormalizerTests {
    static let northAmerica: [PhoneCase] = [
        .valid("(602) 870-1390", "US", "+16028701390", "US", .unknown),
        .valid("602.870.1390", "US", "+16028701390", "US", .unknown),
        .valid("602-870-1390", "US", "+16028701390", "US", .unknown),
        .valid("1-602-870-1390", "US", "+16028701390", "US", .unknown),
        .valid("+1 602 870 1390", nil, "+16028701390", "US", .unknown),
        .valid("6028701390", "US", "+16028701390", "US", .unknown),
        .valid("tel:+1-602-870-1390", nil, "+16028701390", "US", .unknown),
        .valid("+1 416 967 1111", "GB", "+14169671111", "CA", .unknown),
        .valid("(604) 870-1390", "US", "+16048701390", "CA", .unknown),
        .valid("602 870 1390", "ca", "+16028701390", "US", .unknown),
        .valid("1-800-356-9377", "US", "+18003569377", "US", .tollFree),
        .valid("(888) 870-1390", "CA", "+18888701390", "US", .tollFree),
        .valid("1 900 420 1234", "US", "+19004201234", "US", .premium),
        .valid("(602) 870-1390 x123", "US", "+16028701390", "US", .unknown, ext: "123"),
        .valid("602-870-1390 ext. 4567", "US", "+16028701390", "US", .unknown, ext: "4567"),
        .valid("602-870-1390 Ext 4567", "US", "+16028701390", "US", .unknown, ext: "4567"),
        .valid("+1 602 870 1390;ext=12", nil, "+16028701390", "US", .unknown, ext: "12"),
        .valid("602.870.1390 #55", "US", "+16028701390", "US", .unknown, ext: "55"),
        .valid("011 44 20 7946 0123", "US", "+442079460123", "GB", .landline),
        .local("870-1390", "US", "8701390"),
        .local("870 1390 x12", "US", "8701390", ext: "12"),
        .local("555-1212", "US", "5551212"),
        .valid("(212) 555-1212", "US", "+12125551212", "US", .unknown),
        .valid("+1-602-870-1390 ext.123", nil, "+16028701390", "US", .unknown, ext: "123"),
        .placeholder("(602) 555-0142", "US"),
        .placeholder("+1 (800) 555-0199", nil),
        .placeholder("555-0123", "US"),
        .placeholder("0000000000", "US"),
        .placeholder("1234567890", "US"),
        .placeholder("+1 123 456 7890", nil),
        .placeholder("1111111", "US"),
        .invalid("(102) 870-1390", "US", "phone.invalid_prefix", country: "US"),
        .invalid("(602) 170-1390", "US", "phone.invalid_prefix", country: "US"),
        .invalid("(911) 234-5678", "US", "phone.invalid_prefix", country: "US"),
        .invalid("602-870-139", "US", "phone.invalid_length", country: "US"),
        .invalid("+1 602 870 13900", nil, "phone.invalid_length", country: "US"),
        .invalid("1-800-FLOWERS", "US", "phone.invalid_characters"),
        .invalid("6028701390", nil, "phone.unknown_country"),
    ]

    static let unitedKingdom: [PhoneCase] = [
        .valid("020 7946 0123", "GB", "+442079460123", "GB", .landline),
        .valid("+44 20 7946 0123", nil, "+442079460123", "GB", .landline),
        .valid("+44 (0)20 7946 0123", nil, "+442079460123", "GB", .landline),
        .valid("+44 (0) 20 7946 0123", "US", "+442079460123", "GB", .landline),
        .valid("0044 20 7946 0123", "DE", "+442079460123", "GB", .landline),
        .valid("(0)20 7946 0123", "GB", "+442079460123", "GB", .landline),
        .valid("+44 020 7946 0123", nil, "+442079460123", "GB", .landline),
        .valid("020-7946-0123", "UK", "+442079460123", "GB", .landline),
        .valid("07700 900123", "GB", "+447700900123", "GB", .mobile),
        .valid("0044 7735 089798", nil, "+447735089798", "GB", .mobile),
        .valid("+447700900123", nil, "+447700900123", "GB", .mobile),
        .valid("447700900123", "GB", "+447700900123", "GB", .mobile),
        .valid("0161 496 0000", "GB", "+441614960000", "GB", .landline),
        .valid("0800 123 4567", "GB", "+448001234567", "GB", .tollFree),
        .valid("0800 123 456", "GB", "+44800123456", "GB", .tollFree),
        .valid("0906 123 4567", "GB", "+449061234567", "GB", .premium),
        .valid("07012 345678", "GB", "+447012345678", "GB", .premium),
        .valid("07600 123456", "GB", "+447600123456", "GB", .unknown),
        .valid("07624 123456", "IM", "+447624123456", "IM", .mobile),
        .valid("+44 20 7946 0123 ext 201", nil, "+442079460123", "GB", .landline, ext: "201"),
        .valid("Tel: 020 7946 0123", "GB", "+442079460123", "GB", .landline),
        .valid("Mob.: 07700 900123", "GB", "+447700900123", "GB", .mobile),
        .valid("+0044 20 7946 0123", nil, "+442079460123", "GB", .landline),
        .valid("01534 123456", "JE", "+441534123456", "JE", .landline),
        .valid("+44 1534 123456", "JE", "+441534123456", "GB", .landline),
        .valid("020\u{00A0}7946\u{00A0}0123", "GB", "+442079460123", "GB", .landline),
        .valid("020 \u{2013} 7946 0123", "GB", "+442079460123", "GB", .landline),
        .valid("\u{FF10}\u{FF12}\u{FF10} 7946 0123", "GB", "+442079460123", "GB", .landline),
        .missingTrunk("2079460123", "GB", "+442079460123", .landline),
        .missingTrunk("7700 900123", "GB", "+447700900123", .mobile),
        .placeholder("01234 567890", "GB"),
        .placeholder("+44 7777 777777", nil),
        .invalid("020 7946 012", "GB", "phone.invalid_length", country: "GB"),
        .invalid("07700 9001234", "GB", "phone.invalid_length", country: "GB"),
        .invalid("0400 123 4567", "GB", "phone.invalid_prefix", country: "GB"),
        .invalid("020 7946 0123", nil, "phone.unknown_country"),
    ]

    static let germany: [PhoneCase] = [
        .valid("030 1234567", "DE", "+49301234567", "DE", .landline),
        .valid("030/1234567", "DE", "+49301234567", "DE", .landline),
        .valid("+49 (0)30 1234567", nil, "+49301234567", "DE", .landline),
        .valid("0049 30 1234567", nil, "+49301234567", "DE", .landline),
        .valid("0221 9876543", "DE", "+492219876543", "DE", .landline),
        .valid("+49 89 12345-678", nil, "+498912345678", "DE", .landline),
        .valid("0151 23456789", "DE", "+4915123456789", "DE", .mobile),
        .valid("+49 170 1234567", nil, "+491701234567", "DE", .mobile),
        .valid("0176 12345678", "DE", "+4917612345678", "DE", .mobile),
        .valid("0800 1234567", "DE", "+498001234567", "DE", .tollFree),
        .valid("0900 1234567", "DE", "+499001234567", "DE", .premium),
        .valid("+49-(0)151-23456789", nil, "+4915123456789", "DE", .mobile),
        .valid("030 1234567-12", "DE", "+4930123456712", "DE", .landline),
        .invalid("030 1234567 Durchwahl 12", "DE", "phone.invalid_characters"),
        .missingTrunk("30 1234567", "DE", "+49301234567", .landline),
        .invalid("0151 2345678", "DE", "phone.invalid_length", country: "DE"),
        .invalid("0110 123456", "DE", "phone.invalid_prefix", country: "DE"),
        .invalid("+49 30 12345678901234", nil, "phone.invalid_length", country: "DE"),
    ]

    static let france: [PhoneCase] = [
        .valid("01 42 68 53 00", "FR", "+33142685300", "FR", .landline),
        .valid("01.42.68.53.00", "FR", "+33142685300", "FR", .landline),
        .valid("+33 1 42 68 53 00", nil, "+33142685300", "FR", .landline),
        .valid("+33 (0)1 42 68 53 00", nil, "+33142685300", "FR", .landline),
        .valid("0033 6 12 34 56 78", nil, "+33612345678", "FR", .mobile),
        .valid("06 12 34 56 78", "FR", "+33612345678", "FR", .mobile),
        .valid("07 81 23 45 67", "FR", "+33781234567", "FR", .mobile),
        .valid("0800 12 34 56", "FR", "+33800123456", "FR", .tollFree),
        .valid("0899 12 34 56", "FR", "+33899123456", "FR", .premium),
        .valid("09 72 12 34 56", "FR", "+33972123456", "FR", .landline),
        .valid("01 42 68 53 00 poste 12", "FR", "+33142685300", "FR", .landline, ext: "12"),
        .valid("Phone number: +33 (0) 6 12 34 56 78", nil, "+33612345678", "FR", .mobile),
        .placeholder("01 23 45 67 89", "FR"),
        .invalid("06 12 34 56 7", "FR", "phone.invalid_length", country: "FR"),
    ]

    static let spain: [PhoneCase] = [
        .valid("912 345 678", "ES", "+34912345678", "ES", .landline),
        .valid("+34 612 345 678", nil, "+34612345678", "ES", .mobile),
        .valid("0034 612345678", nil, "+34612345678", "ES", .mobile),
        .valid("612-345-678", "ES", "+34612345678", "ES", .mobile),
        .valid("712 345 678", "ES", "+34712345678", "ES", .mobile),
        .valid("34612345678", "ES", "+34612345678", "ES", .mobile),
        .valid("900 123 456", "ES", "+34900123456", "ES", .tollFree),
        .valid("902 123 456", "ES", "+34902123456", "ES", .premium),
        .valid("+34 93 412 34 56 ext. 9", nil, "+34934123456", "ES", .landline, ext: "9"),
        .placeholder("999999999", "ES"),
        .invalid("512 345 678", "ES", "phone.invalid_prefix", country: "ES"),
        .invalid("61234567", "ES", "phone.invalid_length", country: "ES"),
    ]

    static let otherCountries: [PhoneCase] = [
        .valid("+353 87 123 4567", nil, "+353871234567", "IE", .mobile),
        .valid("01 496 0123", "IE", "+35314960123", "IE", .landline),
        .valid("+39 06 1234 5678", nil, "+390612345678", "IT", .landline),
        .valid("333 123 4567", "IT", "+393331234567", "IT", .mobile),
        .valid("+31 6 12345678", nil, "+31612345678", "NL", .mobile),
        .valid("020 123 4567", "NL", "+31201234567", "NL", .landline),
        .valid("+32 470 12 34 56", nil, "+32470123456", "BE", .mobile),
        .valid("02 555 12 12", "BE", "+3225551212", "BE", .landline),
        .valid("+43 664 1234567", nil, "+436641234567", "AT", .mobile),
        .valid("+41 79 123 45 67", nil, "+41791234567", "CH", .mobile),
        .valid("044 668 18 00", "CH", "+41446681800", "CH", .landline),
        .valid("+351 912 345 678", nil, "+351912345678", "PT", .mobile),
        .valid("0412 345 678", "AU", "+61412345678", "AU", .mobile),
        .valid("+61 2 9876 5432", nil, "+61298765432", "AU", .landline),
        .valid("55 1234 5678", "MX", "+525512345678", "MX", .unknown),
        .valid("044 55 1234 5678", "MX", "+525512345678", "MX", .unknown),
        .valid("+52 1 55 1234 5678", nil, "+525512345678", "MX", .unknown),
        .valid("+48 601 234 567", "DE", "+48601234567", "PL", .unknown),
        .valid("+7 701 123 4567", nil, "+77011234567", "KZ", .unknown),
        .valid("+7 912 345 6789", nil, "+79123456789", "RU", .unknown),
        .invalid("+999 123 456 789", nil, "phone.unknown_country"),
        .invalid("08-123 45 67", "SE", "phone.unsupported_country", country: "SE"),
        .invalid("+46 8 12", nil, "phone.invalid_length"),
    ]

    static let junk: [PhoneCase] = [
        .placeholder("none", "US"),
        .placeholder(" N/A ", "GB"),
        .placeholder("-", nil),
        .placeholder("123456789", "FR"),
        .placeholder("0123456789", "DE"),
        .placeholder("9876543210", "US"),
        .invalid("12345", "US", "phone.invalid_length"),
        .invalid("", "US", "phone.invalid_length"),
        .invalid("call me", "US", "phone.invalid_characters"),
        .invalid("+1 602 870 1390 / +1 602 870 1391", nil, "phone.invalid_characters"),
        .invalid("602*870*1390", "US", "phone.invalid_characters"),
        .invalid("+44 20 7946 0123 4567 8901 2345", nil, "phone.invalid_length"),
    ]

    @Test(arguments: northAmerica)
    func northAmericanNumbers(_ row: PhoneCase) { check(row) }

    @Test(arguments: unitedKingdom)
    func britishNumbers(_ row: PhoneCase) { check(row) }

    @Test(arguments: germany)
    func germanNumbers(_ row: PhoneCase) { check(row) }

    @Test(arguments: france)
    func frenchNumbers(_ row: PhoneCase) { check(row) }

    @Test(arguments: spain)
    func spanishNumbers(_ row: PhoneCase) { check(row) }

    @Test(arguments: otherCountries)
    func otherNumbers(_ row: PhoneCase) { check(row) }

    @Test(arguments: junk)
    func junkNumbers(_ row: PhoneCase) { check(row) }

    @Test func canadianAreaCodes() {
        for code in CanadianAreaCodes.codes { #expect(CanadianAreaCodes.contains(code), "\(code)") }
        for code in [212, 602, 617, 800, 999, 0, 1023] { #expect(!CanadianAreaCodes.contains(code), "\(code)") }
    }

    @Test func callingCodesArePrefixFree() {
        var codes: [String] = []
        for code in 1...999 {
            let digits = Array(String(code).utf8)
            let match = digits.withUnsafeBufferPointer(CallingCodes.match)
            if let match, match.length == digits.count { codes.append(String(code)) }
        }
        #expect(codes.count > 200)
        for code in codes {
            #expect(!codes.contains { $0 != code && $0.hasPrefix(code) }, "\(code)")
        }
        for plan in PhonePlan.allCases {
            #expect(PhonePlan.of(callingCode: plan.callingCode) == plan)
        }
    }

    private func check(_ row: PhoneCase) {
        var findings: [Finding] = []
        let phone = PhoneNormalizer.normalize(row.raw, defaultCountry: row.region, findings: &findings)
        #expect(phone == row.expected)
        #expect(findings == (row.finding.map { [$0] } ?? []))
    }
}
