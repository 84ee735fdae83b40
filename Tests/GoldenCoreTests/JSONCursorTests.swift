import GoldenCore
import Testing

/// The byte-level JSON cursor: what it reads, and what it refuses as Foundation's decoder does.
/// (MergeTests compare whole documents with Foundation's decoder.)
@Suite struct JSONCursorTests {
    /// `text` read whole by `body`, or `nil` when it throws.
    static func read<Value>(_ text: String, _ body: (inout JSONCursor) throws(GoldenError) -> Value) -> Value? {
        try? JSONCursor.read(text, body)
    }

    @Test(arguments: [
        ("0", 0), ("-0", 0), (" 42 ", 42), ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
        ("1.0", 1), ("1e2", 100), ("1E+2", 100), ("100e-2", 1), ("0.1e1", 1), ("-2.50e1", -25), ("0e999", 0),
        ("0.0", 0), ("922337203685477580.7e1", Int64.max),
    ] as [(String, Int64)])
    func wholeNumbers(text: String, value: Int64) {
        #expect(Self.read(text) { (cursor) throws(GoldenError) in try cursor.integer() } == value)
    }

    @Test(arguments: [
        "", "-", "01", "-01", "+1", "1.", "1.e2", "1e", "1e+", "1.5", "5e-1", ".5", "0x10", "1 2", "9223372036854775808",
        "-9223372036854775809", "1e19", "1e1000000000000", "\"1\"", "true",
    ])
    func notWholeNumbers(text: String) {
        #expect(Self.read(text) { (cursor) throws(GoldenError) in try cursor.integer() } == nil)
    }

    @Test(arguments: [
        (#""plain""#, "plain"), (#""""#, ""), (#""q\"b\\s\/""#, "q\"b\\s/"), (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
        (#""\u00e9\u00C9\u0000""#, "éÉ\u{0}"), (#""\ud83d\ude00 \uD83D\uDE00""#, "😀 😀"), ("\"José 山田\u{7F}\"", "José 山田\u{7F}"),
    ])
    func strings(text: String, value: String) {
        let read = Self.read(text) { (cursor) throws(GoldenError) in try cursor.string() }
        #expect(read?.utf8.elementsEqual(value.utf8) == true)
    }

    @Test(arguments: [
        #""\ud800""#, #""\udc00""#, #""\ud83d\u0041""#, #""\ud83d""#, #""\x""#, #""\u12""#, #""\u12g4""#, #""\U0041""#,
        "\"a\tb\"", "\"a\nb\"", #""open"#, #""ends in a backslash\"#, "plain",
    ])
    func notStrings(text: String) {
        #expect(Self.read(text) { (cursor) throws(GoldenError) in try cursor.string() } == nil)
    }

    @Test(arguments: [
        ("[true,false,null]", true), ("{\"a\":[1,{\"b\":\"\\\"\"}],\"c\":-1.5e3}", true), ("[1,]", true), ("{\"a\":1,}", true),
        ("[tru]", false), ("[nul]", false), ("[True]", false), ("[1 2]", false), ("{\"a\" 1}", false), ("[,]", false),
        ("{,}", false), ("[1,,2]", false), ("[", false), ("{\"a\":", false), ("[]]", false), ("{} {}", false),
    ])
    func skipsValues(text: String, wellFormed: Bool) {
        #expect((Self.read(text) { (cursor) throws(GoldenError) in try cursor.skipValue() } != nil) == wellFormed)
    }

    @Test(arguments: [(512, true), (513, false), (100_000, false)])
    func nesting(depth: Int, wellFormed: Bool) {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect((Self.read(text) { (cursor) throws(GoldenError) in try cursor.skipValue() } != nil) == wellFormed)
    }

    enum Member: String, CaseIterable, Sendable {
        case firstAssertedAt = "first_asserted_at", recordId = "record_id", key
    }

    /// Keys as `.convertFromSnakeCase` reads them.
    @Test(arguments: [
        ("first_asserted_at", Member.firstAssertedAt), ("firstAssertedAt", .firstAssertedAt), ("FIRST_ASSERTED_AT", .firstAssertedAt),
        ("first__asserted_at", .firstAssertedAt), ("First_Asserted_At", .firstAssertedAt), (#"first\u005fasserted_at"#, .firstAssertedAt),
        ("record_id", .recordId), ("recordId", .recordId), ("Record_ID", .recordId), ("key", .key), (#"\u006bey"#, .key),
        ("_record_id", nil), ("record_id_", nil), ("recordid", nil), ("RecordId", nil), ("KEY", nil), ("k_ey", nil),
        ("firstasserted_at", nil), ("first_assertedAt", nil), ("record-id", nil), ("", nil), ("_", nil), ("r\u{e9}cord_id", nil),
    ] as [(String, Member?)])
    func keys(key: String, member: Member?) {
        let table = JSONKeyTable<Member>()
        var key = key
        let position = key.withUTF8 { table.index(of: $0, hint: 1) }
        #expect(position.map { table.keys[$0] } == member)
    }

    @Test("members: unknown keys skipped, the first of a repeated key wins")
    func members() throws {
        var read: [(Member, String?)] = []
        try JSONCursor.read(#"{"x":[{}],"key":"a","Key":"b","key":null,"record_id":"c"}"#) { (cursor) throws(GoldenError) in
            try cursor.members(JSONKeyTable<Member>()) { (cursor, member) throws(GoldenError) in
                read.append((member, try cursor.takeNull() ? nil : try cursor.string()))
            }
        }
        #expect(read.map(\.0) == [.key, .recordId])
        #expect(read.map(\.1) == ["a", "c"])
    }
}
