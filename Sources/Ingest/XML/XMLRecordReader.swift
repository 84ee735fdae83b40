import CGoldenXML
import GoldenCore

/// Reads the records of an XML feed one at a time, in constant memory, refusing unsafe input.
///
/// A record is an element named `record` at any depth that is not inside another record;
/// everything outside records is skipped. Only one record's tree is held at a time, whatever
/// the size of the file.
///
/// ```swift
/// let reader = try XMLRecordReader(source: source, file: "members.xml",
///                                  record: XMLName(localName: "member"))
/// let given = try XMLPath(parsing: "name/given", namespaces: [:])
/// while let record = try reader.next() {
///     print(record.line, record.values(at: given))
/// }
/// ```
///
/// ## Safety
/// The reader never expands entities, never loads a DTD or an external entity, never touches
/// the network, and keeps libxml2's default size limits. It refuses, with
/// `GoldenError(.unsafeInput, …)` and the line of the `<!DOCTYPE`:
/// - a DOCTYPE whose internal subset declares any entity (general or parameter): this covers
///   XXE (`<!ENTITY x SYSTEM "file:///etc/passwd">`), billion laughs and quadratic blowup;
/// - a DOCTYPE with a SYSTEM or PUBLIC identifier (an external DTD, which is never fetched);
/// - any entity reference that would need a declaration, and libxml2's own entity-loop and
///   amplification errors.
///
/// A plain DOCTYPE (`<!DOCTYPE members>`), even with element or attribute declarations, is
/// allowed. A reference to an undeclared entity is a `.parse` error. libxml2 may parse up to a
/// few kilobytes past the DOCTYPE before the check runs; it substitutes nothing while doing so.
///
/// ## Errors
/// A broken document ends reading with a file-level `.parse` error that carries a line and
/// column; records returned before stay valid. libxml2 parses ahead in blocks of 512 bytes, so
/// the record or two just before the error may not be returned. Encoding errors — bytes that are
/// not valid UTF-8 in a UTF-8 document, or not valid in the declared encoding — are also
/// file-level: libxml2 stops decoding at the first bad byte. Messages name elements and
/// entities, never values; libxml2 never prints to stderr.
///
/// An input of zero bytes has no records (and no error).
public final class XMLRecordReader {
    let file: String
    let input: XMLByteInput
    let reader: OpaquePointer
    private let recordLocalName: UnsafePointer<UInt8>?
    /// `nil`: any namespace. An interned "" (never a node's namespace) stands for "no namespace".
    private let recordNamespace: UnsafePointer<UInt8>?
    private let recordInNoNamespace: Bool
    private let xsiNamespace: UnsafePointer<UInt8>?
    private let nilLocalName: UnsafePointer<UInt8>?

    // The reader is used from one thread at a time and never lends these out across a call:
    // no dynamic exclusivity checks on the per-node state.
    @exclusivity(unchecked) private var names = XMLNameTable()
    @exclusivity(unchecked) private var builder = XMLTreeBuilder()
    @exclusivity(unchecked) private var node = golden_xml_node()
    @exclusivity(unchecked) private var attribute = golden_xml_attribute()
    /// `/a/b` for each open element outside records, innermost last.
    private var ancestorPaths: [String] = []
    private var recordDepth: Int32 = -1
    private var recordLine = 0
    private var recordName: XMLQualifiedName?
    private var recordCount = 0
    private var isDone = false

    /// Opens a reader over `source`.
    ///
    /// - Parameters:
    ///   - source: the document's bytes (a file, a gzip stream…); read as needed.
    ///   - file: the name errors and records report.
    ///   - record: the element that makes one record. A `nil` namespace matches any namespace;
    ///     an empty one matches elements in no namespace.
    /// - Throws: `GoldenError(.io)` if the reader cannot be set up or the first read fails.
    public init(source: any ByteSource, file: String, record: XMLName) throws(GoldenError) {
        self.file = file
        input = XMLByteInput(source: source)
        let context = Unmanaged.passUnretained(input).toOpaque()
        guard let reader = golden_xml_reader_create(XMLByteInput.readCallback, context) else {
            if let failure = input.failure { throw Self.inputError(failure, file: file) }
            throw GoldenError(.io, "could not start the XML reader", at: SourceLocation(file: file))
        }
        self.reader = reader
        recordLocalName = golden_xml_reader_intern(reader, record.localName)
        recordInNoNamespace = record.namespaceURI == ""
        recordNamespace = record.namespaceURI.flatMap { $0.isEmpty ? nil : golden_xml_reader_intern(reader, $0) }
        xsiNamespace = golden_xml_reader_intern(reader, "http://www.w3.org/2001/XMLSchema-instance")
        nilLocalName = golden_xml_reader_intern(reader, "nil")
    }

