import GoldenCore
import Testing

@testable import Normalize

/// The fast paths give the same answers as the general ones they skip.
@Suite("Text fast paths")
struct TextFastPathTests {
    static let samples = [
        "John Smith", "SMITH,   JOHN", "  O'Brien ", "Köln", "Saint-Étienne", "Ærøskøbing", "Straße",
        "Dvořák", "Ştefan Țiriac", "Łódź", "Ελληνικά", "Дмитрий", "Jose\u{301}", "Mu\u{308}ller",
        "No.\u{00A0}12", "a\tb", "x\u{2003}y", "\u{385}", "\u{374}x", "\u{2000}", "ǅemal", "ɐ ʃ", "李小龍", "🙂 ok",
        "", " ", "-", "A\u{0300}", "x\u{FEFF}", "1 Main St.", "Apt #4-B", "×÷",
    ]

    @Test(arguments: IdentityAttribute.allCases)
    func attributeByName(attribute: IdentityAttribute) {
        #expect(IdentityFields.attribute(named: attribute.rawValue) == attribute)
    }

    @Test(arguments: [
        "", "name", "Email", "emails", "address_line3", "address_line", "given", "city ", "cityx", "full-name",
        "emaik", "addrese_line2", "date_of_birtH", "loyalty_cart", "c\u{FC}ty",
    ])
    func notAnAttribute(name: String) {
        #expect(IdentityFields.attribute(named: name) == IdentityAttribute(rawValue: name))
        #expect(IdentityFields.attribute(named: name) == nil)
    }

    @Test(arguments: samples)
    func keyMatchesGeneralPath(text: String) {
        var general: [UInt8] = []
        text.withUTF8Bytes { ComparisonKey.append($0, to: &general) }
        #expect(Array(ComparisonKey.make(text).utf8) == general)
    }

    @Test(arguments: samples)
    func cleanMatchesGeneralPath(text: String) {
        // The general path: whitespace runs to one space, trimmed, then NFC.
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            if DisplayText.isWhitespace(scalar.value) {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else {
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        let expected = String(decoding: words.joined(separator: " ")._nfcCodeUnits, as: UTF8.self)
        #expect(Array(DisplayText.clean(text).utf8) == Array(expected.utf8))
    }

    @Test(arguments: [("Köln", true), ("Saint Étienne", true), ("Дмитрий", true), ("Jose\u{301}", false),
                      (" x", false), ("x  y", false), ("x\u{00A0}y", false), ("\u{374}", false), ("李", false)])
    func alreadyClean(text: String, clean: Bool) {
        #expect(text.withUTF8Bytes(DisplayText.isClean) == clean)
    }
}
