import GoldenCore
import Testing

@testable import Normalize

@Suite("Gender, loyalty cards, usernames and locales")
struct IdentifierTests {
    @Test(arguments: [
        ("F", Gender.female, nil), ("female", .female, nil), ("W", .female, nil), ("weiblich", .female, nil),
        ("Femme", .female, nil), ("mujer", .female, nil), ("M", .male, nil), ("Male", .male, nil),
        ("männlich", .male, nil), ("Homme", .male, nil), ("H", .male, nil), ("X", .other, nil),
        ("divers", .other, nil), ("non-binary", .other, nil), ("", nil, nil), ("U", nil, nil),
        ("unknown", nil, nil), ("banana", nil, "gender.unknown"),
    ] as [(String, Gender?, String?)])
    func gender(raw: String, expected: Gender?, finding: String?) {
        var findings: [Finding] = []
        #expect(GenderNormalizer.normalize(raw, findings: &findings) == expected)
        #expect(findings.map(\.code) == (finding.map { [$0] } ?? []))
    }

    @Test(arguments: [
        ("6009017082119", "6009017082119", nil), (" 6009 0170 8211 9 ", "6009017082119", nil),
        ("6009-0170-8211-9", "6009017082119", nil), ("lc-12345", "LC12345", nil), ("", nil, nil),
        ("0000000000", nil, "loyalty_card.placeholder"), ("none", nil, "loyalty_card.invalid"),
        ("12/34", nil, "loyalty_card.invalid"),
    ] as [(String, String?, String?)])
    func loyaltyCard(raw: String, expected: String?, finding: String?) {
        var findings: [Finding] = []
        #expect(IdentifierNormalizer.loyaltyCard(raw, findings: &findings) == expected)
        #expect(findings.map(\.code) == (finding.map { [$0] } ?? []))
    }

    @Test(arguments: [
        ("@JohnnyS", "johnnys"), ("  smithy_9480 ", "smithy_9480"), ("", nil), ("@", nil),
    ] as [(String, String?)])
    func username(raw: String, expected: String?) {
        #expect(IdentifierNormalizer.username(raw) == expected)
    }

    @Test(arguments: [
        ("en_gb", "en-GB", nil), ("EN-us", "en-US", nil), ("de_DE.UTF-8", "de-DE", nil), ("fr", "fr", nil),
        ("english", nil, "locale.invalid"), ("en_GBR", nil, "locale.invalid"), ("", nil, nil),
    ] as [(String, String?, String?)])
    func locale(raw: String, expected: String?, finding: String?) {
        var findings: [Finding] = []
        #expect(IdentifierNormalizer.locale(raw, findings: &findings) == expected)
        #expect(findings.map(\.code) == (finding.map { [$0] } ?? []))
    }
}
