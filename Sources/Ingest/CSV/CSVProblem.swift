import GoldenCore

/// What was wrong with one CSV row. The reader reports it on the row and goes on with the next;
/// the caller decides whether to quarantine.
///
/// Field numbers are 0-based, as in ``CSVRow/field(_:)``.
public enum CSVProblem: Sendable, Hashable {
    /// A quoted field was still open at the end of the input: the row runs from its start to the
    /// end of the file (kept up to ``CSVOptions/maxRowBytes``).
    case unbalancedQuote
    /// The row spans more than ``CSVOptions/maxRowBytes`` bytes; what is kept of it is cut short.
    case oversizedRow
    /// The field holds more than ``CSVOptions/maxFieldBytes`` bytes; it is cut at the limit.
    case oversizedField(field: Int)
    /// A quoted field's closing quote is followed by something other than a delimiter or line
    /// break, as in `"a"b,c`. The reader keeps the quote and what follows literally, up to the
    /// next delimiter (`a"b`), so a stray quote breaks at most its own field.
    case unexpectedQuote(field: Int)
    /// The field is not well-formed UTF-8 in a file declared UTF-8. ``CSVRow/field(_:)`` shows
    /// the bad bytes as U+FFFD; ``CSVRow/fieldBytes(_:)`` has them as read.
    case invalidUTF8(field: Int)

    /// The quarantine reason a row with this problem is stored under.
    public var quarantineReason: QuarantineReason {
        switch self {
        case .unbalancedQuote, .unexpectedQuote: .unbalancedQuote
        case .oversizedRow, .oversizedField: .oversizedField
        case .invalidUTF8: .invalidEncoding
        }
    }

    /// A sentence for reports, naming the column (1-based) but never quoting data.
    public var message: String {
        switch self {
        case .unbalancedQuote: "a quoted field is not closed before the end of the file"
        case .oversizedRow: "the row is longer than the row size limit"
        case .oversizedField(let field): "column \(field + 1) is longer than the field size limit"
        case .unexpectedQuote(let field): "column \(field + 1) has text after its closing quote"
        case .invalidUTF8(let field): "column \(field + 1) is not valid UTF-8"
        }
    }
}
