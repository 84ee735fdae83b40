/// A fixed table from short UTF-8 keys to values, looked up with bytes, so that a lookup never
/// makes a `String` and never allocates.
///
/// Open addressing over 64-bit hashes; a hit is confirmed by comparing the bytes, so a
/// value that is not in the table never matches. Built once, from a literal table, at first use.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var hash: UInt64
        var start: Int
        var count: Int
    }

    /// Entry index + 1 per slot; 0 is empty. The slot count is a power of two, at least twice
    /// the number of keys.
    private let slots: [Int32]
    private let mask: Int
    private let entries: [Entry]
    private let keyBytes: [UInt8]
    private let values: [Value]
    /// The byte lengths of the shortest and longest keys: other lengths are never hashed.
    private let lengths: ClosedRange<Int>

    /// A table of `entries`; later duplicates of a key are ignored.
    init(_ pairs: some Sequence<(String, Value)>) {
        var entries: [Entry] = []
        var keyBytes: [UInt8] = []
        var values: [Value] = []
        var seen: Set<String> = []
        for (key, value) in pairs where seen.insert(key).inserted {
            let bytes = Array(key.utf8)
            let hash = bytes.withUnsafeBufferPointer(Self.hash)
            entries.append(Entry(hash: hash, start: keyBytes.count, count: bytes.count))
            keyBytes += bytes
            values.append(value)
        }
        var size = 8
        while size < entries.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index + 1)
        }
        self.slots = slots
        self.mask = size - 1
        self.entries = entries
        self.keyBytes = keyBytes
        self.values = values
        let shortest = entries.lazy.map(\.count).min() ?? 0
        self.lengths = shortest...max(shortest, entries.lazy.map(\.count).max() ?? 0)
    }

    /// The number of keys.
    var count: Int { entries.count }

    /// The value of `key`, or `nil` when it is not in the table.
    @inline(__always)
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let index = index(of: key) else { return nil }
        return values[index]
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { index(of: key) != nil }

    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard lengths.contains(key.count) else { return nil }
        let hash = Self.hash(key)
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                keyBytes.withUnsafeBufferPointer { keyBytes in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let stored = Int(slots[slot])
                        guard stored != 0 else { return nil }
                        let entry = entries[stored &- 1]
                        if entry.hash == hash && entry.count == key.count {
                            var offset = 0
                            while offset < key.count && keyBytes[entry.start &+ offset] == key[offset] { offset &+= 1 }
                            if offset == key.count { return stored &- 1 }
                        }
                        slot = (slot &+ 1) & mask
                    }
                }
            }
        }
    }

    /// A 64-bit hash of `bytes`, eight bytes per step (multiply and xor-shift); only this table
    /// ever sees it, so byte order does not matter.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: bytes.count)
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index &+ 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                index &+= 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift &+= 8
            index &+= 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}

extension ByteKeyTable where Value == Bool {
    /// A set of `keys`.
    init(set keys: some Sequence<String>) {
        self.init(keys.lazy.map { ($0, true) })
    }
}
