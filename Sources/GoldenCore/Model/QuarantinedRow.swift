/// An input row (or XML element, or whole file) that could not be read or mapped, kept with
/// where it was and why, so that nothing read is ever silently lost.
public struct QuarantinedRow: Hashable, Sendable {
    /// The most raw bytes kept per quarantined row.
    public static let rawByteLimit = 4096

    public var source: String
    public var file: String
    public var line: Optional<Int>
    public var elementPath: Optional<String>
    /// The mapped field or input column concerned, when one is.
    public var field: Optional<String>
    public var reason: QuarantineReason
    /// Explains the reason without quoting personal data.
    public var message: String
    /// The raw input bytes, capped at ``rawByteLimit``.
    public var raw: [UInt8]
    /// Whether ``raw`` was cut at the limit.
    public var rawTruncated: Bool

    public init(
        source: String, file: String, line: Int? = nil, elementPath: String? = nil,
        field: String? = nil, reason: QuarantineReason, message: String, raw: some Collection<UInt8>
    ) {
        self.source = source
        self.file = file
        self.line = line
        self.elementPath = elementPath
        self.field = field
        self.reason = reason
        self.message = message
        self.raw = Array(raw.prefix(Self.rawByteLimit))
        self.rawTruncated = raw.count > Self.rawByteLimit
    }

    public var location: SourceLocation {
        SourceLocation(file: file, line: line, elementPath: elementPath, key: field)
    }
}

/// Why a row was quarantined. The raw value is the stable code stored and exported.
public enum QuarantineReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// A CSV row with more or fewer fields than the header.
    case raggedRow = "ragged-row"
    /// A quoted CSV field never closed before the end of input.
    case unbalancedQuote = "unbalanced-quote"
    /// Bytes that are not valid UTF-8 in a feed declared as UTF-8.
    case invalidEncoding = "invalid-encoding"
    /// The record key is missing or empty.
    case missingKey = "missing-key"
    /// A field the mapping requires is empty.
    case missingField = "missing-field"
    /// A value could not be parsed as the mapping says (timestamp, amount).
    case badValue = "bad-value"
    /// A field is larger than the configured limit.
    case oversizedField = "oversized-field"
    /// The file broke off here (truncated gzip, XML broken midway); the rest was not read.
    case fileError = "file-error"
    /// The file was refused as unsafe (XXE, entity expansion).
    case unsafeInput = "unsafe-input"
}
