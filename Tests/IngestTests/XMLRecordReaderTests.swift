import GoldenCore
import Ingest
import Testing

@Suite struct XMLRecordReaderTests {
    static let loyalty = "urn:golden:loyalty:1"

    // MARK: Record names and namespaces

    struct NameCase: Sendable, CustomTestStringConvertible {
        var label: String
        var document: String
        var record: XMLName
        var ids: [String]
        var testDescription: String { label }
    }

    static let defaultNamespace = """
        <members xmlns="urn:golden:loyalty:1"><member id="1"/><member id="2"/></members>
        """
    static let prefixed = """
        <l:members xmlns:l="urn:golden:loyalty:1" xmlns:o="urn:other">\
        <l:member id="1"/><o:member id="x"/><member id="y"/><l:member id="2"/></l:members>
        """

    @Test(arguments: [
        NameCase(
            label: "default namespace, unprefixed record name", document: defaultNamespace,
            record: XMLName(localName: "member"), ids: ["1", "2"]),
        NameCase(
            label: "default namespace, record name in that namespace", document: defaultNamespace,
            record: XMLName(namespaceURI: loyalty, localName: "member"), ids: ["1", "2"]),
        NameCase(
            label: "default namespace, record name in another namespace", document: defaultNamespace,
            record: XMLName(namespaceURI: "urn:other", localName: "member"), ids: []),
        NameCase(
            label: "default namespace, record name in no namespace", document: defaultNamespace,
            record: XMLName(namespaceURI: "", localName: "member"), ids: []),
        NameCase(
            label: "prefixed document, any namespace", document: prefixed,
            record: XMLName(localName: "member"), ids: ["1", "x", "y", "2"]),
        NameCase(
            label: "prefixed document, one namespace", document: prefixed,
            record: XMLName(namespaceURI: loyalty, localName: "member"), ids: ["1", "2"]),
        NameCase(
            label: "prefixed document, no namespace", document: prefixed,
            record: XMLName(namespaceURI: "", localName: "member"), ids: ["y"]),
        NameCase(
            label: "no namespace at all", document: "<a><member id=\"1\"/><b><member id=\"2\"></member></b></a>",
            record: XMLName(localName: "member"), ids: ["1", "2"]),
    ])
    func recordNames(_ test: NameCase) {
        let reading = XMLReading(test.document, record: test.record)
        #expect(reading.error == nil)
        #expect(reading.values("@id").map { $0.joined() } == test.ids)
    }

    @Test func prefixedPathsResolveThroughTheMappingsPrefixes() throws {
        let document = """
            <members xmlns="urn:golden:loyalty:1" xmlns:o="urn:other">
              <member><name>Ann</name><o:name>other</o:name></member>
            </members>
            """
        let reading = XMLReading(document)
        let record = try #require(reading.records.first)
        let mappingPrefix = ["x": Self.loyalty]  // the mapping's prefix need not be the document's
        #expect(record.values(at: try XMLPath(parsing: "x:name", namespaces: mappingPrefix)) == ["Ann"])
        #expect(record.values(at: try XMLPath(parsing: "name", namespaces: [:])) == ["Ann", "other"])
        #expect(record.values(at: try XMLPath(parsing: "x:name", namespaces: ["x": "urn:nope"])) == [])
    }

    // MARK: Values

    struct ValueCase: Sendable, CustomTestStringConvertible {
        var label: String
        var member: String
        var path: String
        var values: [String]
        var testDescription: String { label }
    }

