import Testing

@testable import Pipeline

/// RFC 4180 quoting of export lines, decided on bytes and scalars: Swift's Characters join a
/// CR LF pair, and a quote with a combining mark, into one.
@Suite struct CSVLineTests {
    @Test(
        "each field is quoted exactly when it holds a comma, quote or line break",
        arguments: [
            (["a", "b"], "a,b"),
            ([""], ""),
            (["", ""], ","),
            (["a,b"], "\"a,b\""),
            (["say \"hi\""], "\"say \"\"hi\"\"\""),
            (["line\nbreak"], "\"line\nbreak\""),
            (["cr\rhere"], "\"cr\rhere\""),
            (["crlf\r\nhere"], "\"crlf\r\nhere\""),
            (["\"\u{301}x"], "\"\"\"\u{301}x\""),
            (["Müller", "José"], "Müller,José"),
            (["ok", "a,b", "c"], "ok,\"a,b\",c"),
        ])
    func quoting(fields: [String], line: String) {
        #expect(Array(CSVLine.join(fields).utf8) == Array(line.utf8))
    }

    @Test("joining fields in parts, comma-separated, gives the line of joining them at once")
    func parts() {
        let fields = ["G1", "3", "Smith, J", "crlf\r\n", "\"q\"", "", "2026-11-24T00:00:00Z"]
        let whole = CSVLine.join(fields)
        let parts = CSVLine.join(Array(fields[..<2])) + "," + CSVLine.join(Array(fields[2..<6])) + "," + CSVLine.join([fields[6]])
        #expect(parts == whole)
    }
}
