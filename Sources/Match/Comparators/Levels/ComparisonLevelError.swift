/// Why a comparison level's name, or a list of levels, is not valid.
///
/// Comparison levels come from configuration (`jaro_winkler>=0.92` in a YAML list), so the error
/// names the offending text and, for a list, the position in it; the configuration loader adds
/// the file, line and key. Level names are never personal data, so the message may quote them.
public struct ComparisonLevelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Code: String, Hashable, Sendable, CaseIterable {
        /// The name is not one of the levels of this kind of comparison.
        case unknownLevel = "unknown_level"
        /// The level needs a threshold (`jaro_winkler>=0.9`) and has none.
        case missingThreshold = "missing_threshold"
        /// The level takes no threshold (`exact`) and has one.
        case unexpectedThreshold = "unexpected_threshold"
        /// The threshold has the wrong operator (`jaro_winkler<=0.9`) or no valid operator.
        case wrongOperator = "wrong_operator"
        /// The threshold is not a number, or not one this level accepts.
        case invalidThreshold = "invalid_threshold"
        /// The list of levels is empty.
        case empty
        /// The list does not end with `else`.
        case missingElse = "missing_else"
        /// `else` is not the last level: the levels after it could never be reached.
        case elseNotLast = "else_not_last"
        /// The same level is in the list twice: the second could never be reached.
        case duplicateLevel = "duplicate_level"
    }

    public var code: Code
    /// The level's text as written (empty for errors about the whole list).
    public var text: String
    /// The level's position in its list (0-based), when the error is about one level of a list.
    public var index: Optional<Int>
    /// What the level or list should look like instead.
    public var detail: String

    public init(_ code: Code, text: String, index: Int? = nil, detail: String) {
        self.code = code
        self.text = text
        self.index = index
        self.detail = detail
    }

    /// `level 2 ("jaro_winkler<=0.9"): jaro_winkler takes ">=" and …` in a list;
    /// `"jaro_winkler<=0.9": jaro_winkler takes ">=" and …` alone.
    public var description: String {
        let quoted = "\"\(text)\""
        switch (index, text.isEmpty) {
        case (let index?, false): return "level \(index + 1) (\(quoted)): \(detail)"
        case (let index?, true): return "level \(index + 1): \(detail)"
        case (nil, false): return "\(quoted): \(detail)"
        case (nil, true): return detail
        }
    }

    /// The same error, placed at `index` in its list.
    func at(_ index: Int) -> ComparisonLevelError {
        var copy = self
        copy.index = index
        return copy
    }
}
