import GoldenCore

/// The name field a token came from.
enum NameField: UInt8, Sendable {
    case full, title, given, middle, family, suffix

    /// The identity attribute findings about this field are reported on.
    var attribute: IdentityAttribute {
        switch self {
        case .full: .fullName
        case .title: .title
        case .given: .givenName
        case .middle: .middleName
        case .family: .familyName
        case .suffix: .suffix
        }
    }
}

/// One word of a name field: byte offsets into the ``NameWorkspace`` and what the tokenizer saw
/// in it. A plain value, so the workspace can keep tokens in stack memory.
struct NameToken: Sendable {
    private var startOffset: UInt16
    private var endOffset: UInt16
    var field: NameField
    var flags: Flags
    /// Letters in the word, saturating at 255.
    var letters: UInt8
    var word: NameWord

    init(start: Int, end: Int, field: NameField, flags: Flags, letters: UInt8, word: NameWord) {
        startOffset = UInt16(truncatingIfNeeded: start)
        endOffset = UInt16(truncatingIfNeeded: end)
        self.field = field
        self.flags = flags
        self.letters = letters
        self.word = word
    }

    /// Where the word starts in the workspace's bytes (offsets fit 16 bits: the workspace holds
    /// at most ``NameWorkspace/byteCapacity`` bytes).
    var start: Int {
        get { Int(startOffset) }
        set { startOffset = UInt16(truncatingIfNeeded: newValue) }
    }

    /// Where the word ends (after its last letter, digit or period).
    var end: Int {
        get { Int(endOffset) }
        set { endOffset = UInt16(truncatingIfNeeded: newValue) }
    }

    /// What a token holds.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16

        static let upper = Flags(rawValue: 1 << 0)
        static let lower = Flags(rawValue: 1 << 1)
        static let digit = Flags(rawValue: 1 << 2)
        /// `_` or `@`, or a camel-case join (`johnS`): the word is a handle, not a name.
        static let handle = Flags(rawValue: 1 << 3)
        static let nonASCII = Flags(rawValue: 1 << 4)
        static let period = Flags(rawValue: 1 << 5)
        static let hyphen = Flags(rawValue: 1 << 6)
        static let apostrophe = Flags(rawValue: 1 << 7)
        /// A comma or semicolon follows the word.
        static let commaAfter = Flags(rawValue: 1 << 8)
        /// `&` or `+`.
        static let conjunction = Flags(rawValue: 1 << 9)
        /// Umlauts `ä ö ü`, which give a family name a German-style alternative key.
        static let umlaut = Flags(rawValue: 1 << 10)
    }

    /// Written in capitals only (`SMITH`, `J.`).
    var isAllCaps: Bool { flags.contains(.upper) && !flags.contains(.lower) }
    /// Written in small letters only (`smith`).
    var isAllLower: Bool { flags.contains(.lower) && !flags.contains(.upper) }
    /// A single letter of a cased script, with or without its period (`J.`, `E`; not `李`).
    var isInitial: Bool { letters == 1 && (flags.contains(.upper) || flags.contains(.lower)) }
    var isConjunction: Bool { flags.contains(.conjunction) || word.kinds.contains(.conjunction) }
    var isTitle: Bool { word.kinds.contains(.title) && (!word.kinds.contains(.titleNeedsPeriod) || flags.contains(.period)) }
    var isSuffix: Bool { word.kinds.contains(.suffix) }
    var isParticle: Bool { word.kinds.contains(.particle) }
}

/// A set of token indices (the workspace holds at most 64 tokens), in ascending order.
struct TokenSet: Hashable, Sendable, Sequence {
    var bits: UInt64

    static let empty = TokenSet(bits: 0)

    init(bits: UInt64) { self.bits = bits }

    /// The indices `range.lowerBound ..< range.upperBound`.
    init(_ range: Range<Int>) {
        let upper: UInt64 = range.upperBound >= 64 ? ~0 : (1 << UInt64(range.upperBound)) - 1
        let lower: UInt64 = range.lowerBound >= 64 ? ~0 : (1 << UInt64(range.lowerBound)) - 1
        bits = upper & ~lower
    }

    var isEmpty: Bool { bits == 0 }
    var count: Int { bits.nonzeroBitCount }
    var first: Int? { bits == 0 ? nil : bits.trailingZeroBitCount }
    var last: Int? { bits == 0 ? nil : 63 - bits.leadingZeroBitCount }

    func contains(_ index: Int) -> Bool { bits >> UInt64(index) & 1 != 0 }
    mutating func insert(_ index: Int) { bits |= 1 << UInt64(index) }
    mutating func remove(_ index: Int) { bits &= ~(1 << UInt64(index)) }
    func removing(_ index: Int) -> TokenSet { TokenSet(bits: bits & ~(1 << UInt64(index))) }
    func union(_ other: TokenSet) -> TokenSet { TokenSet(bits: bits | other.bits) }
    func subtracting(_ other: TokenSet) -> TokenSet { TokenSet(bits: bits & ~other.bits) }
    /// The members before `index`.
    func before(_ index: Int) -> TokenSet { TokenSet(bits: bits & ((1 << UInt64(index)) - 1)) }
    /// The members after `index`.
    func after(_ index: Int) -> TokenSet { index >= 63 ? .empty : TokenSet(bits: bits & ~((2 << UInt64(index)) - 1)) }

    func makeIterator() -> Iterator { Iterator(bits: bits) }

    struct Iterator: IteratorProtocol {
        var bits: UInt64
        mutating func next() -> Int? {
            guard bits != 0 else { return nil }
            let index = bits.trailingZeroBitCount
            bits &= bits &- 1
            return index
        }
    }
}
