import GoldenCore

/// Where a value sits inside an XML record, relative to the record element.
///
/// The syntax is a small subset of XPath's abbreviated form:
///
/// | path                 | values                                                        |
/// |----------------------|---------------------------------------------------------------|
/// | `.`                  | the text of the record element itself                         |
/// | `name/given`         | the text of every `given` child of every `name` child         |
/// | `@id`                | the `id` attribute of the record element                      |
/// | `cards/card/@number` | the `number` attribute of every `card`, in document order     |
/// | `l:name`             | `name` children in the namespace bound to `l` in `namespaces` |
///
/// Element names without a prefix match the local name in **any** namespace, so a mapping keeps
/// working whether or not the feed declares a default namespace. Attribute names without a prefix
/// match only attributes **without** a namespace — the XML rule: unprefixed attributes are in no
/// namespace — so `@nil` never picks up `xsi:nil` and `@type` never picks up `xsi:type`. Use a
/// prefix (`@xsi:type`) to reach a namespaced attribute.
public struct XMLPath: Hashable, Sendable, CustomStringConvertible {
    /// One shared, immutable object: copying a path costs one retain.
    let steps: XMLPathSteps

    /// The path as written.
    public var text: String { steps.text }
    public var description: String { steps.text }
    /// The element steps below the record element; empty for `.` and `@name`.
    var elements: [XMLName] { steps.elements }
    /// The final `@name` step, if any.
    var attribute: XMLAttributeName? { steps.attribute }

    /// Parses `"name/given"`, `"@id"`, `"cards/card/@number"`, `"."`.
    ///
    /// - Parameters:
    ///   - text: the path.
    ///   - namespaces: prefixes usable in the path, mapped to namespace URIs. They need not match
    ///     the prefixes the documents use.
    /// - Throws: `GoldenError(.config, …)` on a malformed path or a prefix missing from `namespaces`.
    public init(parsing text: String, namespaces: [String: String]) throws(GoldenError) {
        var elements: [XMLName] = []
        var attribute: XMLAttributeName?
        guard !text.isEmpty else { throw Self.error("is empty", in: text) }
        if text != "." {
            var parts = text.split(separator: "/", omittingEmptySubsequences: false)
            if parts.first == ".", parts.count > 1 { parts.removeFirst() }  // "./name" is "name"
            for (index, step) in parts.enumerated() {
                if step.isEmpty {
                    throw Self.error("has an empty step (a leading, trailing or doubled '/')", in: text)
                }
                if step.first == "@" {
                    guard index == parts.count - 1 else {
                        throw Self.error("has an attribute step '\(step)' that is not the last step", in: text)
                    }
                    let (uri, local) = try Self.resolve(step.dropFirst(), namespaces: namespaces, in: text)
                    attribute = XMLAttributeName(namespaceURI: uri, localName: local)
                } else {
                    let (uri, local) = try Self.resolve(step, namespaces: namespaces, in: text)
                    elements.append(XMLName(namespaceURI: uri, localName: local))
                }
            }
        }
        steps = XMLPathSteps(text: text, elements: elements, attribute: attribute)
    }

    /// Paths are equal when they select the same nodes: `./name` equals `name`.
    public static func == (lhs: XMLPath, rhs: XMLPath) -> Bool {
        lhs.steps.elements == rhs.steps.elements && lhs.steps.attribute == rhs.steps.attribute
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(steps.elements)
        hasher.combine(steps.attribute)
    }

    /// Splits `prefix:local`, checks both parts and maps the prefix to its URI.
    private static func resolve(
        _ step: Substring, namespaces: [String: String], in text: String
    ) throws(GoldenError) -> (String?, String) {
        let parts = step.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy(isName) else {
            throw error("has an invalid name '\(step)'", in: text)
        }
        guard parts.count == 2 else { return (nil, String(parts[0])) }
        guard let uri = namespaces[String(parts[0])] else {
            throw error("uses the prefix '\(parts[0])', which is not declared in the mapping's namespaces", in: text)
        }
        return (uri, String(parts[1]))
    }

    /// An XML NCName, loosely: no spaces, no markup characters, not starting with a digit, '-' or '.'.
    private static func isName(_ part: Substring) -> Bool {
        guard let first = part.utf8.first else { return false }
        if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "-")
            || first == UInt8(ascii: ".") {
            return false
        }
        return part.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"),
                UInt8(ascii: "."), 0x80...:
                return true
            default:
                return false
            }
        }
    }

    private static func error(_ problem: String, in text: String) -> GoldenError {
        GoldenError(.config, "XML path '\(text)' \(problem)")
    }
}

/// The parsed steps of an `XMLPath`, with the name keys `XMLRecord.values(at:)` compares first.
final class XMLPathSteps: Sendable {
    let text: String
    let elements: [XMLName]
    let attribute: XMLAttributeName?
    /// `XMLQualifiedName.key` of each element step's local name.
    let elementKeys: [UInt64]
    let attributeKey: UInt64

    init(text: String, elements: [XMLName], attribute: XMLAttributeName?) {
        self.text = text
        self.elements = elements
        self.attribute = attribute
        elementKeys = elements.map { XMLQualifiedName.key($0.localName) }
        attributeKey = attribute.map { XMLQualifiedName.key($0.localName) } ?? 0
    }
}

/// The final `@name` step of a path: unlike elements, `nil` means **no** namespace.
struct XMLAttributeName: Hashable, Sendable {
    var namespaceURI: String?
    var localName: String
}
