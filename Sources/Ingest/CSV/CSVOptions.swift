import GoldenCore

/// How a CSV file is laid out: its delimiter, quote, encoding and the limits that keep memory
/// bounded.
public struct CSVOptions: Sendable, Hashable {
    /// The byte between fields: `,` by default; `;`, tab and `|` are common too.
    public var delimiter: UInt8
    /// The byte that quotes a field; inside a quoted field it is written twice.
    public var quote: UInt8
    /// The encoding the file is declared to use.
    public var encoding: TextEncoding
    /// The most bytes one field may hold, counted as read (before transcoding). A longer field is
    /// cut at the limit and its row reported ``CSVProblem/oversizedField(field:)``.
    public var maxFieldBytes: Int
    /// The most bytes one row may span, counted as read. Past it the reader keeps no more of the
    /// row (neither fields nor raw bytes) but still scans to its end, and reports
    /// ``CSVProblem/oversizedRow``. This is what bounds memory when a quote is never closed.
    public var maxRowBytes: Int

    /// Options for a file; every parameter has the common default.
    public init(
        delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""), encoding: TextEncoding = .utf8,
        maxFieldBytes: Int = 1 << 20, maxRowBytes: Int = 1 << 24
    ) {
        self.delimiter = delimiter
        self.quote = quote
        self.encoding = encoding
        self.maxFieldBytes = maxFieldBytes
        self.maxRowBytes = maxRowBytes
    }

    /// Checks that the options can describe a CSV file.
    ///
    /// - Throws: ``GoldenError`` with code `.config` when the delimiter or quote is a line break,
    ///   they are the same byte, or a limit is not positive.
    public func validate() throws {
        let lineBreaks: Set<UInt8> = [UInt8(ascii: "\n"), UInt8(ascii: "\r")]
        if lineBreaks.contains(delimiter) { throw GoldenError(.config, "the CSV delimiter cannot be a line break") }
        if lineBreaks.contains(quote) { throw GoldenError(.config, "the CSV quote cannot be a line break") }
        if delimiter == quote { throw GoldenError(.config, "the CSV delimiter and quote must differ") }
        if maxFieldBytes < 1 || maxRowBytes < 1 {
            throw GoldenError(.config, "CSV size limits must be positive")
        }
    }
}
