import GoldenCore
import Testing

@testable import Normalize

/// One postcode case: the text, country and region, and the expected code, extension and findings.
struct PostcodeCase: Sendable, CustomTestStringConvertible {
    var text: String
    var country: String?
    var region: String?
    var postcode: String?
    var plusFour: String?
    var findings: [String]

    init(_ text: String, _ country: String?, region: String? = nil, _ postcode: String?, plusFour: String? = nil,
         _ findings: [String] = [])
    {
        self.text = text
        self.country = country
        self.region = region
        self.postcode = postcode
        self.plusFour = plusFour
        self.findings = findings
    }

    var testDescription: String { "\(text) (\(country ?? "-"))" }
}

@Suite("Postcodes by country")
struct PostcodeTests {
    static let restored = "postcode.leading_zero_restored"
    static let invalid = "postcode.invalid"
    static let placeholder = "postcode.placeholder"

    static let cases: [PostcodeCase] = [
        // US ZIP and ZIP+4, lost leading zeros.
        .init("77078", "US", region: "TX", "77078"),
        .init("77078-4909", "US", region: "TX", "77078", plusFour: "4909"),
        .init("770784909", "US", region: "TX", "77078", plusFour: "4909"),
        .init("77078 4909", "US", "77078", plusFour: "4909"),
        .init(" 10001 ", "US", region: "NY", "10001"),
        .init("2134", "US", region: "MA", "02134", [restored]),
        .init("2134-1234", "US", region: "MA", "02134", plusFour: "1234", [restored]),
        .init("21341234", "US", region: "MA", "02134", plusFour: "1234", [restored]),
        .init("7030", "US", region: "NJ", "07030", [restored]),
        .init("501", "US", region: "NY", "00501", [restored]),
        .init("601", "US", region: "PR", "00601", [restored]),
        .init("2134", "US", region: "TX", nil, [invalid]),
        .init("2134", "US", nil, [invalid]),
        .init("1234", "US", region: "NY", nil, [invalid]),
        .init("7707", "US", region: "CA", nil, [invalid]),
        .init("ABCDE", "US", nil, [invalid]),
        .init("77078-49", "US", nil, [invalid]),
        .init("00123", "US", nil, [invalid]),
        .init("00000", "US", nil, [placeholder]),
        .init("99999", "US", nil, [placeholder]),
        .init("XXXXX", "GB", nil, [placeholder]),
        .init("n/a", "GB", nil, [placeholder]),
        .init("-", "DE", nil, [placeholder]),
        // UK.
        .init("sw1a1aa", "GB", "SW1A 1AA"),
        .init("SW1A 1AA", "GB", "SW1A 1AA"),
        .init("ec1a 1bb", "GB", "EC1A 1BB"),
        .init("M1 1AE", "GB", "M1 1AE"),
        .init("b338th", "GB", "B33 8TH"),
        .init("CR2 6XH", "GB", "CR2 6XH"),
        .init("DN55 1PT", "GB", "DN55 1PT"),
        .init("W1A 0AX", "GB", "W1A 0AX"),
        .init("gir 0aa", "GB", "GIR 0AA"),
        .init("GY1 1AA", "GG", "GY1 1AA"),
        .init("QX1 1AA", "GB", nil, [invalid]),
        .init("SW1A 1AI", "GB", nil, [invalid]),
        .init("12345", "GB", nil, [invalid]),
        // Canada.
        .init("k1a0b1", "CA", "K1A 0B1"),
        .init("K1A-0B1", "CA", "K1A 0B1"),
        .init("D1A 0B1", "CA", nil, [invalid]),
        .init("W1A 0B1", "CA", nil, [invalid]),
        // Germany, France, Spain.
        .init("D-04109", "DE", "04109"),
        .init("D 04109", "DE", "04109"),
        .init("04109", "DE", "04109"),
        .init("DE-10115", "DE", "10115"),
        .init("4109", "DE", "04109", [restored]),
        .init("00123", "DE", nil, [invalid]),
        .init("123456", "DE", nil, [invalid]),
        .init("F-75001", "DE", nil, [invalid]),
        .init("F-75001", "FR", "75001"),
        .init("1000", "FR", "01000", [restored]),
        .init("75001 Paris", "FR", nil, [invalid]),
        .init("28013", "ES", "28013"),
        .init("8001", "ES", "08001", [restored]),
        .init("E-28013", "ES", "28013"),
        .init("60001", "ES", nil, [invalid]),
        // Netherlands, Ireland.
        .init("1234ab", "NL", "1234 AB"),
        .init("1012 JS", "NL", "1012 JS"),
        .init("1234 SA", "NL", nil, [invalid]),
        .init("0123 AB", "NL", nil, [invalid]),
        .init("1234", "NL", nil, [invalid]),
        .init("D02 X285", "IE", "D02 X285"),
        .init("d02x285", "IE", "D02 X285"),
        .init("A65F4E2", "IE", "A65 F4E2"),
        .init("D6W 1234", "IE", "D6W 1234"),
        .init("B12 3456", "IE", nil, [invalid]),
        // Other countries with digit formats.
        .init("11423", "SE", "114 23"),
        .init("S-114 23", "SE", "114 23"),
        .init("00-950", "PL", "00-950"),
        .init("00950", "PL", "00-950"),
        .init("1000-001", "PT", "1000-001"),
        .init("CH-8001", "CH", "8001"),
        .init("A-1010", "AT", "1010"),
        .init("00186", "IT", "00186"),
        .init("1000001", "JP", "100-0001"),
        .init(" 110001 ", "IN", "110001"),
        .init("123456", "KR", nil, [invalid]),
        // Countries without a format here, and no country.
        .init("c1425dka", "AR", "C1425DKA"),
        .init("10115", nil, "10115"),
        .init(" abc  123 ", nil, "ABC 123"),
    ]

    @Test(arguments: cases)
    func postcode(_ c: PostcodeCase) {
        var findings: [Finding] = []
        let result = PostcodeNormalizer.normalize(c.text, country: c.country, region: c.region, findings: &findings)
        #expect(result.postcode == c.postcode)
        #expect(result.plusFour == c.plusFour)
        #expect(findings.map(\.code) == c.findings)
        #expect(findings.allSatisfy { $0.attribute == .postcode })
    }

    @Test(arguments: [
        ("SW1A 1AA", true, false, false),
        ("ec1a1bb", true, false, false),
        ("K1A 0B1", false, true, false),
        ("77078", false, false, true),
        ("77078-4909", false, false, true),
        ("7707", false, false, false),
        ("1234 AB", false, false, false),
    ])
    func shapes(text: String, uk: Bool, canada: Bool, zip: Bool) {
        text.withUTF8Bytes { bytes in
            #expect(PostcodeNormalizer.isUKShaped(bytes) == uk)
            #expect(PostcodeNormalizer.isCanadaShaped(bytes) == canada)
            #expect(PostcodeNormalizer.isZIPShaped(bytes) == zip)
        }
    }
}
