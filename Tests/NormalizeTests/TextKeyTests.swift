import Testing

@testable import Normalize

@Suite("Comparison keys and display text")
struct TextKeyTests {
    @Test(arguments: [
        ("José", "jose"),
        ("Jose\u{301}", "jose"),
        ("Müller", "muller"),
        ("  O'Brien ", "obrien"),
        ("O\u{2019}Brien", "obrien"),
        ("Wilson-McKenzie", "wilson mckenzie"),
        ("SMITH,   JOHN", "smith john"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("Ærøskøbing", "aeroskobing"),
        ("Dvořák", "dvorak"),
        ("Ştefan Țiriac", "stefan tiriac"),
        ("Дмитрий", "дмитрий"),
        ("St. John's", "st johns"),
        ("J.", "j"),
        ("--", ""),
        ("", ""),
        ("No.\u{00A0}12", "no 12"),
    ])
    func key(input: String, expected: String) {
        #expect(ComparisonKey.make(input) == expected)
    }

    @Test(arguments: [
        ("Müller", "mueller"),
        ("KÜHN", "kuehn"),
        ("Schrödinger", "schroedinger"),
        ("José", "jose"),
    ])
    func germanStyleKey(input: String, expected: String) {
        #expect(ComparisonKey.make(input, germanStyle: true) == expected)
    }

    @Test(arguments: [
        ("  John \t  Smith\n", "John Smith"),
        ("Jose\u{301}", "José"),
        ("Mu\u{308}ller\u{00A0}GmbH", "Müller GmbH"),
        ("O'Brien", "O'Brien"),
        ("", ""),
        ("   ", ""),
    ])
    func display(input: String, expected: String) {
        let cleaned = DisplayText.clean(input)
        #expect(cleaned == expected)
        #expect(Array(cleaned.utf8) == Array(expected.utf8))
    }
}
