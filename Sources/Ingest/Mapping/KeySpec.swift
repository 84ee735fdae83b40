import GoldenCore

/// How a record or event key is made: one field, several joined with `|`, or a content hash of the row.
public enum KeySpec: Hashable, Sendable {
    case fields([Int])
    case rowHash

    /// The key, or nil when a part is empty.
    public func key(in row: some FieldLookup, raw: some Collection<UInt8>) -> String? {
        switch self {
        case .fields(let references):
            var parts: [String] = []
            parts.reserveCapacity(references.count)
            for reference in references {
                guard let value = row.values(reference).first?.trimmedValue, !value.isEmpty else {
                    return nil
                }
                parts.append(value)
            }
            return parts.joined(separator: "|")
        case .rowHash:
            return String(SHA256.hex(raw).prefix(32))
        }
    }
}
