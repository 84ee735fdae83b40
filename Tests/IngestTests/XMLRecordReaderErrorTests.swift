import GoldenCore
import Ingest
import Testing

/// Broken documents end with a file-level error after the records before it.
@Suite struct XMLRecordReaderErrorTests {
    static func members(_ range: ClosedRange<Int>) -> String {
        range.map { "  <member id=\"\($0)\"><name>N\($0)</name></member>\n" }.joined()
    }

    @Test(arguments: [1, 4096])
    func unclosedTagMidway(chunkSize: Int) throws {
        // Member 301 is never closed: everything after it nests inside it, and the mismatch shows
        // at </members>.
        let document = "<?xml version=\"1.0\"?>\n<members>\n" + Self.members(1...300)
            + "  <member id=\"301\"><name>open\n" + Self.members(302...400) + "</members>\n"
        let reading = XMLReading(document, chunkSize: chunkSize)
        #expect(reading.values("@id").map { $0.joined() } == (1...300).map(String.init))
        let error = try #require(reading.error)
        #expect(error.code == .parse)
        #expect(error.location?.line == 403)
        #expect(error.location?.column != nil)
        #expect(error.message.contains("member"))
    }

    @Test(arguments: [1, 4096])
    func mismatchedTagMidway(chunkSize: Int) throws {
        let document = "<?xml version=\"1.0\"?>\n<members>\n" + Self.members(1...149)
            + "  <member id=\"150\"><name>x</nam></member>\n" + Self.members(151...300) + "</members>\n"
        let reading = XMLReading(document, chunkSize: chunkSize)
        let ids = reading.values("@id").map { $0.joined() }
        #expect(ids == (1...ids.count).map(String.init))
        #expect(ids.count == 149)
        let error = try #require(reading.error)
        #expect(error.code == .parse)
        #expect(error.location?.line == 152)
        #expect(error.message.contains("name"))
    }

    @Test(arguments: [1, 4096])
    func invalidUTF8(chunkSize: Int) throws {
        let reading = XMLReading(try inputBytes("xml/invalid-utf8.xml"), chunkSize: chunkSize)
        let ids = reading.values("@id").map { $0.joined() }
        #expect(ids == (1...ids.count).map(String.init))
        #expect(ids.count == 200)
        let error = try #require(reading.error)
        #expect(error.code == .parse)
        #expect(error.location?.line == 203)
        #expect(error.message.contains("encoding"))
        #expect(!error.message.contains("0xE9") && !error.message.contains("SECRET"))
    }

    /// Bytes that the declared encoding cannot decode (iconv's error, reported without a position).
    @Test(arguments: [1, 4096])
    func invalidBytesInADeclaredEncoding(chunkSize: Int) throws {
        let head = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<members>\n" + Self.members(1...200)
        let document = Array(head.utf8) + Array("  <member id=\"201\">SECRET".utf8) + [0x81, 0x8D]
            + Array("</member>\n".utf8) + Array((Self.members(202...300) + "</members>\n").utf8)
        let reading = XMLReading(document, chunkSize: chunkSize)
        #expect(reading.values("@id").count == 200)
        let error = try #require(reading.error)
        #expect(error.code == .parse)
        #expect(error.location?.line == 203)
        #expect(error.message.contains("encoding"))
        #expect(!"\(error)".contains("0x81") && !"\(error)".contains("SECRET"))
    }

    @Test(arguments: [1, 4096])
    func latin1Document(chunkSize: Int) throws {
        let reading = XMLReading(try inputBytes("xml/latin1.xml"), chunkSize: chunkSize)
        #expect(reading.error == nil)
        #expect(reading.values("name") == [["Renée Müller"]])
        #expect(reading.values("@city") == [["Köln"]])
        #expect(reading.values("note") == [["é€ ½ ÿ"]])
    }

    @Test(arguments: [
        ("<members><member>", "ends early", 1),
        ("<members>\n<member></members>", "mismatch", 2),
        ("<members>\n<member a=\"1\" a=\"2\"/></members>", "redefined", 2),
        ("<members>\n<member/>\n</members>\n<extra/>", "after its root element", 4),
        ("<members>\n<l:member/></members>", "namespace", 2),
        ("   \n  ", "no root element", 2),
        ("<?xml version=\"1.0\"?>\n<!-- nothing -->\n", "no root element", 3),
        ("<?xml version=\"1.0\" encoding=\"x-no-such\"?><members/>", "encoding", 1),
    ])
    func brokenDocuments(document: String, problem: String, line: Int) throws {
        let error = try #require(XMLReading(document).error)
        #expect(error.code == .parse)
        #expect(error.message.lowercased().contains(problem), "\(error.message)")
        #expect(error.location?.line == line)
        #expect(error.location?.file == "test.xml")
    }

    struct SourceFailure: Error {}

    @Test(arguments: [0, 40_000])
    func sourceErrorsPassThrough(failAfter: Int) throws {
        let document = Array(generatedMembers(2_000).utf8)
        let compression = GoldenError(.compression, "corrupt gzip stream")
        for (failure, code) in [(compression as any Error, GoldenError.Code.compression), (SourceFailure(), .io)] {
            var records = 0
            do {
                let source = ScriptedByteSource(document, chunkSize: 1000, failure: failure, failAfter: failAfter)
                let reader = try XMLRecordReader(source: source, file: "f.xml", record: XMLName(localName: "member"))
                while try reader.next() != nil { records += 1 }
                Issue.record("expected an error")
            } catch {
                #expect(error.code == code)
                #expect(error.location?.file == "f.xml")
            }
            if failAfter == 0 {
                #expect(records == 0)
            } else {
                #expect(records > 500 && records < 2_000)
            }
        }
    }

    @Test func rawIsTheRecordAsXML() throws {
        let document = """
            <x:export xmlns:x="urn:golden:loyalty:1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <x:member id="1" note="a&quot;b&lt;&#10;c"><x:name>Ann &amp; <![CDATA[<Bo>]]></x:name>
                <phone xmlns="urn:other" type="m">1</phone><x:fax xsi:nil="true"/></x:member>
            </x:export>
            """
        let record = try #require(XMLReading(document).records.first)
        let raw = String(decoding: record.raw, as: UTF8.self)
        #expect(
            raw == """
                <x:member xmlns:x="urn:golden:loyalty:1" id="1" note="a&quot;b&lt;&#10;c">\
                <x:name>Ann &amp; &lt;Bo&gt;</x:name><phone xmlns="urn:other" type="m">1</phone>\
                <x:fax xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/></x:member>
                """)
        // Reading the raw bytes again gives the same values.
        let again = try #require(XMLReading(record.raw).records.first)
        for path in ["@note", "x:name", "phone/@type", "x:fax"] {
            let parsed = try XMLPath(parsing: path, namespaces: ["x": "urn:golden:loyalty:1"])
            #expect(again.values(at: parsed) == record.values(at: parsed))
        }
    }

    @Test func rawIsCappedOnACharacterBoundary() throws {
        let long = String(repeating: "é", count: 5_000)
        let record = try #require(XMLReading("<members><member><name>\(long)</name></member></members>").records.first)
        #expect(record.raw.count <= XMLRecord.rawLimit && record.raw.count >= XMLRecord.rawLimit - 3)
        #expect(String(validating: record.raw, as: UTF8.self) != nil)
        #expect(record.values(at: try XMLPath(parsing: "name", namespaces: [:])) == [long])
    }
}
