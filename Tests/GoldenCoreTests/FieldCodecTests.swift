import GoldenCore
import Testing

@Suite struct FieldCodecTests {
    @Test(arguments: [
        ([], "[]"),
        ([Field("given_name", "John"), Field("email", "a@b.c")],
         #"[["given_name","John"],["email","a@b.c"]]"#),
        ([Field("", "")], #"[["",""]]"#),
        ([Field("email", "a@b.c"), Field("email", "d@e.f")], #"[["email","a@b.c"],["email","d@e.f"]]"#),
        ([Field("note", #"say "hi""#)], #"[["note","say \"hi\""]]"#),
        ([Field("path", #"C:\x\"#)], #"[["path","C:\\x\\"]]"#),
        ([Field("lines", "a\nb\r\tc\u{08}\u{0C}")], #"[["lines","a\nb\r\tc\b\f"]]"#),
        ([Field("ctl", "\u{00}\u{01}\u{1F}\u{7F}")], "[[\"ctl\",\"\\u0000\\u0001\\u001f\u{7F}\"]]"),
        ([Field("name", "Zoë 🛒 東京")], #"[["name","Zoë 🛒 東京"]]"#),
        ([Field("slash", "a/b")], #"[["slash","a/b"]]"#),
    ] as [([Field], String)])
    func encodesCompactJSON(fields: [Field], expected: String) throws {
        #expect(FieldCodec.encode(fields) == expected)
        #expect(try FieldCodec.decode(expected) == fields)
    }

    @Test(arguments: [
        [Field("given_name", "John"), Field("given_name", "Johnny"), Field("email", "")],
        [Field("\"", "\\"), Field("\\\"", "\"\\")],
        [Field("emoji", "👩‍👩‍👧‍👦"), Field("e\u{301}", "\u{2028}\u{2029}\u{FEFF}")],
        [Field(String(repeating: "x", count: 300), String(repeating: "\n\"", count: 50))],
        (0..<32).map { Field("c\($0)", String(UnicodeScalar(UInt8($0)))) },
    ])
    func roundTrips(fields: [Field]) throws {
        #expect(try FieldCodec.decode(FieldCodec.encode(fields)) == fields)
        var buffer: [UInt8] = [0x41]
        FieldCodec.encode(fields, into: &buffer)
        #expect(try FieldCodec.decode(Array(buffer.dropFirst())) == fields)
    }

    /// Every special byte at every offset of a 20-byte value, against a byte-by-byte reference:
    /// the encoder checks eight bytes at a time.
    @Test(arguments: [0x00, 0x09, 0x1F, 0x22, 0x5C, 0x20, 0x21, 0x5B, 0x7F] as [UInt8])
    func escapesAtEveryOffset(special: UInt8) throws {
        for offset in 0..<20 {
            var bytes = Array("abcdefghijklmnopqrst".utf8)
            bytes[offset] = special
            let value = String(decoding: bytes, as: UTF8.self)
            let fields = [Field("k", value), Field(value, "é" + value)]
            #expect(FieldCodec.encode(fields) == Self.referenceEncoding(fields))
            #expect(try FieldCodec.decode(FieldCodec.encode(fields)) == fields)
        }
    }

    /// A slow, obviously right encoder.
    static func referenceEncoding(_ fields: [Field]) -> String {
        func quoted(_ text: String) -> [UInt8] {
            var out = Array("\"".utf8)
            for byte in text.utf8 {
                switch byte {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x08: out += Array("\\b".utf8)
                case 0x0C: out += Array("\\f".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x09: out += Array("\\t".utf8)
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: out.append(byte)
                }
            }
            return out + Array("\"".utf8)
        }
        let pairs = fields.map { "[" + String(decoding: quoted($0.name), as: UTF8.self) + ","
            + String(decoding: quoted($0.value), as: UTF8.self) + "]" }
        return "[" + pairs.joined(separator: ",") + "]"
    }

    @Test(arguments: [
        (#" [ [ "a" , "b" ] ,[ "c","d"] ] "#, [Field("a", "b"), Field("c", "d")]),
        (#"[["\u0041\u00e9\u6771","\ud83d\uded2"]]"#, [Field("Aé東", "🛒")]),
        (#"[["\/\"","\b"]]"#, [Field("/\"", "\u{08}")]),
        ("[\n]", []),
    ] as [(String, [Field])])
    func decodesOtherValidJSON(text: String, expected: [Field]) throws {
        #expect(try FieldCodec.decode(text) == expected)
    }

    @Test(arguments: [
        ("", 0), ("[", 1), ("[[]]", 2), (#"[["a"]]"#, 5), (#"[["a","b","c"]]"#, 9),
        (#"[["a","b"],]"#, 11), (#"[["a","b"]] x"#, 12), (#"{"a":"b"}"#, 0),
        (#"[["a",1]]"#, 6), (#"[["a","b]]"#, 10), (#"[["a","\x"]]"#, 7),
        (#"[["a","\u12"]]"#, 11), (#"[["a","\ud83d"]]"#, 7), (#"[["a","\ude00"]]"#, 7),
        (#"[["a","\ud83d\u0041"]]"#, 7), ("[[\"a\",\"\t\"]]", 7),
    ] as [(String, Int)])
    func refusesMalformedInputNamingTheOffset(text: String, offset: Int) {
        #expect {
            _ = try FieldCodec.decode(text)
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.code == .parse && error.message.contains("at byte \(offset):")
        }
    }

    @Test(arguments: [
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    ] as [[UInt8]])
    func refusesInvalidUTF8(bad: [UInt8]) {
        for prefix in [[], Array(#"x\n"#.utf8)] {
            let bytes = Array(#"[["a",""#.utf8) + prefix + bad + Array(#""]]"#.utf8)
            #expect(throws: GoldenError.self) { try FieldCodec.decode(bytes) }
        }
    }

    @Test func errorsDoNotQuoteTheValue() {
        #expect {
            _ = try FieldCodec.decode(#"[["email","secret@example.com"#)
        } throws: { error in
            !String(describing: error).contains("secret")
        }
    }
}
