import GoldenCore

/// Why a row of the offer bank was refused: the line, the column and the reason. The loader
/// quarantines the row like a bad feed row (``quarantined(source:file:raw:)``); the message
/// never quotes the value.
public struct OfferRowProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong. The raw value is a stable code.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// `offer_id` is empty.
        case missingID = "missing-id"
        /// Neither `category` nor `sku` is given: the offer promotes nothing.
        case missingTarget = "missing-target"
        /// A required value (`cost`, `valid_from`, `valid_to`) is empty.
        case missingValue = "missing-value"
        /// `cost`, `quantity` or `budget` is not a number (a whole number for `quantity`).
        case badNumber = "bad-number"
        /// `cost`, `quantity` or `budget` is below zero.
        case negative
        /// A day that is not `YYYY-MM-DD` or does not exist.
        case badDate = "bad-date"
        /// `valid_to` is before `valid_from`.
        case endsBeforeStart = "ends-before-start"
        /// An earlier row has the same `offer_id` (the first one is kept).
        case duplicateID = "duplicate-id"
    }

    /// The 1-based line of the row.
    public var line: Int
    /// The column concerned (`offer_id`, `category`, `cost`…).
    public var field: String
    public var reason: Reason
    /// For ``Reason/duplicateID``: the line of the row that is kept.
    public var firstLine: Optional<Int>

    public init(line: Int, field: String, reason: Reason, firstLine: Int? = nil) {
        self.line = line
        self.field = field
        self.reason = reason
        self.firstLine = firstLine
    }

    /// What is wrong, in words, without the value.
    public var message: String {
        switch reason {
        case .missingID: "the offer has no offer_id"
        case .missingTarget: "the offer names neither a category nor a sku"
        case .missingValue: "\(field) is empty"
        case .badNumber: field == "quantity" ? "quantity is not a whole number" : "\(field) is not a number"
        case .negative: "\(field) is negative"
        case .badDate: "\(field) is not a day (YYYY-MM-DD)"
        case .endsBeforeStart: "valid_to is before valid_from"
        case .duplicateID: "offer_id repeats the one on line \(firstLine.map(String.init) ?? "?")"
        }
    }

    /// `line 12 [cost]: cost is negative`.
    public var description: String { "line \(line) [\(field)]: \(message)" }

    /// The quarantine code the loader stores: a missing id is a missing key, a missing value a
    /// missing field, anything else a bad value.
    public var quarantineReason: QuarantineReason {
        switch reason {
        case .missingID: .missingKey
        case .missingTarget, .missingValue: .missingField
        case .badNumber, .negative, .badDate, .endsBeforeStart, .duplicateID: .badValue
        }
    }

    /// The row as the loader quarantines it.
    public func quarantined(source: String, file: String, raw: some Collection<UInt8>) -> QuarantinedRow {
        QuarantinedRow(
            source: source, file: file, line: line, field: field, reason: quarantineReason, message: message, raw: raw)
    }
}
