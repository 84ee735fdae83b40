import GoldenCore
import Testing

@testable import Ingest

@Suite struct XMLPathTests {
    static let namespaces = ["l": "urn:golden:loyalty:1", "xsi": "http://www.w3.org/2001/XMLSchema-instance"]

    struct Valid: Sendable, CustomTestStringConvertible {
        var text: String
        var elements: [XMLName]
        var attribute: XMLAttributeName?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Valid(text: ".", elements: []),
        Valid(text: "./name", elements: [XMLName(localName: "name")]),
        Valid(text: "name/given", elements: [XMLName(localName: "name"), XMLName(localName: "given")]),
        Valid(text: "@id", elements: [], attribute: XMLAttributeName(localName: "id")),
        Valid(
            text: "cards/card/@number", elements: [XMLName(localName: "cards"), XMLName(localName: "card")],
            attribute: XMLAttributeName(localName: "number")),
        Valid(text: "l:name", elements: [XMLName(namespaceURI: "urn:golden:loyalty:1", localName: "name")]),
        Valid(
            text: "notes/@xsi:nil", elements: [XMLName(localName: "notes")],
            attribute: XMLAttributeName(namespaceURI: "http://www.w3.org/2001/XMLSchema-instance", localName: "nil")),
        Valid(text: "straße/été_1.x-y", elements: [XMLName(localName: "straße"), XMLName(localName: "été_1.x-y")]),
    ])
    func parsesValidPaths(_ valid: Valid) throws {
        let path = try XMLPath(parsing: valid.text, namespaces: Self.namespaces)
        #expect(path.elements == valid.elements)
        #expect(path.attribute == valid.attribute)
        #expect(path.description == valid.text)
    }

    @Test(arguments: [
        ("", "is empty"),
        ("name//given", "empty step"),
        ("/name", "empty step"),
        ("name/", "empty step"),
        ("@id/name", "not the last step"),
        ("x:name", "prefix 'x'"),
        ("@x:id", "prefix 'x'"),
        ("a:b:c", "invalid name"),
        ("1name", "invalid name"),
        ("na me", "invalid name"),
        ("name[1]", "invalid name"),
        ("@", "invalid name"),
        ("*", "invalid name"),
    ])
    func rejectsBadPaths(text: String, problem: String) {
        #expect {
            _ = try XMLPath(parsing: text, namespaces: Self.namespaces)
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.code == .config && error.message.contains(problem)
        }
    }

    @Test func pathsAreEqualWhenTheySelectTheSameNodes() throws {
        let namespaces = ["l": "urn:golden:loyalty:1", "m": "urn:golden:loyalty:1"]
        #expect(try XMLPath(parsing: "./name", namespaces: [:]) == XMLPath(parsing: "name", namespaces: [:]))
        #expect(try XMLPath(parsing: "l:name", namespaces: namespaces) == XMLPath(parsing: "m:name", namespaces: namespaces))
        #expect(try XMLPath(parsing: "l:name", namespaces: namespaces) != XMLPath(parsing: "name", namespaces: [:]))
        #expect(try XMLPath(parsing: "@id", namespaces: [:]) != XMLPath(parsing: "id", namespaces: [:]))
        let set: Set = [try XMLPath(parsing: "./a/b", namespaces: [:]), try XMLPath(parsing: "a/b", namespaces: [:])]
        #expect(set.count == 1)
    }
}
