/// What one word of a name is, when it is one of the few words the parser must know: an
/// honorific, a suffix, a family-name particle, the conjunction of a joint name or a placeholder.
///
/// A plain value (no references), so that tokens carrying it stay trivially copyable.
struct NameWord: Hashable, Sendable {
    var kinds: Kinds
    /// One more than the index of the canonical key in ``NameWords/titleKeys``; 0 for none.
    var titleIndex: UInt8
    /// One more than the index of the canonical key in ``NameWords/suffixKeys``; 0 for none.
    var suffixIndex: UInt8

    static let none = NameWord(kinds: [], titleIndex: 0, suffixIndex: 0)

    /// The roles a word can play.
    struct Kinds: OptionSet, Hashable, Sendable {
        let rawValue: UInt16

        /// An honorific before the name: `Mr`, `Frau`, `Sra.`.
        static let title = Kinds(rawValue: 1 << 0)
        /// A title that is also a given name or an initial (`Don`, `Doña`, `M.`): read as a title
        /// only when at least two name words follow it.
        static let ambiguousTitle = Kinds(rawValue: 1 << 1)
        /// A title only when written with its period (`M.` is Monsieur, `M` an initial).
        static let titleNeedsPeriod = Kinds(rawValue: 1 << 2)
        /// A suffix after the name: `Jr`, `III`, `PhD`.
        static let suffix = Kinds(rawValue: 1 << 3)
        /// A word that belongs to the family name that follows it: `van`, `de`, `St.`.
        static let particle = Kinds(rawValue: 1 << 4)
        /// A particle that people leave out when they file or search the name (`van Beethoven`
        /// is also `Beethoven`); `St.` and `Saint` are not left out.
        static let droppable = Kinds(rawValue: 1 << 5)
        /// `and`, `und`, `et` between two people's names (`&` and `+` are found by the tokenizer).
        static let conjunction = Kinds(rawValue: 1 << 6)
        /// A word that stands for no name: `test`, `unknown`, `guest`.
        static let placeholder = Kinds(rawValue: 1 << 7)
    }

    /// The canonical title key, or `nil`.
    var titleKey: String? {
        titleIndex == 0 ? nil : NameWords.titleKeys[Int(titleIndex) - 1]
    }

    /// The canonical suffix key, or `nil`.
    var suffixKey: String? {
        suffixIndex == 0 ? nil : NameWords.suffixKeys[Int(suffixIndex) - 1]
    }
}

/// Packs a word of up to 12 letters `a`–`z` into 60 bits, 5 bits a letter, for table look-ups
/// without making a `String`. Letters are coded 1–26, so words of different lengths never meet.
enum NameWordCode {
    static let maxLetters = 12

    /// The code of `word` after `letter` (a lower-case ASCII letter) is appended to it.
    @inline(__always)
    static func appending(_ letter: UInt8, to code: UInt64) -> UInt64 {
        code << 5 | UInt64(letter &- 0x60)
    }

    /// The code of an ASCII word of lower-case letters (for building tables); 0 when it has none.
    static func make(_ word: String) -> UInt64 {
        var code: UInt64 = 0
        for byte in word.utf8 where ASCII.isLower(byte) {
            code = appending(byte, to: code)
        }
        return code
    }
}

/// FNV-1a over the letters of a whole name, to recognise placeholder phrases (`N/A`, `John Doe`)
/// of any length without making a `String`.
enum LetterHash {
    static let initial: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func appending(_ letter: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(letter)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of the lower-case ASCII letters of `phrase` (for building tables).
    static func make(_ phrase: String) -> UInt64 {
        var hash = initial
        for byte in phrase.utf8 where ASCII.isLower(byte) {
            hash = appending(byte, to: hash)
        }
        return hash
    }
}

/// A fixed open-addressing table from ``NameWordCode`` codes to words: one multiply and a probe
/// or two, cheaper than hashing through `Dictionary` for every word of every name.
struct NameWordTable: Sendable {
    private let codes: [UInt64]
    private let words: [NameWord]
    private let shift: UInt64

    init(_ entries: [UInt64: NameWord]) {
        var bits = 4
        while 1 << bits < entries.count * 4 { bits += 1 }
        var codes = [UInt64](repeating: 0, count: 1 << bits)
        var words = [NameWord](repeating: .none, count: 1 << bits)
        let shift = UInt64(64 - bits)
        for (code, word) in entries {
            var slot = Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while codes[slot] != 0 { slot = (slot + 1) & (codes.count - 1) }
            codes[slot] = code
            words[slot] = word
        }
        self.codes = codes
        self.words = words
        self.shift = shift
    }

    /// The word coded `code` (not 0), or ``NameWord/none``.
    @inline(__always)
    func word(_ code: UInt64) -> NameWord {
        codes.withUnsafeBufferPointer { codes in
            let mask = codes.count - 1
            var slot = Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let found = codes[slot]
                if found == code { return words[slot] }
                if found == 0 { return .none }
                slot = (slot + 1) & mask
            }
        }
    }
}