    @Test(arguments: [
        ValueCase(label: "element text", member: "<name><given>Ann</given></name>", path: "name/given", values: ["Ann"]),
        ValueCase(label: "record attribute", member: "<x/>", path: "@id", values: ["7"]),
        ValueCase(
            label: "repeated elements' attributes",
            member: "<cards><card number=\"111\"/><card number=\"222\"/></cards>", path: "cards/card/@number",
            values: ["111", "222"]),
        ValueCase(
            label: "repeated parents", member: "<cards><card>1</card></cards><cards><card>2</card><card>3</card></cards>",
            path: "cards/card", values: ["1", "2", "3"]),
        ValueCase(label: "missing element", member: "<name/>", path: "name/given", values: []),
        ValueCase(label: "missing attribute", member: "<card/>", path: "card/@number", values: []),
        ValueCase(label: "empty element", member: "<email/>", path: "email", values: [""]),
        ValueCase(label: "untrimmed text", member: "<email>  a@b.c \n</email>", path: "email", values: ["  a@b.c \n"]),
        ValueCase(label: "CDATA", member: "<note><![CDATA[<b>&amp;</b>]]></note>", path: "note", values: ["<b>&amp;</b>"]),
        ValueCase(label: "text and CDATA", member: "<note>a <![CDATA[b]]> c</note>", path: "note", values: ["a b c"]),
        ValueCase(
            label: "character references", member: "<name>Ren&#233;e &amp; Jos&#xE9; &lt;3&gt; &quot;&apos;</name>",
            path: "name", values: ["Renée & José <3> \"'"]),
        ValueCase(
            label: "references in attributes", member: "<card number=\"&#49;&amp;2\"/>", path: "card/@number",
            values: ["1&2"]),
        ValueCase(
            label: "xsi:nil yields nothing",
            member: "<notes xsi:nil=\"true\"/><phone xsi:nil=\"1\"></phone><fax xsi:nil=\"false\">9</fax>",
            path: "notes", values: []),
        ValueCase(label: "xsi:nil=1", member: "<phone xsi:nil=\" 1 \"></phone>", path: "phone", values: []),
        ValueCase(label: "xsi:nil=false", member: "<fax xsi:nil=\"false\">9</fax>", path: "fax", values: ["9"]),
        ValueCase(label: "nil is not xsi:nil", member: "<fax nil=\"true\">9</fax>", path: "fax", values: ["9"]),
        ValueCase(
            label: "unprefixed attribute: no namespace only", member: "<n xsi:type=\"t\"/>", path: "n/@type",
            values: []),
        ValueCase(label: "prefixed attribute", member: "<n xsi:type=\"t\"/>", path: "n/@xsi:type", values: ["t"]),
        ValueCase(
            label: "own text only", member: "<name>Ann <b>bold</b>Lee</name>", path: "name", values: ["Ann Lee"]),
        ValueCase(
            label: "mixed content keeps its text", member: "<a>x <b/> <c/> y</a>", path: "a", values: ["x  y"]),
        ValueCase(
            label: "layout whitespace dropped", member: "<name>\n  <given>A</given>\n</name>", path: "name",
            values: [""]),
        ValueCase(label: "the record's own text", member: "", path: ".", values: [""]),
        ValueCase(
            label: "unicode", member: "<city>Zürich – 東京 🚲</city>", path: "city", values: ["Zürich – 東京 🚲"]),
        ValueCase(
            label: "comments skipped", member: "<city>Ber<!-- x -->lin</city>", path: "city", values: ["Berlin"]),
    ])
    func values(_ test: ValueCase) throws {
        let document = """
            <?xml version="1.0"?>
            <members xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <member id="7">\(test.member)</member>
            </members>
            """
        let reading = XMLReading(document)
        #expect(reading.error == nil)
        let record = try #require(reading.records.first)
        let path = try XMLPath(parsing: test.path, namespaces: ["xsi": "http://www.w3.org/2001/XMLSchema-instance"])
        #expect(record.values(at: path) == test.values)
    }

    // MARK: Structure

    @Test func nestedRecordsAreNotConfused() {
        let document = """
            <root>
              <member id="1"><name>outer</name><referrer><member id="inner"><name>in</name></member></referrer></member>
              <group><member id="2"><name>second</name></member></group>
            </root>
            """
        let reading = XMLReading(document)
        #expect(reading.error == nil)
        #expect(reading.values("@id") == [["1"], ["2"]])
        #expect(reading.values("name") == [["outer"], ["second"]])
        #expect(reading.values("referrer/member/@id") == [["inner"], []])
        #expect(reading.records.map(\.elementPath) == ["/root/member[1]", "/root/group/member[2]"])
    }

