extension CSVParser {
    /// The problems seen in the row being read; ``first`` is the one the row reports.
    struct Problems {
        var unbalancedQuote = false
        var oversizedRow = false
        var oversizedField: Int?
        var unexpectedQuote: Int?
        var invalidUTF8: Int?

        /// Records `problem`, keeping the lowest field for each kind (fields may be checked
        /// out of order).
        mutating func note(_ problem: CSVProblem) {
            switch problem {
            case .unbalancedQuote: unbalancedQuote = true
            case .oversizedRow: oversizedRow = true
            case .oversizedField(let field): oversizedField = min(oversizedField ?? field, field)
            case .unexpectedQuote(let field): unexpectedQuote = min(unexpectedQuote ?? field, field)
            case .invalidUTF8(let field): invalidUTF8 = min(invalidUTF8 ?? field, field)
            }
        }

        /// The most serious problem: structure first (quotes, size), then content (encoding).
        var first: CSVProblem? {
            if unbalancedQuote { return .unbalancedQuote }
            if oversizedRow { return .oversizedRow }
            if let oversizedField { return .oversizedField(field: oversizedField) }
            if let unexpectedQuote { return .unexpectedQuote(field: unexpectedQuote) }
            if let invalidUTF8 { return .invalidUTF8(field: invalidUTF8) }
            return nil
        }
    }
}
