import GoldenCore
import Testing

@testable import Ingest

/// The byte-level helpers agree with the `String` operations they stand in for.
@Suite struct UTF8TextTests {
    static let trimCases: [(String, String)] = [
        ("", ""), ("   ", ""), ("abc", "abc"), ("  abc  ", "abc"), ("\t\r\nabc\n", "abc"),
        ("\u{00A0}abc\u{00A0}", "abc"), ("\u{00A0} \u{00A0}", ""), ("a b", "a b"), (" é ", "é"),
        ("\u{2003}abc", "\u{2003}abc"), ("abc\u{00A0}\u{00A0} ", "abc"), ("Ä\u{00A0}", "Ä"),
    ]

    @Test(arguments: trimCases)
    func trims(text: String, expected: String) {
        var text = text
        let trimmed = text.withUTF8 { UTF8Text.string(UTF8Text.trimmed(UnsafeRawBufferPointer($0))) }
        #expect(trimmed == expected)
        #expect(text.trimmedValue == expected)
    }

    static let splitCases: [(String, String, Int, String?)] = [
        ("SMITH, JOHN", ",", 0, "SMITH"), ("SMITH, JOHN", ",", 1, " JOHN"), ("SMITH, JOHN", ",", -1, " JOHN"),
        ("SMITH, JOHN", ",", -2, "SMITH"), ("SMITH, JOHN", ",", -3, nil), ("SMITH, JOHN", ",", 2, nil),
        ("Madonna", ",", 0, "Madonna"), ("Madonna", ",", 1, nil), ("a|b|c", "|", 2, "c"), ("a||c", "|", 1, ""),
        (",", ",", 0, ""), (",", ",", 1, ""), ("a--b--c", "--", 1, "b"), ("a---b", "--", 1, "-b"),
        ("abc", "abcd", 0, "abc"), ("", ",", 0, ""),
    ]

    @Test(arguments: splitCases)
    func splits(text: String, separator: String, index: Int, expected: String?) {
        var text = text
        var separator = separator
        let part = text.withUTF8 { bytes in
            separator.withUTF8 { separator in
                UTF8Text.part(index, of: UnsafeRawBufferPointer(bytes), separatedBy: UnsafeRawBufferPointer(separator))
                    .map(UTF8Text.string)
            }
        }
        #expect(part == expected)
        let parts = text.components(separatedBy: separator)
        let wanted = index >= 0 ? index : parts.count + index
        #expect(part == (parts.indices.contains(wanted) ? parts[wanted] : nil))
    }

    @Test(arguments: [
        ("abc", ",", true), ("a,b", ",", true), ("é,b", ",", false), ("a,b", "é", false), ("a\r\nb", "\r", false),
        ("a\nb", "\n", false), ("a b", " ", true),
    ])
    func splitsBytesOnlyWhereCharactersAgree(text: String, separator: String, expected: Bool) {
        var text = text
        var separator = separator
        let can = text.withUTF8 { bytes in
            separator.withUTF8 { UTF8Text.canSplitBytes(UnsafeRawBufferPointer(bytes), on: UnsafeRawBufferPointer($0)) }
        }
        #expect(can == expected)
    }

    /// Byte and `String` paths of the split modifier give the same value, ASCII or not.
    @Test(arguments: [
        ("SMITH, JOHN", ",", 1), ("  Ä, Ö ", ",", 1), ("e\u{301},x", ",", 0), ("a\r\nb", "\r", 0),
        ("x\u{00A0},\u{00A0}y", ",", -1), ("a, ", ",", 1),
    ])
    func splitModifierMatchesStringPath(text: String, separator: String, part: Int) {
        var modifiers = FieldModifiers()
        modifiers.split = separator
        modifiers.part = part
        let parts = text.trimmedValue.components(separatedBy: separator)
        let index = part >= 0 ? part : parts.count + part
        let expected = parts.indices.contains(index) ? parts[index].trimmedValue : ""
        #expect(modifiers.apply(to: text) == (expected.isEmpty ? nil : expected))
    }

    @Test(arguments: [
        ("12.50", 125_000), ("  $+12.50+ ", 125_000), ("12.50 €", 125_000), ("¥ 3", 30_000), ("(1,234.50)", -12_345_000),
        ("12,50", 125_000), ("1'234", 12_340_000),
    ] as [(String, Int64)])
    func amountsFromBytes(text: String, expected: Int64) {
        var text = text
        let amount = text.withUTF8 { Amount(parsingUTF8: UnsafeRawBufferPointer($0)) }
        #expect(amount?.tenThousandths == expected)
    }

    @Test(arguments: ["(", "()", "£", "-", "1,2,3", "12,5,0.1", "$"])
    func badAmountsFromBytes(text: String) {
        var text = text
        #expect(text.withUTF8 { Amount(parsingUTF8: UnsafeRawBufferPointer($0)) } == nil)
    }
}
