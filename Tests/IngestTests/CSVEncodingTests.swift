import Foundation
import GoldenIO
import Ingest
import Testing

@Suite struct CSVEncodingTests {
    /// Windows-1252 `80`–`9F` against the code page (and the WHATWG index for the undefined five).
    @Test(arguments: [
        (0x80, 0x20AC), (0x81, 0x0081), (0x82, 0x201A), (0x83, 0x0192), (0x84, 0x201E), (0x85, 0x2026),
        (0x86, 0x2020), (0x87, 0x2021), (0x88, 0x02C6), (0x89, 0x2030), (0x8A, 0x0160), (0x8B, 0x2039),
        (0x8C, 0x0152), (0x8D, 0x008D), (0x8E, 0x017D), (0x8F, 0x008F), (0x90, 0x0090), (0x91, 0x2018),
        (0x92, 0x2019), (0x93, 0x201C), (0x94, 0x201D), (0x95, 0x2022), (0x96, 0x2013), (0x97, 0x2014),
        (0x98, 0x02DC), (0x99, 0x2122), (0x9A, 0x0161), (0x9B, 0x203A), (0x9C, 0x0153), (0x9D, 0x009D),
        (0x9E, 0x017E), (0x9F, 0x0178), (0xA0, 0x00A0), (0xE9, 0x00E9), (0xFF, 0x00FF), (0x41, 0x0041),
    ] as [(UInt8, UInt32)])
    func windows1252Table(byte: UInt8, scalar: UInt32) {
        #expect(transcode([byte], from: .windows1252) == String(UnicodeScalar(scalar)!))
    }

    @Test func latin1MapsEveryByteToTheSameCodePoint() {
        let all = (0...255).map { UInt8($0) }
        let expected = String(String.UnicodeScalarView(all.map { UnicodeScalar($0) }))
        #expect(transcode(all, from: .latin1) == expected)
    }

    @Test(arguments: TextEncoding.allCases)
    func asciiPassesThroughUnchanged(encoding: TextEncoding) {
        let text = "id,name,email\r\n42,\"O'Brien\",x@example.org\n"
        #expect(transcode(Array(text.utf8), from: encoding) == text)
    }

    /// One table: input bytes, encoding, the fields read. Single-byte encodings never report
    /// invalid text; a UTF-8 byte order mark is only skipped in UTF-8 files.
    @Test(arguments: [
        ([0x52, 0x65, 0x6E, 0xE9, 0x2C, 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72], TextEncoding.latin1, ["René", "Müller"]),
        ([0x80, 0x2C, 0x93, 0x68, 0x69, 0x94], .windows1252, ["€", "“hi”"]),
        ([0x80, 0x2C, 0x93, 0x68, 0x69, 0x94], .latin1, ["\u{80}", "\u{93}hi\u{94}"]),
        ([0xC3, 0x28, 0x2C, 0xFF], .windows1252, ["Ã(", "ÿ"]),
        ([0xEF, 0xBB, 0xBF, 0x61], .latin1, ["ï»¿a"]),
        ([0x22, 0xE9, 0x2C, 0xE8, 0x22, 0x2C, 0x80], .windows1252, ["é,è", "€"]),
    ] as [([UInt8], TextEncoding, [String])])
    func singleByteFilesAreTranscoded(input: [UInt8], encoding: TextEncoding, fields: [String]) throws {
        for chunk in chunkSizes {
            let rows = try readRows(input, options: CSVOptions(encoding: encoding), chunk: chunk)
            #expect(rows.map(\.fields) == [fields])
            #expect(rows.map(\.problem) == [nil])
            #expect(rows.first?.raw == input)
        }
    }

    /// A committed Windows-1252 export (semicolons, CRLF, `€` and curly quotes), read from the
    /// test bundle.
    @Test func committedWindows1252File() throws {
        let url = try #require(Bundle.module.url(forResource: "windows-1252", withExtension: "csv", subdirectory: "Inputs"))
        let options = CSVOptions(delimiter: UInt8(ascii: ";"), encoding: .windows1252)
        let reader = CSVReader(source: try ByteSources.open(path: url.path), options: options)
        var rows: [[String]] = []
        while let row = try reader.next() {
            #expect(row.problem == nil)
            rows.append(row.fields)
        }
        #expect(rows == [
            ["customer_id", "name", "city", "last_purchase"],
            ["1001", "Zoë Müller", "Köln", "12,50 €"],
            ["1002", "François “Frank” Lefèvre", "Besançon", "7,00 €"],
            ["1003", "Jürgen Groß", "Straße; Süd", "— none —"],
        ])
    }

    private func transcode(_ bytes: [UInt8], from encoding: TextEncoding) -> String {
        var output: [UInt8] = []
        bytes.withUnsafeBytes { encoding.transcodeToUTF8($0, appendingTo: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
