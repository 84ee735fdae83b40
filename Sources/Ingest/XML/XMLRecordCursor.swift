import CGoldenXML
import GoldenCore

/// The state and the per-node loop of an `XMLRecordReader`.
///
/// Records are found by comparing libxml2's interned name pointers, so nodes outside records
/// cost no string work at all; inside a record, names come from an `XMLNameTable` by the ids the
/// C reader gives them. The C reader hands out nodes a batch at a time; the cursor walks the batch
/// in place.
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
    /// The batch of nodes the C reader handed out last, valid until the next call on it.
    private var batch: UnsafePointer<golden_xml_node>?
    private var batchCount = 0
    private var batchIndex = 0
    /// `/a/b` for each open element outside records, innermost last.
    private var ancestorPaths: [String] = []
    private var recordDepth: Int32 = -1
    private var recordLine = 0
    private var recordName: XMLQualifiedName?
    private var recordCount = 0
    /// `/members/member[` as UTF-8: the element path up to the index, while ancestors and name hold.
    private var pathPrefix: [UInt8]?

    init(reader: OpaquePointer, input: XMLByteInput, file: String, record: XMLName) {
        self.reader = reader
        self.input = input
        self.file = file
        recordLocalName = golden_xml_reader_intern(reader, record.localName)
        recordInNoNamespace = record.namespaceURI == ""
        recordNamespace = record.namespaceURI.flatMap { $0.isEmpty ? nil : golden_xml_reader_intern(reader, $0) }
        xsiNamespace = golden_xml_reader_intern(reader, "http://www.w3.org/2001/XMLSchema-instance")
    }

    /// The next record, `nil` at the end.
    mutating func next() throws(GoldenError) -> XMLRecord? {
        while true {
            if batchIndex == batchCount { try readBatch() }
            guard let batch else { return nil }
            let node = batch + batchIndex
            batchIndex += 1
            switch Int(node.pointee.type) {
            case Int(GOLDEN_XML_ELEMENT):
                if let record = try startElement(node) { return record }
            case Int(GOLDEN_XML_END_ELEMENT):
                if let record = endElement(node) { return record }
            case Int(GOLDEN_XML_TEXT), Int(GOLDEN_XML_CDATA):
                if builder.isBuilding, let value = node.pointee.value {
                    builder.appendText(UnsafeBufferPointer(start: value, count: node.pointee.value_length))
                }
            case Int(GOLDEN_XML_DOCUMENT_TYPE):
                if let refusal = doctypeRefusal() { throw refusal }
            case Int(GOLDEN_XML_ENTITY_REFERENCE):
                throw doctypeRefusal() ?? unsafeError("the document references an entity", line: nil)
            default:
                continue
            }
        }
    }

    /// The next batch of nodes; `batch` is `nil` at the end of the document.
    private mutating func readBatch() throws(GoldenError) {
        var nodes: UnsafePointer<golden_xml_node>?
        var count = 0
        let status = golden_xml_reader_read(reader, &nodes, &count)
        batch = nodes
        batchCount = count
        batchIndex = 0
        if status == 0 {
            guard !builder.isBuilding else { throw parseError("the document ended inside a record", line: nil) }
            return
        }
        if status < 0 {
            if input.byteCount == 0, input.failure == nil { return }  // an empty input: no records
            throw failure()
        }
    }

    /// A start tag: inside a record, a child; else maybe a new record; else an ancestor.
    private mutating func startElement(_ node: UnsafePointer<golden_xml_node>) throws(GoldenError) -> XMLRecord? {
        guard let local = node.pointee.local_name else {
            throw parseError("an element has no name", line: node.pointee.line)
        }
        let isEmpty = node.pointee.is_empty_element != 0
        if builder.isBuilding {
            builder.startElement(recordName(local, node))
            addAttributes(node)
            if isEmpty { builder.endElement() }
            return nil
        }
        if isRecord(local, node) {
            builder.begin(names: names.store)
            let reference = recordName(local, node)
            let name = reference.takeUnretainedValue()
            if name !== recordName { pathPrefix = nil }
            recordName = name
            recordDepth = node.pointee.depth
            recordLine = node.pointee.line
            builder.startElement(reference)
            addAttributes(node)
            return isEmpty ? finishRecord() : nil
        }
        if !isEmpty {
            let name = names.name(
                id: node.pointee.name_id, local: local, namespace: node.pointee.namespace_uri,
                prefix: node.pointee.prefix)?.takeUnretainedValue()
                ?? XMLNameTable.make(local: local, namespace: node.pointee.namespace_uri, prefix: node.pointee.prefix)
            ancestorPaths.append((ancestorPaths.last ?? "") + "/" + name.qualifiedName)
            pathPrefix = nil
        }
        return nil
    }

    private mutating func endElement(_ node: UnsafePointer<golden_xml_node>) -> XMLRecord? {
        guard builder.isBuilding else {
            _ = ancestorPaths.popLast()
            pathPrefix = nil
            return nil
        }
        if node.pointee.depth == recordDepth { return finishRecord() }
        builder.endElement()
        return nil
    }

    private mutating func finishRecord() -> XMLRecord {
        recordCount += 1
        let prefix = pathPrefix ?? Array(((ancestorPaths.last ?? "") + "/" + (recordName?.qualifiedName ?? "") + "[").utf8)
        pathPrefix = prefix
        return XMLRecord(line: recordLine, elementPath: Self.path(prefix, recordCount), tree: builder.finish())
    }

    /// `prefix`, the decimal `index` and `]`, in one allocation.
    private static func path(_ prefix: [UInt8], _ index: Int) -> String {
        var digits = 1
        var rest = index / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return String(unsafeUninitializedCapacity: prefix.count + digits + 1) { buffer in
            _ = buffer.initialize(fromContentsOf: prefix)
            var value = index
            for position in stride(from: prefix.count + digits - 1, through: prefix.count, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            buffer[prefix.count + digits] = UInt8(ascii: "]")
            return prefix.count + digits + 1
        }
    }

    /// Compares interned pointers (the C reader hands out only interned names): no bytes are read.
    private func isRecord(_ local: UnsafePointer<UInt8>, _ node: UnsafePointer<golden_xml_node>) -> Bool {
        guard local == recordLocalName else { return false }
        if recordInNoNamespace { return node.pointee.namespace_uri == nil }
        return recordNamespace == nil || node.pointee.namespace_uri == recordNamespace
    }

    /// The name of an element of the record being built, alive as long as the record.
    private mutating func recordName(
        _ local: UnsafePointer<UInt8>, _ node: UnsafePointer<golden_xml_node>
    ) -> Unmanaged<XMLQualifiedName> {
        let namespace = node.pointee.namespace_uri
        let prefix = node.pointee.prefix
        return names.name(id: node.pointee.name_id, local: local, namespace: namespace, prefix: prefix)
            ?? builder.keep(XMLNameTable.make(local: local, namespace: namespace, prefix: prefix))
    }

    private mutating func addAttributes(_ node: UnsafePointer<golden_xml_node>) {
        guard node.pointee.attribute_count > 0, let attributes = node.pointee.attributes else { return }
        for attribute in UnsafeBufferPointer(start: attributes, count: Int(node.pointee.attribute_count)) {
            guard let local = attribute.local_name, let value = attribute.value else { continue }
            let name =
                names.name(
                    id: attribute.name_id, local: local, namespace: attribute.namespace_uri, prefix: attribute.prefix)
                ?? builder.keep(
                    XMLNameTable.make(local: local, namespace: attribute.namespace_uri, prefix: attribute.prefix))
            let isNilMarker =
                attribute.namespace_uri == xsiNamespace && name._withUnsafeGuaranteedRef { $0.localName == "nil" }
            builder.addAttribute(
                name, value: UnsafeBufferPointer(start: value, count: attribute.value_length),
                isNilMarker: isNilMarker)
        }
    }
}
