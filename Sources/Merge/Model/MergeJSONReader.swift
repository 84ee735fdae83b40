import GoldenCore

/// Reads golden records and history summaries from their stored JSON: the values
/// ``MergeJSON/decode(_:as:)`` gives, without Foundation's decoder. The mirror of
/// ``MergeJSONWriter``.
///
/// Foundation's `JSONDecoder` spends about half a millisecond on a golden record, a third of it
/// converting keys from snake_case; exporting and publishing decode every record. This reader
/// walks the UTF-8 bytes once with GoldenCore's `JSONCursor`: it knows the types, so each
/// object's keys are matched against a small table (sorted documents match at the first try),
/// strings without escapes become `String`s straight from the bytes, numbers and enums are
/// read in place. What it must match, value for value, is what Foundation reads:
///
/// - members in any order, whitespace between tokens, unknown members skipped (later versions
///   may add some), a missing or `null` optional member `nil`; a missing required member
///   throws; of a repeated member the first wins;
/// - keys as `.convertFromSnakeCase` reads them: `record_id`, but also `recordId`;
/// - strings with every JSON escape, `\uXXXX` and surrogate pairs included;
/// - a ``GoldenCore/Timestamp`` in a golden record as `{"seconds_since_epoch":N}`; a history
///   summary's times as ISO 8601 text and amounts as exact decimal text (``HistorySummary``'s
///   own `Codable`).
///
/// Malformed input throws a `parse` error that names a byte offset and never quotes the JSON
/// (personal data); it never traps. A change to the types' `Codable` forms must be made here
/// too: `MergeJSONReaderTests` compare this reader with Foundation's on every attribute.
///
/// ```swift
/// let record = try MergeJSONReader.goldenRecord(stored.record)     // == MergeJSON.decode(…)
/// let history = try MergeJSONReader.historySummary(stored.history)
/// ```
public enum MergeJSONReader {
    /// The golden record `json` holds, as ``MergeJSON/decode(_:as:)`` reads it.
    ///
    /// - Throws: a `parse` error naming the byte offset when the JSON is malformed or lacks a
    ///   member.
    /// - Complexity: O(*n*) in the bytes of the document.
    public static func goldenRecord(_ json: String) throws(GoldenError) -> GoldenRecord {
        try read(json)
    }

    /// The history summary `json` holds, as ``MergeJSON/decode(_:as:)`` reads it.
    ///
    /// - Throws: a `parse` error naming the byte offset when the JSON is malformed or lacks a
    ///   member.
    /// - Complexity: O(*n*) in the bytes of the document.
    public static func historySummary(_ json: String) throws(GoldenError) -> HistorySummary {
        try read(json)
    }

    /// A whole document holding one `Value`.
    static func read<Value: MergeJSONReadable>(_ json: String) throws(GoldenError) -> Value {
        do {
            return try JSONCursor.read(json) { (cursor) throws(GoldenError) in try Value(json: &cursor) }
        } catch {
            throw GoldenError(.parse, "not a stored \(Value.self): \(error.message)")
        }
    }
}

/// A value ``MergeJSONReader`` reads itself, as `MergeJSON.decode` would.
protocol MergeJSONReadable {
    /// Reads the value at `json`'s position, leaving it after the value.
    init(json: inout JSONCursor) throws(GoldenError)
}

extension JSONCursor {
    /// A value that reads itself.
    mutating func read<Value: MergeJSONReadable>(_: Value.Type = Value.self) throws(GoldenError) -> Value {
        try Value(json: &self)
    }

    /// A value that reads itself, or `nil` for `null` (as `decodeIfPresent` reads a member).
    mutating func readIfPresent<Value: MergeJSONReadable>(_: Value.Type = Value.self) throws(GoldenError) -> Value? {
        try takeNull() ? nil : Value(json: &self)
    }

    /// An array of values that read themselves.
    mutating func readList<Value: MergeJSONReadable>(_: Value.Type = Value.self) throws(GoldenError) -> [Value] {
        try list { (json) throws(GoldenError) in try Value(json: &json) }
    }

    /// A string, or `nil` for `null`.
    mutating func stringIfPresent() throws(GoldenError) -> String? {
        try takeNull() ? nil : string()
    }

    /// A whole number, or `nil` for `null`.
    mutating func intIfPresent() throws(GoldenError) -> Int? {
        try takeNull() ? nil : Int(integer())
    }

    /// A string enum's case, by its raw value.
    mutating func enumeration<Value: RawRepresentable<String>>(_: Value.Type = Value.self) throws(GoldenError) -> Value {
        // Raw values are short: the `String` is small, not allocated.
        guard let value = Value(rawValue: try string()) else { throw failure }
        return value
    }
}

extension String: MergeJSONReadable {
    init(json: inout JSONCursor) throws(GoldenError) { self = try json.string() }
}
