import Foundation
import GoldenCore

/// How golden records and survivorship conflicts are written as JSON: snake_case keys (`first_asserted_at`,
/// `record_id`, `given_key`), sorted, so that a stored record reads the same in the database, in
/// an export and in a diff.
///
/// Golden records and history summaries have a faster writer of the same bytes,
/// ``MergeJSONWriter`` (``fastEncode(_:)-(GoldenRecord)``): the Merge stage's hot path; and a
/// faster reader of the same values, ``MergeJSONReader`` (``fastDecode(_:as:)-(_,GoldenRecord.Type)``):
/// export's and publish's.
///
/// ```swift
/// let json = MergeJSON.encode(golden)
/// let again: GoldenRecord = try MergeJSON.decode(json)
/// MergeJSON.fastEncode(golden) == json                          // true
/// try MergeJSON.fastDecode(json, as: GoldenRecord.self) == again  // true
/// ```
public enum MergeJSON {
    /// The value as one line of JSON.
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Golden records are strings, numbers and enums: encoding cannot fail.
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }

    /// The same text as ``encode(_:)``, written without Foundation by ``MergeJSONWriter``.
    public static func fastEncode(_ record: GoldenRecord) -> String {
        var writer = MergeJSONWriter(capacity: 2048)
        writer.write(record)
        return writer.string
    }

    /// The same text as ``encode(_:)``, written without Foundation by ``MergeJSONWriter``.
    public static func fastEncode(_ summary: HistorySummary) -> String {
        var writer = MergeJSONWriter(capacity: 1024)
        writer.write(summary)
        return writer.string
    }

    /// The same record as ``decode(_:as:)``, read without Foundation by ``MergeJSONReader``.
    ///
    /// - Throws: a `parse` error naming a byte offset (never quoting the JSON) when `json` is
    ///   malformed or lacks a member.
    public static func fastDecode(_ json: String, as type: GoldenRecord.Type = GoldenRecord.self) throws(GoldenError) -> GoldenRecord {
        try MergeJSONReader.goldenRecord(json)
    }

    /// The same summary as ``decode(_:as:)``, read without Foundation by ``MergeJSONReader``.
    ///
    /// - Throws: a `parse` error naming a byte offset (never quoting the JSON) when `json` is
    ///   malformed or lacks a member.
    public static func fastDecode(_ json: String, as type: HistorySummary.Type = HistorySummary.self) throws(GoldenError) -> HistorySummary {
        try MergeJSONReader.historySummary(json)
    }

    /// The value written by ``encode(_:)`` (or ``fastEncode(_:)-(GoldenRecord)``).
    public static func decode<Value: Decodable>(_ json: String, as type: Value.Type = Value.self) throws(GoldenError) -> Value {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Value.self, from: Data(json.utf8))
        } catch {
            // The decoding error's context would quote the JSON: keep only its kind.
            throw GoldenError(.parse, "not a stored \(Value.self)")
        }
    }
}
