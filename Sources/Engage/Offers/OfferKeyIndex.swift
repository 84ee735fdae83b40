/// Offer positions by key (a SKU or a category), for the ranker's per-line lookups: open
/// addressing over an FNV-1a hash of the key's UTF-8 bytes, the positions of all keys in one
/// flat array. Cheaper per lookup than a `Dictionary<String, [Int32]>` (no seeded SipHash, no
/// array per key) and read-only once built.
struct OfferKeyIndex: Sendable {
    private var keys: [String] = []
    private var hashes: [UInt64] = []
    /// Slot of each table bucket into ``keys`` (-1: empty).
    private var table: [Int32]
    private var mask: Int
    /// Positions of key *k* are `positions[starts[k]..<starts[k + 1]]`.
    private(set) var starts: [Int32] = [0]
    private(set) var positions: [Int32] = []

    /// `entries`: (key, offer position) pairs; a key's positions keep their order.
    init(_ entries: [(key: String, position: Int32)]) {
        var grouped: [String: [Int32]] = [:]
        var order: [String] = []
        for entry in entries {
            if grouped[entry.key] == nil { order.append(entry.key) }
            grouped[entry.key, default: []].append(entry.position)
        }
        var capacity = 8
        while capacity < order.count * 2 { capacity *= 2 }
        table = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for key in order {
            let hash = Self.hash(key)
            var bucket = Int(truncatingIfNeeded: hash) & mask
            while table[bucket] >= 0 { bucket = (bucket + 1) & mask }
            table[bucket] = Int32(keys.count)
            keys.append(key)
            hashes.append(hash)
            positions.append(contentsOf: grouped[key]!)
            starts.append(Int32(positions.count))
        }
    }

    var isEmpty: Bool { keys.isEmpty }

    /// The slot of `key`, or `nil` when no offer has it.
    func slot(of key: String) -> Int? {
        guard !keys.isEmpty else { return nil }
        let hash = Self.hash(key)
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = Int(table[bucket])
            if slot < 0 { return nil }
            if hashes[slot] == hash, keys[slot] == key { return slot }
            bucket = (bucket + 1) & mask
        }
    }

    /// The range of ``positions`` holding the offers of `slot`.
    func range(_ slot: Int) -> Range<Int> { Int(starts[slot])..<Int(starts[slot + 1]) }

    static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            // Mix the high bits down: buckets use the low ones.
            return hash ^ (hash >> 29)
        }
    }
}
