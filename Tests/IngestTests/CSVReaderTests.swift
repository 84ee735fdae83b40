import GoldenCore
import GoldenIO
import Ingest
import Testing

/// One structural case: the input, the fields of each row and the line each row starts on.
struct CSVCase: CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let rows: [[String]]
    let lines: [Int]
    var testDescription: String { name }
}

@Suite struct CSVReaderTests {
    static let cases: [CSVCase] = [
        CSVCase(name: "LF", input: "a,b,c\n1,2,3\n", rows: [["a", "b", "c"], ["1", "2", "3"]], lines: [1, 2]),
        CSVCase(name: "no final line end", input: "a,b\n1,2", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        CSVCase(name: "CRLF", input: "a,b\r\n1,2\r\n", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        CSVCase(name: "CR only", input: "a,b\r1,2\r", rows: [["a", "b"], ["1", "2"]], lines: [1, 2]),
        CSVCase(name: "mixed line ends", input: "a\r\nb\nc\rd", rows: [["a"], ["b"], ["c"], ["d"]], lines: [1, 2, 3, 4]),
        CSVCase(name: "quoted delimiter", input: "\"a,b\",c\n", rows: [["a,b", "c"]], lines: [1]),
        CSVCase(
            name: "doubled quotes", input: "\"he said \"\"hi\"\"\",x\n", rows: [["he said \"hi\"", "x"]], lines: [1]),
        CSVCase(name: "only doubled quotes", input: "\"\"\"\"\"\"\n", rows: [["\"\""]], lines: [1]),
        CSVCase(
            name: "quoted LF", input: "id,note\n1,\"line one\nline two\"\n2,x\n",
            rows: [["id", "note"], ["1", "line one\nline two"], ["2", "x"]], lines: [1, 2, 4]),
        CSVCase(
            name: "quoted CRLF", input: "1,\"a\r\nb\r\n\r\nc\"\r\n2,d\r\n", rows: [["1", "a\r\nb\r\n\r\nc"], ["2", "d"]],
            lines: [1, 5]),
        CSVCase(name: "quoted CR", input: "1,\"a\rb\"\r2,c", rows: [["1", "a\rb"], ["2", "c"]], lines: [1, 3]),
        CSVCase(name: "quoted field ending in CR", input: "\"a\r\"\nb", rows: [["a\r"], ["b"]], lines: [1, 3]),
        CSVCase(name: "empty fields", input: ",,\n\"\",\"\"\n", rows: [["", "", ""], ["", ""]], lines: [1, 2]),
        CSVCase(name: "trailing delimiter", input: "a,\n\"b\",", rows: [["a", ""], ["b", ""]], lines: [1, 2]),
        CSVCase(name: "blank lines skipped", input: "a\n\n\nb\n\n", rows: [["a"], ["b"]], lines: [1, 4]),
        CSVCase(name: "blank CRLF lines skipped", input: "\r\n\r\na\r\n\r\nb", rows: [["a"], ["b"]], lines: [3, 5]),
        CSVCase(name: "blank CR lines skipped", input: "\r\ra\r\rb", rows: [["a"], ["b"]], lines: [3, 5]),
        CSVCase(name: "whitespace kept", input: " a , b \n \n", rows: [[" a ", " b "], [" "]], lines: [1, 2]),
        CSVCase(name: "BOM and CRLF", input: "\u{FEFF}id,name\r\n1,Zoë\r\n", rows: [["id", "name"], ["1", "Zoë"]], lines: [1, 2]),
        CSVCase(name: "BOM only at the start", input: "a\n\u{FEFF}b\n", rows: [["a"], ["\u{FEFF}b"]], lines: [1, 2]),
        CSVCase(name: "BOM alone", input: "\u{FEFF}", rows: [], lines: []),
        CSVCase(
            name: "stray quotes in unquoted fields", input: "5'10\",O\"Brien,a\"\"b\n",
            rows: [["5'10\"", "O\"Brien", "a\"\"b"]], lines: [1]),
        CSVCase(
            name: "ragged rows", input: "a,b,c\n1,2\n1,2,3,4\n", rows: [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4"]],
            lines: [1, 2, 3]),
        CSVCase(name: "non-ASCII", input: "名前,Zoë,😀\n", rows: [["名前", "Zoë", "😀"]], lines: [1]),
        CSVCase(name: "empty file", input: "", rows: [], lines: []),
        CSVCase(name: "only line ends", input: "\n\r\n\r", rows: [], lines: []),
        CSVCase(name: "header only", input: "id,name\n", rows: [["id", "name"]], lines: [1]),
        CSVCase(name: "header only, no line end", input: "id,name", rows: [["id", "name"]], lines: [1]),
    ]

    @Test(arguments: cases, chunkSizes)
    func structure(_ testCase: CSVCase, chunk: Int) throws {
        let rows = try readRows(testCase.input, chunk: chunk)
        #expect(rows.map(\.fields) == testCase.rows)
        #expect(rows.map(\.line) == testCase.lines)
        #expect(rows.allSatisfy { $0.problem == nil })
        #expect(rows.map(\.fieldCount) == testCase.rows.map(\.count))
    }

    @Test(arguments: [
        (UInt8(ascii: ";"), "a;\"b;c\";d\n1;2;3\n"),
        (UInt8(ascii: "\t"), "a\t\"b\tc\"\td\n1\t2\t3\n"),
        (UInt8(ascii: "|"), "a|\"b|c\"|d\n1|2|3\n"),
    ])
    func configurableDelimiter(delimiter: UInt8, input: String) throws {
        for chunk in chunkSizes {
            let rows = try readRows(input, options: CSVOptions(delimiter: delimiter), chunk: chunk)
            let separator = String(UnicodeScalar(delimiter))
            #expect(rows.map(\.fields) == [["a", "b\(separator)c", "d"], ["1", "2", "3"]])
        }
    }

    @Test func commaIsDataWhenTheDelimiterIsSemicolon() throws {
        let rows = try readRows("a,b;c\n", options: CSVOptions(delimiter: UInt8(ascii: ";")))
        #expect(rows.map(\.fields) == [["a,b", "c"]])
    }

    @Test func configurableQuote() throws {
        let rows = try readRows("'a,b','it''s',\"x\"\n", options: CSVOptions(quote: UInt8(ascii: "'")))
        #expect(rows.map(\.fields) == [["a,b", "it's", "\"x\""]])
    }

    /// Raw bytes are the row as read: quotes kept, line break dropped, BOM and blank lines not
    /// part of any row.
    @Test(arguments: chunkSizes)
    func rawBytesAreTheRowAsRead(chunk: Int) throws {
        let input = "\u{FEFF}\"a\"\"b\",c\r\n\n\"multi\nline\",x\ry"
        let rows = try readRows(input, chunk: chunk)
        #expect(rows.map { String(decoding: $0.raw, as: UTF8.self) } == ["\"a\"\"b\",c", "\"multi\nline\",x", "y"])
    }

    /// Wide and long rows grow the row storage; kept rows stay intact while it grows.
    @Test(arguments: [1, Int.max])
    func wideRowsGrowTheStorage(chunk: Int) throws {
        let wide = (0..<1000).map { "f\($0)" }
        let input = "a,b\n" + wide.joined(separator: ",") + "\n\"" + String(repeating: "x", count: 100_000) + "\",\"\"\"\"\n"
        let rows = try readRows(input, chunk: chunk)
        #expect(rows.map(\.fieldCount) == [2, 1000, 2])
        #expect(rows[0].fields == ["a", "b"])
        #expect(rows[1].fields == wide)
        #expect(rows[2].field(0).utf8.count == 100_000)
        #expect(rows[2].field(1) == "\"")
    }

    @Test func byteAccessorsAgreeWithStrings() throws {
        let row = try #require(try readRows("\"x,y\",Zoë,,last\n").first)
        for index in 0..<row.fieldCount {
            #expect(Array(row.fieldBytes(index)) == Array(row.field(index).utf8))
            #expect(row.withFieldBytes(index) { Array($0) } == Array(row.field(index).utf8))
        }
    }

    /// A row kept past the next call keeps its own bytes (the reader reuses storage only when
    /// no row holds it).
    @Test func rowsKeptAcrossCallsStayIntact() throws {
        let reader = CSVReader(source: MemoryByteSource(Array("a,b\nc,d\ne,f\n".utf8)))
        let first = try #require(try reader.next())
        let second = try #require(try reader.next())
        _ = try reader.next()
        #expect(first.fields == ["a", "b"])
        #expect(second.fields == ["c", "d"])
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }

    /// A gzip feed cut short: the rows before the cut come out, then the file-level error.
    @Test func truncatedGzipIsAFileLevelError() throws {
        let text = (0..<5000).map { "\($0),name \($0),\($0 * 7)\n" }.joined()
        let sink = MemorySink()
        let writer = try GzipWriter(wrapping: sink, file: "feed.csv.gz")
        try writer.write(text)
        try writer.close()
        let cut = Array(sink.bytes.prefix(sink.bytes.count / 2))
        let gzip = try GzipByteSource(wrapping: MemoryByteSource(cut), file: "feed.csv.gz")
        let reader = CSVReader(source: gzip)
        var count = 0
        let error = #expect(throws: GoldenError.self) {
            while try reader.next() != nil { count += 1 }
        }
        #expect(error?.code == .compression)
        #expect(count > 100)
    }
}
