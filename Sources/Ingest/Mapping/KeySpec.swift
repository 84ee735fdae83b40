import GoldenCore

/// How a record or event key is made: one field, several joined with `|`, or a content hash of the row.
public enum KeySpec: Hashable, Sendable {
    case fields([Int])
    case rowHash

    /// The key, or nil when a part is empty.
    public func key(in row: some FieldLookup, raw: some Collection<UInt8>) -> String? {
        key(in: row, raw: { raw })
    }

    /// ``key(in:raw:)`` with the raw bytes made only for a row hash.
    func key<Raw: Collection<UInt8>>(in row: some FieldLookup, raw: () -> Raw) -> String? {
        switch self {
        case .fields(let references):
            if references.count == 1 {
                var key: String?
                row.forEachValue(references[0]) { bytes in
                    let part = UTF8Text.trimmed(bytes)
                    if !part.isEmpty { key = UTF8Text.string(part) }
                    return false
                }
                return key
            }
            return Self.joinedKey(in: row, references: references)
        case .rowHash:
            return String(SHA256.hex(raw()).prefix(32))
        }
    }

    /// The first value of each reference, trimmed, joined with `|` in a stack buffer; nil when a
    /// part is empty.
    private static func joinedKey(in row: some FieldLookup, references: [Int]) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer -> String? in
            var count = 0
            for (position, reference) in references.enumerated() {
                var found = false
                var fits = true
                row.forEachValue(reference) { bytes in
                    let part = UTF8Text.trimmed(bytes)
                    guard !part.isEmpty else { return false }
                    found = true
                    let separator = position > 0 ? 1 : 0
                    guard count + separator + part.count <= buffer.count else {
                        fits = false
                        return false
                    }
                    if separator == 1 {
                        buffer[count] = UInt8(ascii: "|")
                        count += 1
                    }
                    UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count..<count + part.count]))
                        .copyMemory(from: part)
                    count += part.count
                    return false
                }
                guard found else { return nil }
                guard fits else { return longKey(in: row, references: references) }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// The `String` path, for keys longer than the stack buffer.
    private static func longKey(in row: some FieldLookup, references: [Int]) -> String? {
        var parts: [String] = []
        parts.reserveCapacity(references.count)
        for reference in references {
            guard let value = row.values(reference).first?.trimmedValue, !value.isEmpty else {
                return nil
            }
            parts.append(value)
        }
        return parts.joined(separator: "|")
    }
}
