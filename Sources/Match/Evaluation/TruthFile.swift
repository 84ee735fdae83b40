import GoldenCore

/// Reads labelled truth: which records belong to the same real person.
///
/// Two layouts, both CSV with a header row, columns found by name (so extra columns and any
/// column order are fine):
/// - ``Layout/golden``: `source,record_key,entity_id`, the `truth.csv` that
///   `golden fixtures generate` writes;
/// - ``Layout/labelled(source:)``: `record_key,entity_id,…` (or `record_id` for the key, as the
///   public labelled sets name it), all of whose records belong to the one source the caller names.
///
/// The caller reads the file; this parses its bytes: RFC 4180 CSV (fields may be quoted, with
/// `""` for a quote, and may then hold commas and line breaks), LF, CRLF or CR line ends, blank
/// lines skipped, a UTF-8 byte order mark ignored.
/// Errors name the file, line, column and column name, never a value.
public enum TruthFile {
    /// Where the record and the entity are in each row.
    public enum Layout: Hashable, Sendable {
        /// `source,record_key,entity_id`.
        case golden
        /// `record_key,entity_id,…` (or `record_id,entity_id,…`), every record in `source`.
        case labelled(source: String)

        /// The header names this layout needs, in the order ``TruthFile/parse(_:layout:file:)``
        /// reads them; each with the names it may go by, the preferred first.
        var columns: [[String]] {
            switch self {
            case .golden: [["source"], ["record_key"], ["entity_id"]]
            case .labelled: [["record_key", "record_id"], ["entity_id"]]
            }
        }

        /// The columns as an error message lists them.
        var columnList: String { columns.map { $0.joined(separator: "|") }.joined(separator: ",") }
    }

    /// The (record, entity id) pairs of `bytes`, in file order. Records listed twice are
    /// returned twice (``ClusteringEvaluator`` counts and skips the repeats).
    ///
    /// - Parameter file: names the input in errors.
    /// - Throws: ``GoldenError`` with code `parse` when the header lacks a column the layout
    ///   needs, a row has too few fields or an empty source, key or entity id, or the quoting is
    ///   broken.
    /// - Complexity: O(*n*) for *n* bytes.
    public static func parse(
        _ bytes: [UInt8], layout: Layout, file: String = "truth"
    ) throws(GoldenError) -> [(RecordRef, String)] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(GoldenError) in
            try parse(buffer, layout: layout, file: file)
        }
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, layout: Layout, file: String
    ) throws(GoldenError) -> [(RecordRef, String)] {
        var scanner = CSVRowScanner(bytes, file: file)
        guard try scanner.next() else {
            throw GoldenError(
                .parse, "truth file is empty: expected a header row with \(layout.columnList)",
                at: SourceLocation(file: file, line: 1))
        }
        let header = scanner.fields.map { scanner.string($0) }
        var positions: [Int] = []
        var names: [String] = []
        for alternatives in layout.columns {
            guard let name = alternatives.first(where: header.contains), let position = header.firstIndex(of: name) else {
                throw GoldenError(
                    .parse,
                    "truth file header has no `\(alternatives.joined(separator: "` or `"))` column (expected \(layout.columnList))",
                    at: scanner.location(of: nil))
            }
            positions.append(position)
            names.append(name)
        }
        let needed = positions.max()! + 1
        var labels: [(RecordRef, String)] = []
        var lastSource = ""
        while try scanner.next() {
            guard scanner.fields.count >= needed else {
                throw GoldenError(
                    .parse, "expected at least \(needed) fields, found \(scanner.fields.count)",
                    at: scanner.location(of: nil))
            }
            func value(_ column: Int) throws(GoldenError) -> String {
                let field = scanner.fields[positions[column]]
                guard field.end > field.start else {
                    throw GoldenError(
                        .parse, "empty `\(names[column])`",
                        at: scanner.location(of: field, key: names[column]))
                }
                return scanner.string(field)
            }
            switch layout {
            case .golden:
                var source = try value(0)
                if source == lastSource { source = lastSource } else { lastSource = source }
                labels.append((RecordRef(source: source, key: try value(1)), try value(2)))
            case .labelled(let source):
                labels.append((RecordRef(source: source, key: try value(0)), try value(1)))
            }
        }
        return labels
    }
}
