/// Values that stand in for a missing address part: `n/a`, `unknown`, `none`, `xxx`.
enum AddressPlaceholders {
    /// Whether `key` (a comparison key, packed: `n/a` → `n a`) is a placeholder.
    @inline(__always)
    static func contains(_ key: PackedWord) -> Bool { keys.contains(key) }

    /// Whether the comparison key `key` is a placeholder.
    static func contains(key: String) -> Bool {
        guard !key.isEmpty, key.utf8.count <= 16 else { return false }
        return contains(PackedWord(key))
    }

    private static let keys = PackedWordTable(
        set: [
            "n a", "na", "none", "null", "nil", "unknown", "unk", "not known", "not provided",
            "not given", "no address", "not applicable", "x", "xx", "xxx", "xxxx", "tbc", "tba", "tbd",
            "0", "address", "same", "same as above", "no city",
        ])
}
