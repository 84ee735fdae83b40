import GoldenCore
import Testing

@testable import Normalize

/// Unicode forms, odd and oversized input: the normalizer composes, trims and caps, and never
/// crashes.
@Suite("Name normalizer: Unicode and robustness")
struct NameRobustnessTests {
    /// Decomposed accents, non-breaking and other spaces, curly apostrophes, dashes, other scripts.
    @Test(arguments: [
        ("Jose\u{301} Garci\u{301}a", "g=José/jose f=García/garcia", ""),
        ("Mu\u{308}ller, Hans", "g=Hans/hans f=Müller/muller alt=mueller", ""),
        ("MU\u{308}LLER", "f=Müller/muller alt=mueller", ""),
        ("John\u{A0}Smith", "g=John/john f=Smith/smith", ""),
        ("  John \t Smith \n", "g=John/john f=Smith/smith", ""),
        ("\u{FEFF}John\u{2009}Smith", "g=John/john f=Smith/smith", ""),
        ("O\u{2019}Brien, Patrick", "g=Patrick/patrick f=O\u{2019}Brien/obrien", ""),
        ("o\u{2019}brien, patrick", "g=Patrick/patrick f=O\u{2019}Brien/obrien", ""),
        ("Wilson\u{2013}McKenzie, Emma", "g=Emma/emma f=Wilson\u{2013}McKenzie/wilson mckenzie alt=mackenzie,mckenzie,wilson,wilson mackenzie", ""),
        ("JOSÉ GARCÍA", "g=José/jose f=García/garcia", ""),
        ("ΣΩΚΡΑΤΗΣ", "f=Σωκρατης/σωκρατης", ""),
        ("Иван Петрович Сидоров", "g=Иван/иван m=Петрович/петрович f=Сидоров/сидоров", ""),
        ("", "", ""),
        ("   ", "", ""),
        ("\u{A0}\u{2003}", "", ""),
        (",,,;;;", "", "name.placeholder:placeholder"),
        ("&", "", "name.placeholder:placeholder"),
        ("and and", "", "name.placeholder:placeholder"),
        ("\"Johnny\"", "", "name.placeholder:placeholder"),
        ("(", "", "name.placeholder:placeholder"),
        ("John (", "g=John/john", ""),
        ("😀 John 😀 Smith", "g=John/john f=Smith/smith", ""),
        ("\u{301}\u{301}", "", "name.placeholder:placeholder"),
    ])
    func unicodeForms(text: String, expected: String, findings: String) {
        NameFullNameTests.check(text, expected, findings)
    }

    /// The workspace stays within the 1 KiB that temporary allocations always get on the stack.
    @Test func workspaceFitsOnTheStack() {
        #expect(MemoryLayout<NameToken>.stride * NameWorkspace.tokenCapacity <= 1_024)
        #expect(NameWorkspace.byteCapacity <= 1_024)
    }

    /// Over 256 bytes: cut at a space, reported, and parsed.
    @Test func tooLong() {
        let text = String(repeating: "Alexander ", count: 1_000)
        var findings: [Finding] = []
        let result = NameNormalizer.normalize(NameInput(fullName: text), findings: &findings)
        #expect(findings == [Finding(.fullName, .invalid, "name.too_long")])
        #expect(result.names.count == 1)
        let name = result.names[0]
        #expect(name.given == "Alexander" && name.family == "Alexander" && name.familyKey == "alexander")
        #expect(name.raw.utf8.count <= 256 && text.hasPrefix(name.raw))
    }

    @Test(arguments: [
        String(repeating: "a", count: 10_000),
        String(repeating: "é", count: 5_000),
        String(repeating: "e\u{301}", count: 4_000),
        String(repeating: "&", count: 10_000),
        String(repeating: "Mr ", count: 3_000),
        String(repeating: "x_", count: 5_000),
        String(repeating: "a b ", count: 2_500),
        String(repeating: "\u{1F600}", count: 3_000),
        String(repeating: "(", count: 10_000),
        String(repeating: "Ab-", count: 3_000),
    ])
    func oversizedFieldsAreCapped(text: String) {
        var findings: [Finding] = []
        let result = NameNormalizer.normalize(NameInput(fullName: text), findings: &findings)
        #expect(findings.first == Finding(.fullName, .invalid, "name.too_long"))
        #expect(result.names.allSatisfy(NameSummary.isWellFormed))
        #expect(result.names.allSatisfy { $0.raw.utf8.count <= 256 })
        var partFindings: [Finding] = []
        let parts = NameNormalizer.normalize(
            NameInput(title: text, given: text, middle: text, family: text, suffix: text), findings: &partFindings)
        #expect(parts.names.allSatisfy(NameSummary.isWellFormed))
        #expect(partFindings.filter { $0.code == "name.too_long" }.count == 5)
    }

    /// Random strings from the characters that matter to the parser: no crash, well-formed
    /// results, and a given or family name in every person returned.
    @Test func randomInput() {
        let alphabet: [String] = [
            "a", "B", "é", "Ü", "ß", "Д", "λ", "李", "J.", " ", " ", "\u{A0}", ",", ";", "&", "and", "-", "'",
            "\u{2019}", ".", "\"", "(", ")", "Mr", "Mrs", "Dr.", "Jr", "III", "van", "de", "la", "Mc", "O'",
            "1", "_", "@", "\u{301}", "\u{308}", "\u{200D}", "😀", "x", "test", "Sr", "Don", "M.",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
        func randomText() -> String? {
            let length = next(12)
            guard length > 0 else { return nil }
            return (0..<length).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
        for _ in 0..<2_000 {
            var findings: [Finding] = []
            let full = NameNormalizer.normalize(NameInput(fullName: randomText()), findings: &findings)
            let parts = NameNormalizer.normalize(
                NameInput(title: randomText(), given: randomText(), middle: randomText(), family: randomText(), suffix: randomText()),
                findings: &findings)
            for name in full.names + parts.names {
                #expect(NameSummary.isWellFormed(name))
                #expect(name.given != nil || name.family != nil)
            }
            #expect(full.names.count <= 2 && parts.names.count <= 2)
            #expect(!findings.contains { $0.code.isEmpty })
        }
    }
}
