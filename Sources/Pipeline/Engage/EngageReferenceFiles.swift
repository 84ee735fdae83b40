import Engage
import GoldenCore
import GoldenIO
import Ingest

/// Reads the engagement rules' reference files: the calendar of baseline campaigns (a bad row
/// is a config error) and the offer bank (a bad row is quarantined with its line, field and
/// reason, like a feed row; the good ones are used).
enum EngageReferenceFiles {
    /// The campaigns of the calendar at `path` (shown as `displayPath`).
    static func calendar(path: String, displayPath: String, stages: [String]) throws(GoldenError) -> [Campaign] {
        let (header, rows) = try read(path: path, displayPath: displayPath, what: "calendar")
        try CalendarFile.checkHeader(header, file: displayPath)
        for row in rows {
            if let problem = row.problem {
                throw GoldenError(.config, problem.message, at: SourceLocation(file: displayPath, line: row.line))
            }
        }
        return try CalendarFile.campaigns(from: rows.map(\.keyed), file: displayPath, stages: stages)
    }

    /// The offer bank at `path` and the rows it quarantines.
    static func offers(path: String, displayPath: String) throws(GoldenError) -> (OfferBank, [QuarantinedRow]) {
        let (header, rows) = try read(path: path, displayPath: displayPath, what: "offer bank")
        let missing = OfferBankRow.missingColumns(in: header)
        guard missing.isEmpty else {
            throw GoldenError(
                .config, "the offer bank has no \(missing.joined(separator: ", ")) column",
                at: SourceLocation(file: displayPath, line: 1, key: missing[0]))
        }
        var bank = OfferBank()
        var quarantined: [QuarantinedRow] = []
        for row in rows {
            if let problem = row.problem {
                quarantined.append(
                    QuarantinedRow(
                        source: source, file: displayPath, line: row.line, reason: problem.reason,
                        message: problem.message, raw: row.raw))
                continue
            }
            if case .failure(let problem) = bank.add(row.keyed) {
                quarantined.append(problem.quarantined(source: source, file: displayPath, raw: row.raw))
            }
        }
        return (bank, quarantined)
    }

    /// The source name the offer bank's quarantined rows are filed under.
    static let source = "offers"

    /// A row as read: its values by column, its line, raw bytes and any CSV problem.
    struct Row {
        var keyed: KeyedRow
        var line: Int
        var raw: [UInt8]
        var problem: (reason: QuarantineReason, message: String)?
    }

    /// The header and rows of a small UTF-8 CSV file (comma-separated, `"` quotes).
    private static func read(path: String, displayPath: String, what: String) throws(GoldenError) -> ([String], [Row]) {
        do {
            let reader = CSVReader(source: try ByteSources.open(path: path), options: CSVOptions())
            guard let first = try reader.next() else {
                throw GoldenError(.config, "the \(what) is empty: it needs a header line", at: SourceLocation(file: displayPath))
            }
            let header = first.fields.map(\.trimmingBlanks)
            var rows: [Row] = []
            while let row = try reader.next() {
                var fields: [String: String] = [:]
                var problem = row.problem.map { (reason: $0.quarantineReason, message: $0.message) }
                if problem == nil, row.fieldCount != header.count {
                    problem = (.raggedRow, "the row has \(row.fieldCount) fields; the header has \(header.count)")
                }
                if problem == nil {
                    for (index, name) in header.enumerated() { fields[name] = row.field(index) }
                }
                rows.append(Row(keyed: KeyedRow(line: row.line, fields: fields), line: row.line, raw: row.raw, problem: problem))
            }
            return (header, rows)
        } catch let error as GoldenError {
            throw error
        } catch {
            throw GoldenError(.io, "cannot read the \(what)", at: SourceLocation(file: displayPath))
        }
    }
}
