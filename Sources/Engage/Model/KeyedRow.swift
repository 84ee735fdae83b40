/// A row of a small configuration or bank CSV file (the offer bank, the campaign calendar) as
/// its header names each value, with the line it was read from.
///
/// ```swift
/// let row = KeyedRow(line: 7, fields: ["offer_id": "OF-1", "category": "shoes", "cost": "5"])
/// row.value("category")   // "shoes"
/// row.value("sku")        // nil: absent or blank
/// ```
public struct KeyedRow: Hashable, Sendable {
    /// The 1-based line the row starts on.
    public var line: Int
    /// Values by column name, as read (the reader's header is the key).
    public var fields: [String: String]

    public init(line: Int, fields: [String: String]) {
        self.line = line
        self.fields = fields
    }

    /// The value of `column` without surrounding spaces and tabs; `nil` when the column is
    /// absent or the value is blank.
    public func value(_ column: String) -> String? {
        guard let text = fields[column] else { return nil }
        let trimmed = text.trimmingBlanks
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (no Foundation).
    public var trimmingBlanks: String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        if first == utf8.startIndex, last == utf8.index(before: utf8.endIndex) { return self }
        return String(self[first...last])
    }
}
