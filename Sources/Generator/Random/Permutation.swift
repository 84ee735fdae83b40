/// A keyed pseudo-random permutation of `0..<domain`: a four-round Feistel network over the
/// smallest even number of bits that covers the domain, with cycle-walking to stay inside it.
///
/// Lets the generator visit customers in a scrambled order, and hand out unique ids that look
/// random, without remembering anything: `apply` is a pure function of its argument.
struct Permutation {
    let domain: UInt64
    private let halfBits: UInt64
    private let mask: UInt64
    private let keys: (UInt64, UInt64, UInt64, UInt64)

    /// - Parameters:
    ///   - domain: the permuted values are `0..<domain`.
    ///   - key: any 64-bit key; different keys give unrelated permutations.
    init(domain: UInt64, key: UInt64) {
        precondition(domain > 0, "a permutation needs a non-empty domain")
        self.domain = domain
        var bits: UInt64 = 2
        while bits < 64, (UInt64(1) << bits) < domain { bits += 2 }
        halfBits = bits / 2
        mask = (UInt64(1) << halfBits) - 1
        var generator = SplitMix64(state: key)
        keys = (generator.next(), generator.next(), generator.next(), generator.next())
    }

    /// The image of `value`, which must be below ``domain``.
    func apply(_ value: UInt64) -> UInt64 {
        precondition(value < domain, "value outside the permutation's domain")
        var result = value
        repeat { result = encrypt(result) } while result >= domain
        return result
    }

    private func encrypt(_ value: UInt64) -> UInt64 {
        var left = value >> halfBits
        var right = value & mask
        round(&left, &right, keys.0)
        round(&left, &right, keys.1)
        round(&left, &right, keys.2)
        round(&left, &right, keys.3)
        return (left << halfBits) | right
    }

    @inline(__always)
    private func round(_ left: inout UInt64, _ right: inout UInt64, _ key: UInt64) {
        let mixed = SplitMix64.mix(right ^ key) & mask
        (left, right) = (right, left ^ mixed)
    }
}
