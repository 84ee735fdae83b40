/// The 64-bit hashes that stand for blocking-key values: records whose values hash alike share a
/// block.
///
/// Bytes are read eight at a time and folded with a 64×64→128-bit multiply (as wyhash does), then
/// finished with the SplitMix64 finalizer, so every input bit reaches every output bit. Each key
/// has its own seed (from its attribute and form), so the same text under two keys gives unrelated
/// hashes. Two different values share a hash with probability about 2⁻⁶⁴ per pair of values; a
/// collision merges two blocks, which only adds candidate pairs that scoring then rejects.
///
/// The hashes are not stable across platforms or versions: they live only inside one run.
enum BlockHash {
    static let k0: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let k1: UInt64 = 0xBF58_476D_1CE4_E5B9
    static let k2: UInt64 = 0x94D0_49BB_1331_11EB

    /// SplitMix64's finalizer: a bijection that spreads every bit.
    @inline(__always)
    static func finish(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* k1
        z = (z ^ (z >> 27)) &* k2
        return z ^ (z >> 31)
    }

    /// The high and low halves of the 128-bit product, xor'ed.
    @inline(__always)
    static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return high ^ low
    }

    /// The hash of `bytes` under `seed`: whole words while more than eight bytes are left, then
    /// the last one to eight bytes as one word (overlapping what came before; the length, mixed
    /// in first, keeps inputs of different lengths apart).
    ///
    /// - Complexity: O(*n*) for *n* bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let count = bytes.count
        var state = seed ^ (UInt64(truncatingIfNeeded: count) &* k0)
        guard let base = bytes.baseAddress, count > 0 else { return finish(state) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 < count {
            state = fold(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ k1, state ^ k2)
            index += 8
        }
        let tail: UInt64
        if count >= 8 {
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            tail = UInt64(raw.loadUnaligned(as: UInt32.self)) << 32
                | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else {
            tail = UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1])
        }
        return finish(fold(tail ^ k1, state ^ k2))
    }

    /// The hash of a string's UTF-8 bytes under `seed`.
    @inline(__always)
    static func hash(_ text: String, seed: UInt64) -> UInt64 {
        text.withKeyBytes { hash($0, seed: seed) }
    }

    /// The hash of a substring's UTF-8 bytes under `seed`.
    @inline(__always)
    static func hash(_ text: Substring, seed: UInt64) -> UInt64 {
        text.withKeyBytes { hash($0, seed: seed) }
    }

    /// The hash of a number (a date's parts) under `seed`.
    @inline(__always)
    static func hash(word: UInt64, seed: UInt64) -> UInt64 {
        finish(fold(word ^ k2, seed ^ k0) ^ seed)
    }

    /// One hash for an ordered pair of hashes (a rule's keys, in rule order).
    @inline(__always)
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        finish(fold(first ^ k1, second ^ k0) &+ first)
    }
}
