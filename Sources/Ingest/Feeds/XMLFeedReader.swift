import GoldenCore

/// An XML feed: compiles the mapping's paths once, then maps each record element.
final class XMLFeedReader: FeedReader {
    private let reader: XMLRecordReader
    private let file: String
    private let mapper: RowMapper
    private let paths: [XMLPath]

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
        reader = try XMLRecordReader(source: bytes, file: file, record: try format.recordName(file: mapper.mapping.file))
    }

    func next() throws(GoldenError) -> RowMapper.Outcome? {
        guard let record = try reader.next() else { return nil }
        let lineage = Lineage(file: file, line: record.line, elementPath: record.elementPath)
        // The raw XML is re-serialized from the tree: only for a quarantine or a row hash.
        return mapper.map(XMLLookup(record: record, paths: paths), lineage: lineage, rawBytes: { record.raw })
    }
}

/// Reads mapping references from an XML record.
struct XMLLookup: FieldLookup {
    let record: XMLRecord
    let paths: [XMLPath]
    func values(_ index: Int) -> [String] { record.values(at: paths[index]) }

    func forEachValue(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Bool) {
        record.forEachValue(at: paths[index], body)
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
