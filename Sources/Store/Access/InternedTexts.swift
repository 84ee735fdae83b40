/// Texts a column repeats row after row (an event's source), made into a `String`
/// once: each row's bytes are compared with the texts already seen instead of decoded again (a
/// source name longer than 15 bytes would be a heap allocation per row).
///
/// ```swift
/// var sources = InternedTexts()
/// let source = row.withBytes(at: 0) { sources.text($0) }
/// ```
struct InternedTexts {
    private var seen: [(bytes: [UInt8], text: String)] = []
    /// Past this many distinct texts, new ones are decoded without being kept.
    static let limit = 64

    /// The text of `bytes` (UTF-8 as stored), the same `String` as last time for the same bytes.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        for entry in seen where entry.bytes.count == bytes.count && entry.bytes.elementsEqual(bytes) { return entry.text }
        let text = String(decoding: bytes, as: UTF8.self)
        if seen.count < Self.limit { seen.append((Array(bytes), text)) }
        return text
    }
}