    @Test func elementPathsAndLines() {
        let document = """
            <?xml version="1.0"?>
            <!-- a comment -->
            <l:export xmlns:l="urn:golden:loyalty:1">
              <l:members>
                <l:member id="1">
                  <l:name>A</l:name>
                </l:member>
                <l:member
                    id="2"><l:name>B</l:name></l:member>
              </l:members>
              <l:member id="3"/>
            </l:export>
            """
        let reading = XMLReading(document)
        #expect(reading.error == nil)
        #expect(
            reading.records.map(\.elementPath)
                == ["/l:export/l:members/l:member[1]", "/l:export/l:members/l:member[2]", "/l:export/l:member[3]"])
        // The line of the start tag; a tag over several lines counts where it ends.
        #expect(reading.records.map(\.line) == [5, 9, 11])
    }

    @Test func linesPastTheSixteenBitLimit() {
        // libxml2 keeps element lines in 16 bits; lines past 65535 must still be right.
        let count = 70_000
        let reading = XMLReading(generatedMembers(count))
        #expect(reading.error == nil)
        #expect(reading.records.count == count)
        let wrong = reading.records.enumerated().first { $0.element.line != $0.offset + 3 }
        #expect(wrong == nil, "record \(wrong?.offset ?? 0) reports line \(wrong?.element.line ?? 0)")
    }

    @Test func textSpanningParseBlocksStaysWhole() throws {
        // The C reader parses 64 KiB at a time; a text node across blocks must come out whole.
        let note = String(repeating: "abc &amp; déf ", count: 20_000)
        let reading = XMLReading("<members><member id=\"1\"><note>\(note)</note></member></members>")
        #expect(reading.error == nil)
        let value = try #require(reading.values("note").first?.first)
        #expect(value == note.split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&"))
    }

    @Test func namesPastTheIdLimitStillMatch() throws {
        // Past the reader's limit of numbered names (65,536), names are made per record and kept
        // by it. Two new names per record: the last 7,000 or so records are past the limit.
        let count = 40_000
        var document = "<members>"
        for index in 0..<count { document += "<member a\(index)=\"x\(index)\"><f\(index)>v\(index)</f\(index)></member>" }
        document += "</members>"
        let reading = XMLReading(document)
        #expect(reading.error == nil)
        #expect(reading.records.count == count)
        let last = count - 1
        let record = reading.records[last]
        #expect(record.values(at: try XMLPath(parsing: "f\(last)", namespaces: [:])) == ["v\(last)"])
        #expect(record.values(at: try XMLPath(parsing: "@a\(last)", namespaces: [:])) == ["x\(last)"])
        #expect(String(decoding: record.raw, as: UTF8.self) == "<member a\(last)=\"x\(last)\"><f\(last)>v\(last)</f\(last)></member>")
    }

    @Test(arguments: [
        "<members/>",
        "<members></members>",
        "<?xml version=\"1.0\"?>\n<members>\n  <!-- none -->\n</members>\n",
        "<members><other><memberX/></other></members>",
        "",
    ])
    func documentsWithoutRecords(_ document: String) {
        let reading = XMLReading(document)
        #expect(reading.error == nil)
        #expect(reading.records.isEmpty)
    }

    @Test func theRootCanBeTheRecord() {
        let reading = XMLReading("<member id=\"1\"><name>A</name></member>")
        #expect(reading.values("name") == [["A"]])
        #expect(reading.records.map(\.elementPath) == ["/member[1]"])
    }

    @Test func oneByteChunksGiveTheSameRecords() throws {
        var document = generatedMembers(300, namespace: Self.loyalty)
        document = document.replacingOccurrences(
            of: "<name>N150</name>", with: "<name>Zoë &#233; <![CDATA[x]]></name><n xsi:nil=\"true\"/>")
        document = document.replacingOccurrences(
            of: "<members ", with: "<members xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        let large = XMLReading(document, chunkSize: 1 << 20)
        let small = XMLReading(document, chunkSize: 1)
        #expect(large.error == nil && small.error == nil)
        #expect(large.records.count == 300)
        #expect(small.values("name") == large.values("name"))
        #expect(small.values("@id") == large.values("@id"))
        #expect(small.records.map(\.line) == large.records.map(\.line))
        #expect(small.records.map(\.elementPath) == large.records.map(\.elementPath))
        #expect(small.records.map(\.raw) == large.records.map(\.raw))
        #expect(large.values("name")[149] == ["Zoë é x"])
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
