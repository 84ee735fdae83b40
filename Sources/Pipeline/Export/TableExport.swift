import GoldenCore
import GoldenIO

/// Writes rows of named columns as CSV (a header line, then RFC 4180 lines) or JSON lines (one
/// object per row, keys in column order), optionally gzipped, to a file or standard output.
///
/// ```swift
/// let count = try TableExport.write(columns: ["source", "record_key"], format: .csv, gzip: false, to: "-") { emit in
///     try emit(["pos", "0001|01|000001"])
/// }
/// ```
public enum TableExport {
    public enum Format: String, Sendable, CaseIterable { case csv, jsonl }

    /// Calls `rows` with an `emit` function and writes each row it emits; returns how many.
    ///
    /// A value that is already JSON (an object or array) is embedded as it is in JSON lines when
    /// its column is listed in `rawJSON`.
    static func write(
        columns: [String], rawJSON: Set<String> = [], format: Format, gzip: Bool, level: Int = GzipWriter.defaultLevel,
        to path: String,
        rows: (_ emit: ([String?]) throws -> Void) throws -> Void
    ) throws(GoldenError) -> Int {
        var count = 0
        try withSink(path: path, gzip: gzip, level: level) { sink in
            if format == .csv { try sink.write(CSVLine.join(columns) + "\n") }
            try rows { values in
                switch format {
                case .csv:
                    try sink.write(CSVLine.join(values.map { $0 ?? "" }) + "\n")
                case .jsonl:
                    let fields = zip(columns, values).map { column, value in
                        JSONLine.quote(column) + ":"
                            + (value.map { rawJSON.contains(column) ? $0 : JSONLine.quote($0) } ?? "null")
                    }
                    try sink.write("{" + fields.joined(separator: ",") + "}\n")
                }
                count += 1
            }
        }
        return count
    }

    /// Opens `path` ("-" for standard output), gzipped when asked, for `body` to write to, and
    /// closes it; any failure but a ``GoldenError`` becomes an I/O error naming the path.
    static func withSink(
        path: String, gzip: Bool, level: Int = GzipWriter.defaultLevel, _ body: (any ByteSink) throws -> Void
    ) throws(GoldenError) {
        do {
            let sink = try ByteSources.create(path: path == "-" ? "/dev/stdout" : path, gzip: gzip, level: level)
            try body(sink)
            try sink.close()
        } catch let error as GoldenError {
            throw error
        } catch {
            throw GoldenError(.io, "cannot write export", at: SourceLocation(file: path))
        }
    }
}
