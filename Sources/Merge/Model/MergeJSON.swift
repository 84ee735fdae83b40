import Foundation
import GoldenCore

/// How golden records and survivorship conflicts are written as JSON: snake_case keys (`first_asserted_at`,
/// `record_id`, `given_key`), sorted, so that a stored record reads the same in the database, in
/// an export and in a diff.
///
/// Golden records and history summaries have a faster writer of the same bytes,
/// ``MergeJSONWriter`` (``fastEncode(_:)-(GoldenRecord)``): the Merge stage's hot path.
///
/// ```swift
/// let json = MergeJSON.encode(golden)
/// let again: GoldenRecord = try MergeJSON.decode(json)
/// MergeJSON.fastEncode(golden) == json     // true
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
