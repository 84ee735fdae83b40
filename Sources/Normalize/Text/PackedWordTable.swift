/// A fixed table from ``PackedWord`` keys to values: open addressing with linear probing and a
/// mixing hash, so that a lookup costs a few instructions (no `Hasher`, no allocation).
///
/// Built once from a literal table; the first value given for a key wins.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [PackedWord]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: some Sequence<(PackedWord, Value)>) {
        let list = Array(entries)
        var capacity = 16
        while capacity < list.count * 3 { capacity *= 2 }
        keys = Array(repeating: PackedWord.empty, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in list {
            var slot = Self.slot(key, mask)
            while keys[slot] != PackedWord.empty, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == key { continue }
            keys[slot] = key
            values[slot] = value
        }
    }

    /// The value of `key`, or `nil` when it is not in the table.
    @inline(__always)
    subscript(_ key: PackedWord) -> Value? {
        var slot = Self.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored.high == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: PackedWord) -> Bool { self[key] != nil }

    @inline(__always)
    private static func slot(_ key: PackedWord, _ mask: Int) -> Int {
        // The splitmix64 finalizer: every bit of the word moves the slot (short words leave the
        // low bits of `high` and all of `low` zero).
        var hash = key.high ^ (key.low &* 0x9E37_79B9_7F4A_7C15)
        hash = (hash ^ (hash >> 30)) &* 0xBF58_476D_1CE4_E5B9
        hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 31
        return Int(truncatingIfNeeded: hash) & mask
    }
}

extension PackedWordTable where Value == Bool {
    /// A set of `words`.
    init(set words: some Sequence<String>) {
        self.init(words.map { (PackedWord($0), true) })
    }
}

extension PackedWord {
    /// No word: the marker of an empty slot (no word packs to zero).
    static let empty = PackedWord(high: 0, low: 0)

    private init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }
}
