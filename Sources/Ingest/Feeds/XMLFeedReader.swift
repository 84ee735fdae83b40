import GoldenCore

/// An XML feed: compiles the mapping's paths once, then maps each record element.
final class XMLFeedReader: FeedReader {
    private let reader: XMLRecordReader
    private let file: String
    private let mapper: RowMapper
    private let paths: [XMLPath]
    /// `paths`' steps, unretained (`paths` keeps them alive): looking a value up costs no retain.
    private let steps: [Unmanaged<XMLPathSteps>]

    init(bytes: any ByteSource, file: String, format: XMLFormat, mapper: RowMapper) throws(GoldenError) {
        self.file = file
        self.mapper = mapper
        let references = mapper.mapping.references
        var paths: [XMLPath] = []
        for (index, name) in references.names.enumerated() {
            do {
                paths.append(try XMLPath(parsing: name, namespaces: format.namespaces))
            } catch {
                throw GoldenError(
                    .config, error.message,
                    at: SourceLocation(file: mapper.mapping.file, key: references.usedAt[index]))
            }
        }
        self.paths = paths
        steps = paths.map { Unmanaged.passUnretained($0.steps) }
        reader = try XMLRecordReader(source: bytes, file: file, record: try format.recordName(file: mapper.mapping.file))
    }

    func next() throws(GoldenError) -> RowMapper.Outcome? {
        guard let record = try reader.next() else { return nil }
        let lineage = Lineage(file: file, line: record.line, elementPath: record.elementPath)
        // The raw XML is re-serialized from the tree: only for a quarantine or a row hash.
        return record.withView { view in
            steps.withUnsafeBufferPointer { steps in
                mapper.map(XMLLookup(record: view, steps: steps), lineage: lineage) {
                    view.serialized(limit: XMLRecord.rawLimit)
                }
            }
        }
    }
}

/// Reads mapping references from an XML record; plain pointers, so the mapper copies it for free.
struct XMLLookup: FieldLookup {
    let record: XMLRecordView
    let steps: UnsafeBufferPointer<Unmanaged<XMLPathSteps>>

    func values(_ index: Int) -> [String] {
        var values: [String] = []
        record.forEachValue(at: steps[index]) { bytes in
            values.append(String(decoding: bytes, as: UTF8.self))
            return true
        }
        return values
    }

    func forEachValue(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Bool) {
        record.forEachValue(at: steps[index], body)
    }
}

extension XMLFormat {
    /// The record element's name with its namespace resolved.
    func recordName(file: String) throws(GoldenError) -> XMLName {
        if let colon = record.firstIndex(of: ":") {
            let prefix = String(record[..<colon])
            guard let uri = namespaces[prefix] else {
                throw GoldenError(.config, "prefix '\(prefix)' is not declared", at: SourceLocation(file: file, key: "xml.record"))
            }
            return XMLName(namespaceURI: uri, localName: String(record[record.index(after: colon)...]))
        }
        return XMLName(namespaceURI: nil, localName: record)
    }
}
