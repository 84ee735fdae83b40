import GoldenCore

/// Reads CSV (RFC 4180) rows from a byte source, streaming, with memory bounded by the options'
/// limits whatever the size of the file.
///
/// What it accepts:
/// - quoted fields with delimiters, doubled quotes and line breaks inside;
/// - LF, CRLF and CR line ends, mixed; a last row without a line end;
/// - a UTF-8 byte order mark at the start of a UTF-8 file (skipped);
/// - a quote inside an unquoted field (`5'10"`), kept as a literal character, no problem reported.
///
/// Completely empty lines (no byte between two line ends) are skipped, not read as a row with one
/// empty field; ``CSVRow/line`` still counts them. Rows are never compared with the header: each
/// row reports its ``CSVRow/fieldCount``.
///
/// Row-level trouble (an unclosed quote, an oversized field, invalid UTF-8) is reported as the
/// row's ``CSVRow/problem`` and reading goes on. `next()` throws only what the byte source throws
/// (I/O errors, a truncated gzip stream); after that the reader should not be used again.
public final class CSVReader {
    /// The options the reader was created with.
    public let options: CSVOptions
    private let source: any ByteSource
    private var parser: CSVParser

    /// A reader over `source`.
    ///
    /// - Precondition: `options` are valid (``CSVOptions/validate()``); check options that come
    ///   from configuration before creating the reader.
    public init(source: any ByteSource, options: CSVOptions = CSVOptions()) {
        do {
            try options.validate()
        } catch {
            preconditionFailure("invalid CSV options: \(error)")
        }
        self.options = options
        self.source = source
        parser = CSVParser(options: options)
    }

    /// The next row, or nil at the end of the input.
    ///
    /// - Throws: what the byte source throws (``GoldenError`` with code `.io` or `.compression`).
    public func next() throws -> CSVRow? {
        try parser.nextRow(from: source)
    }
}
