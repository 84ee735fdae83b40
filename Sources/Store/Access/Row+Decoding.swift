import GRDB
import GoldenCore

extension Row {
    /// The integer seconds in `column` as a timestamp.
    func timestamp(_ column: String) throws -> Timestamp {
        Timestamp(secondsSinceEpoch: try decode(Int64.self, forColumn: column))
    }

    /// The integer seconds in `column` as a timestamp, or `nil` for NULL.
    func timestampIfPresent(_ column: String) throws -> Timestamp? {
        try decode(Int64?.self, forColumn: column).map(Timestamp.init(secondsSinceEpoch:))
    }

    /// The text in `column` as a case of `type`.
    ///
    /// - Throws: ``GoldenError`` naming the table and column, not the unknown value.
    func enumeration<Value: RawRepresentable<String>>(
        _ type: Value.Type, _ column: String, table: String
    ) throws -> Value {
        guard let value = Value(rawValue: try decode(String.self, forColumn: column)) else {
            throw GoldenError(.store, "Unknown value in \(table).\(column); is the store newer than this program?")
        }
        return value
    }

    /// The ISO 8601 text in `column` (as ``Timestamp/iso8601`` writes it) as a timestamp.
    ///
    /// - Throws: ``GoldenError`` naming the table and column, not the malformed value.
    func isoTimestamp(_ column: String, table: String) throws -> Timestamp {
        guard let time = Timestamp(iso8601: try decode(String.self, forColumn: column)) else {
            throw GoldenError(.store, "Malformed time in \(table).\(column)")
        }
        return time
    }
}
