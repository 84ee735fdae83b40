/// One block of the blocking index: a rule's position and the hash of its key values (the
/// 64-bit hash's bits as a signed integer, as SQLite stores it).
public struct StoredBlockKey: Hashable, Comparable, Sendable {
    public var rule: Int
    public var key: Int64

    public init(rule: Int, key: Int64) {
        precondition((0..<256).contains(rule), "a rule position is a byte")
        self.rule = rule
        self.key = key
    }

    public static func < (x: StoredBlockKey, y: StoredBlockKey) -> Bool {
        x.rule != y.rule ? x.rule < y.rule : x.key < y.key
    }

    /// Keys as `record_block_keys` keeps them: nine bytes each, the rule then the key,
    /// little-endian.
    static func blob(_ keys: some Collection<StoredBlockKey>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(keys.count * 9)
        for key in keys {
            bytes.append(UInt8(key.rule))
            withUnsafeBytes(of: key.key.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// The keys of a `record_block_keys` blob; `nil` when its length is not a multiple of nine.
    static func keys(blob: some Collection<UInt8>) -> [StoredBlockKey]? {
        guard blob.count % 9 == 0 else { return nil }
        let bytes = Array(blob)
        return stride(from: 0, to: bytes.count, by: 9).map { start in
            var key: UInt64 = 0
            for offset in (1...8).reversed() { key = key << 8 | UInt64(bytes[start + offset]) }
            return StoredBlockKey(rule: Int(bytes[start]), key: Int64(bitPattern: key))
        }
    }
}