    deinit {
        golden_xml_reader_free(reader)
    }

    /// The next record, or `nil` at the end of the document.
    ///
    /// - Throws: a file-level `GoldenError` (`.parse` or `.unsafeInput`, with a line) when the
    ///   document is broken or unsafe, or the source's error when reading fails. After a throw,
    ///   `next()` returns `nil`.
    public func next() throws(GoldenError) -> XMLRecord? {
        guard !isDone else { return nil }
        golden_xml_reader_enter(reader)
        defer { golden_xml_reader_leave(reader) }
        do {
            return try readRecord()
        } catch {
            isDone = true
            throw error
        }
    }

    private func readRecord() throws(GoldenError) -> XMLRecord? {
        while true {
            let status = golden_xml_reader_next(reader, &node)
            if status == 0 {
                isDone = true
                guard !builder.isBuilding else { throw parseError("the document ended inside a record", line: nil) }
                return nil
            }
            if status < 0 {
                if input.byteCount == 0, input.failure == nil {  // an empty input: no records
                    isDone = true
                    return nil
                }
                throw failure()
            }
            switch Int(node.type) {
            case Int(GOLDEN_XML_ELEMENT):
                if let record = try startElement() { return record }
            case Int(GOLDEN_XML_END_ELEMENT):
                if let record = endElement() { return record }
            case Int(GOLDEN_XML_TEXT), Int(GOLDEN_XML_CDATA):
                if builder.isBuilding, let value = node.value {
                    builder.appendText(
                        UnsafeBufferPointer(start: value, count: node.value_length),
                        isWhitespace: node.is_whitespace != 0)
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
    private func startElement() throws(GoldenError) -> XMLRecord? {
        guard let local = node.local_name else { throw parseError("an element has no name", line: Int(node.line)) }
        let isEmpty = node.is_empty_element != 0
        if builder.isBuilding {
            builder.startElement(qualifiedName(local))
            addAttributes()
            if isEmpty { builder.endElement() }
            return nil
        }
        if isRecord(local) {
            let name = qualifiedName(local)
            recordName = name
            recordDepth = node.depth
            recordLine = Int(node.line)
            builder.begin(name)
            addAttributes()
            return isEmpty ? finishRecord() : nil
        }
        if !isEmpty {
            ancestorPaths.append((ancestorPaths.last ?? "") + "/" + qualifiedName(local).qualifiedName)
        }
        return nil
    }

    private func endElement() -> XMLRecord? {
        guard builder.isBuilding else {
            _ = ancestorPaths.popLast()
            return nil
        }
        if node.depth == recordDepth { return finishRecord() }
        builder.endElement()
        return nil
    }

    private func finishRecord() -> XMLRecord {
        recordCount += 1
        let name = recordName?.qualifiedName ?? ""
        let path = (ancestorPaths.last ?? "") + "/" + name + "[\(recordCount)]"
        return XMLRecord(line: recordLine, elementPath: path, tree: builder.finish())
    }

    /// Compares interned pointers: no bytes are read.
    private func isRecord(_ local: UnsafePointer<UInt8>) -> Bool {
        guard local == recordLocalName else { return false }
        if recordInNoNamespace { return node.namespace_uri == nil }
        return recordNamespace == nil || node.namespace_uri == recordNamespace
    }

    private func qualifiedName(_ local: UnsafePointer<UInt8>) -> XMLQualifiedName {
        names.name(local: local, namespace: node.namespace_uri, prefix: node.prefix, isInterned: isInterned)
    }

    /// Whether libxml2's dictionary owns `pointer` (interning a dictionary string returns itself).
    private func isInterned(_ pointer: UnsafePointer<UInt8>) -> Bool {
        let text = UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)
        return golden_xml_reader_intern(reader, text) == pointer
    }

    private func addAttributes() {
        guard node.has_attributes != 0 else { return }
        var index: Int32 = 0
        while golden_xml_reader_attribute(reader, index, &attribute) == 1 {
            index += 1
            guard let local = attribute.local_name, let value = attribute.value else { continue }
            let name = names.name(
                local: local, namespace: attribute.namespace_uri, prefix: attribute.prefix,
                isInterned: isInterned)
            let isNilMarker = local == nilLocalName && attribute.namespace_uri == xsiNamespace
            builder.addAttribute(
                name, value: UnsafeBufferPointer(start: value, count: attribute.value_length),
                isNilMarker: isNilMarker)
        }
    }
}
