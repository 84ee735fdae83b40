import CGoldenXML
import GoldenCore

/// The state and the per-node loop of an `XMLRecordReader`.
///
/// Records are found by comparing libxml2's interned name pointers, so nodes outside records
/// cost no string work at all; inside a record, names come from an `XMLNameTable`.
struct XMLRecordCursor {
    let reader: OpaquePointer
    let input: XMLByteInput
    let file: String
    private let recordLocalName: UnsafePointer<UInt8>?
    /// `nil` with `recordInNoNamespace` false: any namespace.
    private let recordNamespace: UnsafePointer<UInt8>?
    private let recordInNoNamespace: Bool
    /// Namespace URIs from the C side are always interned: compared by address.
    private let xsiNamespace: UnsafePointer<UInt8>?

    private var names = XMLNameTable()
    private var builder = XMLTreeBuilder()
    private var node = golden_xml_node()
    private var attribute = golden_xml_attribute()
    /// `/a/b` for each open element outside records, innermost last.
    private var ancestorPaths: [String] = []
    private var recordDepth: Int32 = -1
    private var recordLine = 0
    private var recordName: XMLQualifiedName?
    private var recordCount = 0
    /// `/members/member[`: the element path up to the index, while ancestors and name hold.
    private var pathPrefix: String?
    /// Whether the parser interns local names (checked on the first element; libxml2 does).
    private var localNamesInterned: Bool?

    init(reader: OpaquePointer, input: XMLByteInput, file: String, record: XMLName) {
        self.reader = reader
        self.input = input
        self.file = file
        recordLocalName = golden_xml_reader_intern(reader, record.localName)
        recordInNoNamespace = record.namespaceURI == ""
        recordNamespace = record.namespaceURI.flatMap { $0.isEmpty ? nil : golden_xml_reader_intern(reader, $0) }
        xsiNamespace = golden_xml_reader_intern(reader, "http://www.w3.org/2001/XMLSchema-instance")
    }

    /// The next record, `nil` at the end; call between `golden_xml_reader_enter` and `_leave`.
    mutating func next() throws(GoldenError) -> XMLRecord? {
        while true {
            let status = golden_xml_reader_next(reader, &node)
            if status == 0 {
                guard !builder.isBuilding else { throw parseError("the document ended inside a record", line: nil) }
                return nil
            }
            if status < 0 {
                if input.byteCount == 0, input.failure == nil { return nil }  // an empty input: no records
                throw failure()
            }
            switch Int(node.type) {
            case Int(GOLDEN_XML_ELEMENT):
                if let record = try startElement() { return record }
            case Int(GOLDEN_XML_END_ELEMENT):
                if let record = endElement() { return record }
            case Int(GOLDEN_XML_TEXT), Int(GOLDEN_XML_CDATA):
                if builder.isBuilding, let value = node.value {
                    builder.appendText(UnsafeBufferPointer(start: value, count: node.value_length))
                }
            case Int(GOLDEN_XML_DOCUMENT_TYPE):
                if let refusal = doctypeRefusal() { throw refusal }
            case Int(GOLDEN_XML_ENTITY_REFERENCE), Int(GOLDEN_XML_ENTITY):
                throw doctypeRefusal() ?? unsafeError("the document references an entity", line: nil)
            default:
                continue  // comments, processing instructions
            }
        }
    }

    /// A start tag: inside a record, a child; else maybe a new record; else an ancestor.
    private mutating func startElement() throws(GoldenError) -> XMLRecord? {
        guard let local = node.local_name else { throw parseError("an element has no name", line: Int(node.line)) }
        if localNamesInterned == nil { localNamesInterned = Self.isInterned(local, by: reader) }
        let isEmpty = node.is_empty_element != 0
        if builder.isBuilding {
            builder.startElement(qualifiedName(local))
            addAttributes()
            if isEmpty { builder.endElement() }
            return nil
        }
        if isRecord(local) {
            let name = qualifiedName(local)
            if name !== recordName { pathPrefix = nil }
            recordName = name
            recordDepth = node.depth
            recordLine = Int(node.line)
            builder.begin(name)
            addAttributes()
            return isEmpty ? finishRecord() : nil
        }
        if !isEmpty {
            ancestorPaths.append((ancestorPaths.last ?? "") + "/" + qualifiedName(local).qualifiedName)
            pathPrefix = nil
        }
        return nil
    }

    private mutating func endElement() -> XMLRecord? {
        guard builder.isBuilding else {
            _ = ancestorPaths.popLast()
            pathPrefix = nil
            return nil
        }
        if node.depth == recordDepth { return finishRecord() }
        builder.endElement()
        return nil
    }

    private mutating func finishRecord() -> XMLRecord {
        recordCount += 1
        let prefix = pathPrefix ?? ((ancestorPaths.last ?? "") + "/" + (recordName?.qualifiedName ?? "") + "[")
        pathPrefix = prefix
        var path = prefix
        path.append(String(recordCount))
        path.append("]")
        return XMLRecord(line: recordLine, elementPath: path, tree: builder.finish())
    }

    /// Compares interned pointers: no bytes are read.
    private func isRecord(_ local: UnsafePointer<UInt8>) -> Bool {
        if localNamesInterned == false {
            let text = UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self)
            guard golden_xml_reader_intern(reader, text) == recordLocalName else { return false }
        } else if local != recordLocalName {
            return false
        }
        if recordInNoNamespace { return node.namespace_uri == nil }
        return recordNamespace == nil || node.namespace_uri == recordNamespace
    }

    private mutating func qualifiedName(_ local: UnsafePointer<UInt8>) -> XMLQualifiedName {
        let reader = reader
        return names.name(local: local, namespace: node.namespace_uri, prefix: node.prefix) {
            Self.isInterned($0, by: reader)
        }
    }

    /// Whether libxml2's dictionary owns `pointer` (interning a dictionary string returns itself).
    private static func isInterned(_ pointer: UnsafePointer<UInt8>, by reader: OpaquePointer) -> Bool {
        let text = UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)
        return golden_xml_reader_intern(reader, text) == pointer
    }

    private mutating func addAttributes() {
        guard node.has_attributes != 0 else { return }
        let reader = reader
        var index: Int32 = 0
        while golden_xml_reader_attribute(reader, index, &attribute) == 1 {
            index += 1
            guard let local = attribute.local_name, let value = attribute.value else { continue }
            let name = names.name(local: local, namespace: attribute.namespace_uri, prefix: attribute.prefix) {
                Self.isInterned($0, by: reader)
            }
            let isNilMarker = attribute.namespace_uri == xsiNamespace && name.localName == "nil"
            builder.addAttribute(
                name, value: UnsafeBufferPointer(start: value, count: attribute.value_length),
                isNilMarker: isNilMarker)
        }
    }
}
