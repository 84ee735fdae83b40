import GoldenCore
import Ingest
import Testing

/// Unsafe input is refused with `.unsafeInput` and never expanded.
@Suite struct XMLRecordReaderSafetyTests {
    struct Refusal: Sendable, CustomTestStringConvertible {
        var input: String
        var line: Int?
        var reason: String
        var testDescription: String { input }
    }

    @Test(arguments: [
        Refusal(input: "xxe.xml", line: 2, reason: "declares entities"),
        Refusal(input: "xxe-parameter.xml", line: 2, reason: "declares entities"),
        Refusal(input: "billion-laughs.xml", line: 2, reason: "declares entities"),
        Refusal(input: "external-dtd.xml", line: 2, reason: "external DTD"),
        Refusal(input: "public-dtd.xml", line: 2, reason: "external DTD"),
    ])
    func refusesCommittedInputs(_ test: Refusal) throws {
        let bytes = try inputBytes("xml/" + test.input)
        for chunkSize in [1, 7, 1 << 16] {
            let started = ContinuousClock.now
            let reading = XMLReading(bytes, chunkSize: chunkSize)
            #expect(ContinuousClock.now - started < .seconds(2), "refusing must be quick")
            let error = try #require(reading.error)
            #expect(error.code == .unsafeInput)
            #expect(error.message.contains(test.reason))
            #expect(error.location == SourceLocation(file: "test.xml", line: test.line))
            #expect(reading.records.isEmpty)
            #expect(!"\(error)".contains("root:"), "nothing of /etc/passwd may appear")
        }
    }

    @Test func quadraticBlowupIsRefused() throws {
        let entity = String(repeating: "a", count: 50_000)
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE members [<!ENTITY a "\(entity)">]>
            <members><member><name>\(String(repeating: "&a;", count: 50_000))</name></member></members>
            """
        let started = ContinuousClock.now
        let reading = XMLReading(document)
        #expect(ContinuousClock.now - started < .seconds(2))
        let error = try #require(reading.error)
        #expect(error.code == .unsafeInput)
        #expect(error.location?.line == 2)
        #expect(reading.records.isEmpty)
    }

    @Test(arguments: [
        // An internal subset without entity declarations is harmless.
        "<!DOCTYPE members>",
        "<!DOCTYPE members [<!ELEMENT members (member*)>]>",
        "<!DOCTYPE members [<!ATTLIST member id CDATA #IMPLIED><!-- no entities -->]>",
    ])
    func harmlessDoctypesAreAllowed(_ doctype: String) {
        let reading = XMLReading("<?xml version=\"1.0\"?>\n\(doctype)\n<members><member id=\"1\"/></members>")
        #expect(reading.error == nil)
        #expect(reading.values("@id") == [["1"]])
    }

    @Test(arguments: [
        ("<members>\n<member>&undefined;</member></members>", 2),
        ("<!DOCTYPE members>\n<members>\n<member a=\"&nope;\"/></members>", 3),
    ])
    func undefinedEntitiesAreParseErrors(document: String, line: Int) throws {
        let error = try #require(XMLReading(document).error)
        #expect(error.code == .parse)
        #expect(error.location?.line == line)
        #expect(error.message.contains("undefined") || error.message.contains("nope"))
    }

    @Test func nothingPersonalReachesStandardErrorOrMessages() throws {
        let secret = "SECRET-CAF"
        var messages: [String] = []
        let captured = try capturingStandardError {
            let inputs: [[UInt8]] = [
                (try? inputBytes("xml/invalid-utf8.xml")) ?? [],
                Array("<?xml version=\"1.0\" encoding=\"US-ASCII\"?><members><member>\(secret)".utf8) + [0xE9]
                    + Array("</member></members>".utf8),
                Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><members>\(secret)".utf8),
                // iconv's conversion errors go through libxml2's global handler, with the bytes.
                Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?><members><member>\(secret)".utf8)
                    + [0x81, 0x8D] + Array("</member></members>".utf8),
                [0xFF, 0xFE] + Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><members><member>\(secret)".utf16)
                    .flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] } + [0x00, 0xD8, 0x41, 0x00],
                Array("<members><member>\(secret)</mem></members>".utf8),
                Array("<members><member \(secret)></member></members>".utf8),
                Array("<members><member>\(secret) &#0;</member></members>".utf8),
                Array("<members><member>\(secret)\u{1}</member></members>".utf8),
                Array("<members><member>\(secret) <!-- -- --></member></members>".utf8),
                Array("<members xmlns:x=\"\(secret)\"><x:member/></members>".utf8),
                Array("<members><y:member>\(secret)</y:member></members>".utf8),
            ]
            for bytes in inputs {
                for chunkSize in [1, 4096] {
                    if let error = XMLReading(bytes, chunkSize: chunkSize).error { messages.append("\(error)") }
                }
            }
        }
        // Other tests may print their progress meanwhile; libxml2's own lines read "…error : …".
        #expect(!captured.contains(secret))
        #expect(!captured.contains("error :") && !captured.contains("Bytes:"), "libxml2 printed: \(captured.prefix(300))")
        #expect(messages.count == 22)
        for message in messages {
            #expect(!message.contains(secret), "\(message)")
        }
    }
}
