import GoldenCore
import Testing

@Suite("ASCII lower case, as SQLite's lower() without ICU")
struct ASCIILowercaseTests {
    @Test(arguments: [
        ("", ""),
        ("already lower", "already lower"),
        ("J.Smith@Example.COM", "j.smith@example.com"),
        ("AZ az @[`{", "az az @[`{"),
        ("ÉCOLE Müller ÅSA", "École müller Åsa"),
        ("İstanbul", "İstanbul"),
        ("MIXED123_-+Tag", "mixed123_-+tag"),
    ])
    func lowersOnlyASCIILetters(input: String, expected: String) {
        #expect(input.asciiLowercased.utf8.elementsEqual(expected.utf8))
    }

    @Test(arguments: [
        ("", ""),
        ("GBP", "GBP"),
        ("gbp", "GBP"),
        ("az AZ @[`{", "AZ AZ @[`{"),
        ("école müller åsa", "éCOLE MüLLER åSA"),
        ("mixed123_-+Tag", "MIXED123_-+TAG"),
    ])
    func raisesOnlyASCIILetters(input: String, expected: String) {
        #expect(input.asciiUppercased.utf8.elementsEqual(expected.utf8))
    }
}
