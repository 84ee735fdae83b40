/// The independent random streams a generation run draws from. Each stream, combined with the
/// run's seed and an index (a customer, a household group, a feed), seeds its own generator, so
/// any customer can be derived on its own without generating those before it.
enum RandomStream: UInt64 {
    /// Who a customer is: names, date of birth, contact details, addresses.
    case person = 1
    /// What a group of four neighbouring customer indices shares: households, twins, namesakes.
    case group = 2
    /// Which records a customer appears in, when, and how each record is garbled.
    case records = 3
    /// The order customers are visited in.
    case order = 4
    /// The per-feed shuffle windows that keep one customer's records apart in a file.
    case shuffle = 5
    /// Keys that must look random but stay unique (account ids, card numbers).
    case keys = 6
    /// Events hanging off a record: receipt lines, orders, forum activity.
    case events = 7
    /// Each customer's behaviour story: which one, its cadence and change day, and when their
    /// purchases happen.
    case stories = 8
    /// What a story adds to the forum: sentiment, extra posts, shares.
    case community = 9
    /// Loyalty activity: offers redeemed and tiers reached.
    case loyaltyActivity = 10
    /// Marketing messages and what became of them.
    case messages = 11
    /// Customer-service cases: complaints and enquiries.
    case cases = 12
}

/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, fast generator whose output for a given seed
/// never changes between platforms or toolchains — unlike the standard library's generators,
/// whose algorithms may change. Every draw the generator makes goes through this type.
struct SplitMix64 {
    private(set) var state: UInt64

    init(state: UInt64) { self.state = state }

    /// A generator for `index` within `stream`, for the run seeded with `seed`.
    ///
    /// Counter-based: the state is a hash of (seed, stream, index), so neighbouring indices give
    /// unrelated sequences.
    init(seed: UInt64, stream: RandomStream, index: UInt64) {
        let counter = (stream.rawValue << 56) ^ index
        state = Self.mix(seed ^ Self.mix(counter &+ 0x632B_E59B_D9B4_E019))
    }

    /// The SplitMix64 finalizer: a bijective 64-bit hash.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A value in `0..<bound` (Lemire's multiply-high; the bias is below 2⁻⁴⁰ for our bounds).
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A value in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A value in `[0, 1)` with 53 random bits.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `true` with probability `probability`.
    @inline(__always)
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array, uniformly.
    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// A new generator derived from this one's next draw and `salt`; this one advances by one draw.
    mutating func fork(_ salt: UInt64) -> SplitMix64 {
        SplitMix64(state: Self.mix(next() ^ salt))
    }
}
