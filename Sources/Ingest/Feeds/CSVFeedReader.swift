import GoldenCore

/// A CSV feed: resolves the mapping's column names against the header once, then maps each row.
/// Ragged rows, unbalanced quotes, invalid UTF-8 and oversized fields are quarantined.
final class CSVFeedReader: FeedReader {
    private let reader: CSVReader
    private let file: String
    private let mapper: RowMapper
    private var columnCount: Int
    private var columnOfReference: [Int]

    init(bytes: any ByteSource, file: String, format: CSVFormat, mapper: RowMapper, maxFieldBytes: Int) throws(GoldenError) {
        var options = CSVOptions()
        options.delimiter = format.delimiter
        options.quote = format.quote
        options.encoding = format.encoding
        options.maxFieldBytes = maxFieldBytes
        reader = CSVReader(source: bytes, options: options)
        self.file = file
        self.mapper = mapper
        var names: [String]
        if let columns = format.columns {
            names = columns
        } else {
            let header: CSVRow?
            do { header = try reader.next() } catch let error as GoldenError { throw error.located(file) } catch {
                throw GoldenError(.io, "cannot read header", at: SourceLocation(file: file))
            }
            guard let header else {
                // An empty file has no rows; nothing is read, nothing is lost.
                columnCount = 0
                columnOfReference = []
                return
            }
            if header.problem != nil {
                throw GoldenError(.parse, "header row cannot be read", at: SourceLocation(file: file, line: header.line))
            }
            names = (0..<header.fieldCount).map { header.field($0).trimmingHeader }
        }
        columnCount = names.count
        var index: [String: Int] = [:]
        for (column, name) in names.enumerated() where index[name] == nil { index[name] = column }
        columnOfReference = []
        let references = mapper.mapping.references
        for (reference, name) in references.names.enumerated() {
            guard let column = index[name] else {
                throw GoldenError(
                    .parse, "the file has no column '\(name)' that the mapping uses",
                    at: SourceLocation(file: file, line: 1, key: "\(mapper.mapping.file): \(references.usedAt[reference])"))
            }
            columnOfReference.append(column)
        }
    }

    func next() throws(GoldenError) -> RowMapper.Outcome? {
        guard columnCount > 0 || !columnOfReference.isEmpty else { return nil }
        let row: CSVRow?
        do { row = try reader.next() } catch let error as GoldenError { throw error.located(file) } catch {
            throw GoldenError(.io, "read failed", at: SourceLocation(file: file))
        }
        guard let row else { return nil }
        let lineage = Lineage(file: file, line: row.line)
        func quarantine(_ reason: QuarantineReason, field: String?, _ message: String) -> RowMapper.Outcome {
            .quarantined(
                QuarantinedRow(
                    source: mapper.source, file: file, line: row.line, field: field, reason: reason,
                    message: message, raw: row.raw))
        }
        if let problem = row.problem {
            return quarantine(problem.quarantineReason, field: problem.field.map(columnName), problem.message)
        }
        guard row.fieldCount == columnCount else {
            return quarantine(.raggedRow, field: nil, "row has \(row.fieldCount) fields, the header has \(columnCount)")
        }
        return mapper.map(CSVLookup(row: row, columns: columnOfReference), lineage: lineage, rawBytes: { row.raw })
    }

    /// The mapping's name for a column, or its 1-based number.
    private func columnName(_ field: Int) -> String {
        if let reference = columnOfReference.firstIndex(of: field) { return mapper.mapping.references.names[reference] }
        return "column \(field + 1)"
    }
}

/// Reads mapping references from a CSV row.
struct CSVLookup: FieldLookup {
    let row: CSVRow
    let columns: [Int]
    func values(_ index: Int) -> [String] {
        let value = row.field(columns[index])
        return value.isEmpty ? [] : [value]
    }

    func forEachValue(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Bool) {
        row.withFieldBytes(columns[index]) { bytes in
            if !bytes.isEmpty { _ = body(bytes) }
        }
    }
}

extension CSVProblem {
    /// The 0-based column the problem is in, when it is in one.
    var field: Int? {
        switch self {
        case .oversizedField(let field), .unexpectedQuote(let field), .invalidUTF8(let field): return field
        case .unbalancedQuote, .oversizedRow: return nil
        }
    }
}

extension String {
    /// Header names lose surrounding spaces.
    fileprivate var trimmingHeader: String { trimmedValue }
}

extension GoldenError {
    /// The same error, placed in `file` when it had no location.
    func located(_ file: String) -> GoldenError {
        var copy = self
        if copy.location == nil { copy.location = SourceLocation(file: file) } else { copy.location?.file = file }
        return copy
    }
}
