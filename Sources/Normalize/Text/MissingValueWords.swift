/// Words that stand in for a missing value in any field: `none`, `n/a`, `unknown`, `-`.
///
/// A normalizer that finds one of these instead of a value reports a placeholder, not a syntax
/// error: the customer gave nothing, the data is not wrong.
enum MissingValueWords {
    /// Whether `bytes` (already trimmed) is one of the words, ignoring ASCII case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= longest else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
            for index in bytes.indices { lowered[index] = ASCII.lower(bytes[index]) }
            return words.contains(UnsafeBufferPointer(lowered))
        }
    }

    private static let longest = 16

    private static let words = ByteKeyTable(set: [
        "none", "n/a", "n.a.", "n.a", "na", "nil", "null", "unknown", "unk", "not known",
        "-", "--", "---", ".", "..", "?", "??", "x", "xx", "xxx", "no", "nothing", "not provided",
        "not given", "notprovided", "not available", "declined", "refused", "tbc", "tba",
        "noemail", "no email", "no-email", "no e-mail", "nomail", "no mail",
        "nophone", "no phone", "no number", "no tel",
    ])
}
