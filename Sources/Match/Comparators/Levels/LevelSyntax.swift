/// The parts of a level's name as configuration writes it: a word, and for levels with a
/// threshold an operator and a number (`exact`, `jaro_winkler>=0.92`, `within_days <= 30`).
///
/// Each kind of level reads its names from these parts, so that all of them share one syntax and
/// the same error messages.
struct LevelSyntax {
    /// The operator in front of a threshold.
    enum Operator: String, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
    }

    /// The text as written, for error messages.
    var text: String
    /// The word before any operator, lower case (`jaro_winkler`); whatever was written, for the
    /// level kinds to recognize or reject with the list of their names.
    var word: String
    var comparison: Operator?
    /// The text after the operator, trimmed.
    var threshold: Substring?

    init(_ text: some StringProtocol) throws(ComparisonLevelError) {
        let text = String(text)
        self.text = text
        let trimmed = text.trimmingSpaces
        guard let operatorStart = trimmed.firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "=" }) else {
            word = String(trimmed).lowercased()
            return
        }
        word = String(trimmed[..<operatorStart].trimmingSpaces).lowercased()
        let rest = trimmed[operatorStart...]
        guard let op = Operator.allCases.first(where: { rest.hasPrefix($0.rawValue) }) else {
            throw ComparisonLevelError(
                .wrongOperator, text: text, detail: "a threshold follows `>=` or `<=`, as in `jaro_winkler>=0.9`")
        }
        comparison = op
        threshold = rest.dropFirst(op.rawValue.count).trimmingSpaces
    }

    /// Fails unless the level is written without a threshold.
    func expectingNoThreshold() throws(ComparisonLevelError) {
        guard comparison == nil else {
            throw ComparisonLevelError(.unexpectedThreshold, text: text, detail: "\(word) takes no threshold")
        }
    }

    /// The threshold of a similarity level: `>=` and a number from 0 to 1.
    func similarity() throws(ComparisonLevelError) -> Double {
        let expected = "\(word) takes \">=\" and a similarity from 0 to 1, as in `\(word)>=0.9`"
        let value = try number(.atLeast, expected: expected)
        guard let similarity = Double(value), similarity.isFinite, (0...1).contains(similarity) else {
            throw ComparisonLevelError(.invalidThreshold, text: text, detail: expected)
        }
        return similarity
    }

    /// The threshold of a count: `op` and a whole number from `range`.
    func count(_ op: Operator, in range: ClosedRange<Int>, example: Int) throws(ComparisonLevelError) -> Int {
        let expected = "\(word) takes \"\(op.rawValue)\" and a whole number from \(range.lowerBound) to "
            + "\(range.upperBound), as in `\(word)\(op.rawValue)\(example)`"
        let value = try number(op, expected: expected)
        guard let count = Int(value), range.contains(count) else {
            throw ComparisonLevelError(.invalidThreshold, text: text, detail: expected)
        }
        return count
    }

    private func number(_ op: Operator, expected: String) throws(ComparisonLevelError) -> Substring {
        guard let comparison, let threshold else {
            throw ComparisonLevelError(.missingThreshold, text: text, detail: expected)
        }
        guard comparison == op else { throw ComparisonLevelError(.wrongOperator, text: text, detail: expected) }
        guard !threshold.isEmpty else { throw ComparisonLevelError(.missingThreshold, text: text, detail: expected) }
        return threshold
    }

    /// The error for a word that is no level of this kind, listing the names that are.
    func unknown(among names: [String]) -> ComparisonLevelError {
        ComparisonLevelError(
            .unknownLevel, text: text, detail: "unknown level; expected one of " + names.joined(separator: ", "))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }
}

/// Formats a similarity threshold the way a level's name writes it: the shortest text that reads
/// back as the same number (`0.92`, `1.0`).
@inline(__always)
func thresholdText(_ value: Double) -> String { "\(value)" }
