import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses an XML document with Foundation's parser (namespaces on) and collects, for every
/// element named `record`, its attributes and the text of its descendants by local name.
final class XMLRecords: NSObject, XMLParserDelegate {
    struct Element {
        var namespace: String?
        var attributes: [String: String]
        /// Descendant element local name → texts, in document order.
        var texts: [String: [String]] = [:]
        /// Descendants marked `xsi:nil="true"`.
        var nils: Set<String> = []
        /// Descendant element local name → attributes of each occurrence.
        var descendantAttributes: [String: [[String: String]]] = [:]
    }

    private let record: String
    private(set) var elements: [Element] = []
    private(set) var rootName: String?
    private(set) var rootAttributes: [String: String] = [:]
    private var current: Element?
    private var path: [String] = []
    private var text = ""

    /// Parses `bytes`; returns `nil` when the document is not well-formed.
    static func parse(_ bytes: [UInt8], record: String) -> XMLRecords? {
        let collector = XMLRecords(record: record)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    private init(record: String) { self.record = record }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if rootName == nil {
            rootName = name
            rootAttributes = attributes
        }
        if name == record {
            current = Element(namespace: namespaceURI, attributes: attributes)
        } else if current != nil {
            if attributes["xsi:nil"] == "true" || attributes["nil"] == "true" { current?.nils.insert(name) }
            current?.descendantAttributes[name, default: []].append(attributes)
        }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        path.removeLast()
        if name == record, let element = current {
            elements.append(element)
            current = nil
        } else if current != nil {
            current?.texts[name, default: []].append(text)
        }
        text = ""
    }
}
