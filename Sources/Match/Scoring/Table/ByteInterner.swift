/// Distinct byte strings, numbered from 0 in the order first seen, their bytes kept end to end
/// in one buffer: what lets a ``ScoringTable`` test two values for equality by comparing two
/// numbers.
///
/// Two strings get the same number exactly when they are the same bytes (not when they are
/// equal `String`s: `String` equality is Unicode canonical equivalence, which the comparators
/// do not use).
///
/// ```swift
/// var interner = ByteInterner()
/// interner.intern("smith")  // 0
/// interner.intern("jones")  // 1
/// interner.intern("smith")  // 0
/// ```
struct ByteInterner {
    /// The strings' bytes, end to end.
    private(set) var bytes: [UInt8] = []
    /// Where string *i* starts in `bytes` at *i*, and where it ends at *i* + 1.
    private(set) var starts: [Int32] = [0]
    /// Open addressing: a string's hash in the high 32 bits and its number plus one in the low
    /// ones (0 for an empty slot), so that a probe reads one word; a power of two long.
    private var slots: [UInt64]
    private(set) var count = 0

    /// An empty interner with room for about `capacity` strings before it grows.
    init(capacity: Int = 1024) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
    }

    /// The number of `value`'s bytes, a new one when they were never seen.
    ///
    /// - Complexity: O(*n*) for *n* bytes, amortized.
    mutating func intern(_ value: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(value)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int32(truncatingIfNeeded: entry) - 1
                if same(Int(id), value) { return id }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        precondition(bytes.count + value.count < Int(Int32.max), "more distinct bytes than a table holds")
        bytes.append(contentsOf: value)
        starts.append(Int32(bytes.count))
        slots[slot] = tag | UInt64(id + 1)
        count += 1
        if 2 * count > slots.count { grow() }
        return id
    }

    /// The number of a string's UTF-8 bytes.
    mutating func intern(_ text: String) -> Int32 { text.withKeyBytes { intern($0) } }

    /// The number of a substring's UTF-8 bytes.
    mutating func intern(_ text: Substring) -> Int32 { text.withKeyBytes { intern($0) } }

    private func same(_ id: Int, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == value.count else { return false }
        return bytes.withUnsafeBufferPointer { KeyBytes.equal(UnsafeBufferPointer(rebasing: $0[start..<end]), value) }
    }

    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for id in 0..<count {
            let start = Int(starts[id]), end = Int(starts[id + 1])
            let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        }
        slots = grown
    }

    /// A 64-bit hash of `value`, eight bytes at a time.
    @inline(__always)
    static func hash(_ value: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(value.count)
        guard let base = value.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= value.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        if index < value.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < value.count {
                tail |= UInt64(value[index]) << shift
                shift += 8
                index += 1
            }
            hash = mix(hash ^ tail)
        }
        return mix(hash)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
