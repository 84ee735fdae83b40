import GoldenCore
import Ingest
import Testing

/// One row-level case: input bytes, options, and per row the fields and problem expected.
struct CSVProblemCase: CustomTestStringConvertible, Sendable {
    let name: String
    let input: [UInt8]
    var options = CSVOptions()
    let rows: [[String]]
    let problems: [CSVProblem?]
    var testDescription: String { name }

    init(_ name: String, _ input: String, options: CSVOptions = CSVOptions(), rows: [[String]], problems: [CSVProblem?]) {
        self.init(name, Array(input.utf8), options: options, rows: rows, problems: problems)
    }

    init(_ name: String, _ input: [UInt8], options: CSVOptions = CSVOptions(), rows: [[String]], problems: [CSVProblem?]) {
        self.name = name
        self.input = input
        self.options = options
        self.rows = rows
        self.problems = problems
    }
}

@Suite struct CSVProblemTests {
    static let cases: [CSVProblemCase] = [
        CSVProblemCase(
            "unbalanced quote runs to the end", "a,b\n1,\"open\n2,3\n", rows: [["a", "b"], ["1", "open\n2,3\n"]],
            problems: [nil, .unbalancedQuote]),
        CSVProblemCase("unbalanced quote alone", "\"", rows: [[""]], problems: [.unbalancedQuote]),
        CSVProblemCase(
            "text after closing quote", "\"a\"b,c\nnext\n", rows: [["a\"b", "c"], ["next"]],
            problems: [.unexpectedQuote(field: 0), nil]),
        CSVProblemCase(
            "unescaped inner quotes", "x,\"a \"b\" c\",d\n", rows: [["x", "a \"b\" c\"", "d"]],
            problems: [.unexpectedQuote(field: 1)]),
        CSVProblemCase(
            "doubled quotes, then text after the closing quote", "\"a\"\"b\"c\"\"d,e\n",
            rows: [["a\"b\"c\"\"d", "e"]], problems: [.unexpectedQuote(field: 0)]),
        CSVProblemCase(
            "invalid UTF-8", [0x6F, 0x6B, 0x2C, 0xC3, 0x28, 0x0A, 0x78, 0x0A], rows: [["ok", "\u{FFFD}("], ["x"]],
            problems: [.invalidUTF8(field: 1), nil]),
        CSVProblemCase(
            "overlong encoding", [0xC0, 0xAF, 0x2C, 0x61], rows: [["\u{FFFD}\u{FFFD}", "a"]], problems: [.invalidUTF8(field: 0)]),
        CSVProblemCase(
            "first invalid field reported", [0x61, 0x2C, 0xFF, 0x2C, 0xED, 0xA0, 0x80],
            rows: [["a", "\u{FFFD}", "\u{FFFD}\u{FFFD}\u{FFFD}"]], problems: [.invalidUTF8(field: 1)]),
        CSVProblemCase(
            "oversized unquoted field", "abcd,abcde,x\nfine\n", options: CSVOptions(maxFieldBytes: 4),
            rows: [["abcd", "abcd", "x"], ["fine"]], problems: [.oversizedField(field: 1), nil]),
        CSVProblemCase(
            "oversized quoted field", "\"ab\"\"cdef\"\n", options: CSVOptions(maxFieldBytes: 4), rows: [["ab\"c"]],
            problems: [.oversizedField(field: 0)]),
        CSVProblemCase(
            "lowest oversized field reported", "a,\"b\"\"c\",dddd\n", options: CSVOptions(maxFieldBytes: 2),
            rows: [["a", "b\"", "dd"]], problems: [.oversizedField(field: 1)]),
        CSVProblemCase(
            "row at the limit", "aaaa,bbb\nx\n", options: CSVOptions(maxRowBytes: 8), rows: [["aaaa", "bbb"], ["x"]],
            problems: [nil, nil]),
        CSVProblemCase(
            "oversized row", "aaaa,bbbb,cc\nx\n", options: CSVOptions(maxRowBytes: 8), rows: [["aaaa", "bbb"], ["x"]],
            problems: [.oversizedRow, nil]),
        CSVProblemCase(
            "oversized row of empty fields", "aaaaaaaa,,,,\nx", options: CSVOptions(maxRowBytes: 8), rows: [["aaaaaaaa"], ["x"]],
            problems: [.oversizedRow, nil]),
        CSVProblemCase(
            "unbalanced quote outranks size", "a\n\"" + String(repeating: "xy\n", count: 100),
            options: CSVOptions(maxFieldBytes: 10, maxRowBytes: 50), rows: [["a"], ["xy\nxy\nxy\nx"]],
            problems: [nil, .unbalancedQuote]),
        CSVProblemCase(
            "size outranks encoding", [0xFF, 0x2C, 0x61, 0x61, 0x61], options: CSVOptions(maxFieldBytes: 2),
            rows: [["\u{FFFD}", "aa"]], problems: [.oversizedField(field: 1)]),
    ]

