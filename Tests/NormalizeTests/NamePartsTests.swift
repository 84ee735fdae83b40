import GoldenCore
import Testing

@testable import Normalize

/// Separate name fields, and a full name beside them: each case is the input, the summary of the
/// people (see ``NameSummary``) and the findings.
@Suite("Name normalizer: separate fields")
struct NamePartsTests {
    static func check(_ input: NameInput, _ expected: String, _ findings: String) {
        var found: [Finding] = []
        let result = NameNormalizer.normalize(input, findings: &found)
        let summary = NameSummary.of(result.names)
        #expect(summary == expected, "\(input)")
        #expect(summary.utf8.elementsEqual(expected.utf8), "NFC bytes: \(input)")
        #expect(NameSummary.of(found) == findings, "\(input)")
        #expect(result.isJoint == expected.contains(" | "), "\(input)")
        #expect(result.names.allSatisfy(NameSummary.isWellFormed), "\(input)")
    }

    @Test(arguments: [
        (NameInput(given: "John", family: "Smith"), "g=John/john f=Smith/smith", ""),
        (NameInput(given: "John A.", family: "Smith"), "g=John/john m=A./a f=Smith/smith", ""),
        (NameInput(given: "John", family: "Smith Jr"), "g=John/john f=Smith/smith s=jr", ""),
        (NameInput(given: "John", middle: "A. B.", family: "Smith"), "g=John/john m=A. B./a b f=Smith/smith", ""),
        (NameInput(given: "John Paul", middle: "George", family: "Jones"), "g=John/john m=Paul George/paul george f=Jones/jones", ""),
        (NameInput(given: "John", middle: "Fitzgerald Ken", family: "Kennedy"), "g=John/john m=Fitzgerald Ken/fitzgerald ken f=Kennedy/kennedy", ""),
        (NameInput(title: "Mr", given: "John", family: "Smith"), "t=mr g=John/john f=Smith/smith", ""),
        (NameInput(title: "MR.", given: "JOHN", family: "SMITH"), "t=mr g=John/john f=Smith/smith", ""),
        (NameInput(title: "Herr Dr.", given: "Hans", family: "Müller"), "t=herr g=Hans/hans f=Müller/muller alt=mueller", ""),
        (NameInput(title: "Sr.", given: "José", family: "García"), "t=sr g=José/jose f=García/garcia", ""),
        (NameInput(title: "Captain", given: "Jack", family: "Sparrow"), "t=captain g=Jack/jack f=Sparrow/sparrow", ""),
        (NameInput(given: "Mr John", family: "Smith"), "t=mr g=John/john f=Smith/smith", ""),
        (NameInput(given: "Don", family: "Smith"), "g=Don/don f=Smith/smith", ""),
        (NameInput(given: "John", family: "Smith", suffix: "III"), "g=John/john f=Smith/smith s=iii", ""),
        (NameInput(given: "John", family: "Smith", suffix: "Esquire"), "g=John/john f=Smith/smith s=esq", ""),
        (NameInput(given: "John", family: "Smith Jr", suffix: "PhD"), "g=John/john f=Smith/smith s=phd", ""),
        (NameInput(family: "Smith"), "f=Smith/smith", ""),
        (NameInput(family: " van der berg"), "f=van der Berg/van der berg alt=berg", ""),
        (NameInput(fullName: "John Smith", family: "SMITH"), "f=Smith/smith", ""),
        (NameInput(given: "Dennis"), "g=Dennis/dennis", ""),
        (NameInput(given: "Jean-Pierre", family: "DUPONT"), "g=Jean-Pierre/jean pierre f=Dupont/dupont", ""),
        (NameInput(given: "MARY", family: "O'NEILL"), "g=Mary/mary f=O'Neill/oneill", ""),
        (NameInput(given: "mary", family: "mcdonald"), "g=Mary/mary f=McDonald/mcdonald alt=macdonald", ""),
        (NameInput(given: "Ludwig", family: "van Beethoven"), "g=Ludwig/ludwig f=van Beethoven/van beethoven alt=beethoven", ""),
        (NameInput(given: "Emma", family: "Wilson-McKenzie"), "g=Emma/emma f=Wilson-McKenzie/wilson mckenzie alt=mackenzie,mckenzie,wilson,wilson mackenzie", ""),
        (NameInput(given: "María José", family: "García López"), "g=María/maria m=José/jose f=García López/garcia lopez alt=garcia,lopez", ""),
        (NameInput(given: "Carmen", family: "de la Fuente"), "g=Carmen/carmen f=de la Fuente/de la fuente alt=fuente", ""),
        (NameInput(given: "J", family: "Smith"), "g=J/j* f=Smith/smith", "name.initial_only:partial"),
        (NameInput(given: "Unknown", family: "Smith"), "f=Smith/smith", "name.placeholder:placeholder"),
        (NameInput(title: "N/A", given: "John", family: "Smith"), "g=John/john f=Smith/smith", "name.placeholder:placeholder"),
        (NameInput(given: "Test", family: "User"), "", "name.placeholder:placeholder,name.placeholder:placeholder"),
        (NameInput(given: "smithy_9480"), "", "name.not_a_name:invalid"),
        (NameInput(given: "   ", family: "\u{A0}"), "", ""),
        (NameInput(), "", ""),
        (NameInput(title: "Mr & Mrs", given: "John", family: "Smith"), "t=mr g=John/john f=Smith/smith | t=mrs f=Smith/smith", "name.joint:ambiguous"),
        (NameInput(given: "John & Mary", family: "Smith"), "g=John/john f=Smith/smith | g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
        (NameInput(title: "Mr & Mrs", given: "John and Mary", family: "Smith"), "t=mr g=John/john f=Smith/smith | t=mrs g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
    ])
    func separateFields(input: NameInput, expected: String, findings: String) {
        Self.check(input, expected, findings)
    }

    /// The full name is parsed only when the record has no given and no family name (or only
    /// unusable ones); its title, middle and suffix gaps are filled from the separate fields.
    @Test(arguments: [
        (NameInput(fullName: "Ignored Full", given: "Mary", family: "Jones"), "g=Mary/mary f=Jones/jones", ""),
        (NameInput(fullName: "John Smith", title: "Dr"), "t=dr g=John/john f=Smith/smith", ""),
        (NameInput(fullName: "Mr John Smith", title: "Dr"), "t=mr g=John/john f=Smith/smith", ""),
        (NameInput(fullName: "John Smith", suffix: "Jr."), "g=John/john f=Smith/smith s=jr", ""),
        (NameInput(fullName: "John Smith", middle: "Fitzgerald"), "g=John/john m=Fitzgerald/fitzgerald f=Smith/smith", ""),
        (NameInput(fullName: "John A. Smith", middle: "Fitzgerald"), "g=John/john m=A./a f=Smith/smith", ""),
        (NameInput(fullName: "John Smith", given: "Test", family: "User"), "g=John/john f=Smith/smith", "name.placeholder:placeholder,name.placeholder:placeholder"),
        (NameInput(fullName: "John Smith", given: " ", family: ""), "g=John/john f=Smith/smith", ""),
    ])
    func fullNameBesideFields(input: NameInput, expected: String, findings: String) {
        Self.check(input, expected, findings)
    }

    /// Findings name the field they are about.
    @Test(arguments: [
        (NameInput(fullName: "J. Smith"), [Finding(.fullName, .partial, "name.initial_only")]),
        (NameInput(given: "J", family: "Smith"), [Finding(.givenName, .partial, "name.initial_only")]),
        (NameInput(given: "Unknown", family: "Smith"), [Finding(.givenName, .placeholder, "name.placeholder")]),
        (NameInput(given: "John", family: "xxx"), [Finding(.familyName, .placeholder, "name.placeholder")]),
        (NameInput(title: "N/A", given: "John", family: "Smith"), [Finding(.title, .placeholder, "name.placeholder")]),
        (NameInput(given: "John", family: "smith_1"), [Finding(.familyName, .invalid, "name.not_a_name")]),
        (NameInput(fullName: "John & Mary Smith"), [Finding(.fullName, .ambiguous, "name.joint")]),
        (NameInput(given: "John & Mary", family: "Smith"), [Finding(.givenName, .ambiguous, "name.joint")]),
        (NameInput(title: "Mr & Mrs", given: "John", family: "Smith"), [Finding(.title, .ambiguous, "name.joint")]),
        (NameInput(fullName: "Mr"), [Finding(.fullName, .placeholder, "name.placeholder")]),
        (NameInput(fullName: "cgreen6217"), [Finding(.fullName, .invalid, "name.not_a_name")]),
    ])
    func findingAttributes(input: NameInput, expected: [Finding]) {
        var found: [Finding] = []
        _ = NameNormalizer.normalize(input, findings: &found)
        #expect(found == expected)
    }

    /// `raw`: the full-name field as it was, or the fields joined in order, each trimmed.
    @Test(arguments: [
        (NameInput(fullName: "  SMITH, JOHN "), "  SMITH, JOHN "),
        (NameInput(title: " Mr ", given: "John", middle: "A", family: "Smith ", suffix: "Jr"), "Mr John A Smith Jr"),
        (NameInput(given: "Unknown", family: "Smith"), "Unknown Smith"),
        (NameInput(family: "O'Brien"), "O'Brien"),
        (NameInput(fullName: "Ignored", given: "Mary", family: "Jones"), "Mary Jones"),
    ])
    func raw(input: NameInput, expected: String) {
        var found: [Finding] = []
        let names = NameNormalizer.normalize(input, findings: &found).names
        #expect(names.map(\.raw) == [expected])
    }
}