    @Test(arguments: cases, chunkSizes)
    func rowProblems(_ testCase: CSVProblemCase, chunk: Int) throws {
        let rows = try readRows(testCase.input, options: testCase.options, chunk: chunk)
        #expect(rows.map(\.fields) == testCase.rows)
        #expect(rows.map(\.problem) == testCase.problems)
    }

    /// A never-closed quote in a big file keeps at most the row limit in memory, and the line
    /// count still ends up right.
    @Test func unclosedQuoteKeepsMemoryBounded() throws {
        let input = "id,note\n1,\"never closed\n" + String(repeating: "2,some text here\n", count: 20_000)
        let options = CSVOptions(maxFieldBytes: 1000, maxRowBytes: 4096)
        let rows = try readRows(input, options: options)
        #expect(rows.count == 2)
        #expect(rows[1].problem == .unbalancedQuote)
        #expect(rows[1].line == 2)
        #expect(rows[1].raw.count == 4096)
        #expect(rows[1].fieldBytes(1).count == 1000)
    }

    /// A 5 MB field: cut and reported under the default 1 MiB limit, read whole under a raised one.
    @Test(arguments: [false, true])
    func fiveMegabyteField(quoted: Bool) throws {
        let big = String(repeating: "0123456789", count: 500_000)
        let field = quoted ? "\"" + big + "\"" : big
        let input = "id,blob\n1," + field + "\n2,small\n"
        let limited = try readRows(input)
        #expect(limited[1].problem == .oversizedField(field: 1))
        #expect(limited[1].fieldBytes(1).count == 1 << 20)
        #expect(limited[2].fields == ["2", "small"])
        #expect(limited[2].line == 3)
        let raised = try readRows(input, options: CSVOptions(maxFieldBytes: 8 << 20))
        #expect(raised[1].problem == nil)
        #expect(raised[1].field(1) == big)
    }

    @Test(arguments: [
        (CSVProblem.unbalancedQuote, QuarantineReason.unbalancedQuote), (.unexpectedQuote(field: 2), .unbalancedQuote),
        (.oversizedRow, .oversizedField), (.oversizedField(field: 0), .oversizedField),
        (.invalidUTF8(field: 4), .invalidEncoding),
    ])
    func problemsMapToQuarantineReasons(problem: CSVProblem, reason: QuarantineReason) {
        #expect(problem.quarantineReason == reason)
        #expect(!problem.message.isEmpty)
    }

    @Test func messagesNameColumnsNotValues() {
        #expect(CSVProblem.invalidUTF8(field: 2).message == "column 3 is not valid UTF-8")
    }

    @Test(arguments: [
        CSVOptions(delimiter: UInt8(ascii: "\n")), CSVOptions(quote: UInt8(ascii: "\r")),
        CSVOptions(delimiter: UInt8(ascii: "\""), quote: UInt8(ascii: "\"")), CSVOptions(maxFieldBytes: 0),
    ])
    func invalidOptionsAreConfigErrors(options: CSVOptions) {
        #expect(throws: (any Error).self) { try options.validate() }
    }
}
