import GoldenCore

/// Double Metaphone (Lawrence Philips, 2000): two phonetic codes per name, a primary and an
/// alternate, so that names which sound alike get a code in common (`Smith` SM0/XMT and
/// `Schmidt` XMT/SMT share XMT).
///
/// The rules are those of the published algorithm, with its special cases for Germanic, Slavic,
/// Romance, Greek and Chinese spellings. Codes are at most four characters: the consonant sounds
/// `B`→`P`, `0` for *th*, `X` for *sh*/*ch*, `J`, `K`, `S`, … and `A` for a leading vowel.
enum DoubleMetaphone {
    /// The longest code, in characters.
    static let maxLength = 4

    /// Bytes of blank padding on each side of the word, so that the rules can look up to five
    /// letters ahead and four behind without a bounds check.
    static let padding = 8

    /// Keys of up to this many bytes are encoded in a buffer on the stack.
    static let stackLetters = 48

    /// The primary and alternate codes of a name key (lower-case, ASCII-folded letters).
    ///
    /// Spaces and anything that is not an ASCII letter are skipped, so a key of several words is
    /// encoded as one (`jean pierre` as `jeanpierre`). A key with no letters gets empty codes.
    ///
    /// - Complexity: O(*n*) in the length of the key. Keys of up to `stackLetters` bytes need no
    ///   heap allocation: the codes fit in small strings.
    static func encode(_ key: String) -> PhoneticKey {
        key.withUTF8Bytes { bytes in
            // Blank-filled room for the padding on both sides and `stackLetters` letters.
            var storage: (
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
            ) = (
                blanks, blanks, blanks, blanks, blanks, blanks, blanks, blanks
            )
            if bytes.count <= stackLetters {
                return withUnsafeMutableBytes(of: &storage) { buffer in
                    encode(bytes, into: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
                }
            }
            var heap = [UInt8](repeating: ASCII.space, count: bytes.count + 2 * padding)
            return heap.withUnsafeMutableBufferPointer { encode(bytes, into: $0.baseAddress!) }
        }
    }

    /// Eight blanks.
    private static let blanks: UInt64 = 0x2020_2020_2020_2020

    /// Encodes the letters of `bytes`, copied upper-cased into `buffer`, which is blank and has
    /// room for them and the padding on both sides.
    private static func encode(
        _ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutablePointer<UInt8>
    ) -> PhoneticKey {
        let word = buffer + padding
        var length = 0
        // Germanic or Slavic: a `W`, a `K`, or `CZ` (`WITZ` has a `W`).
        var slavoGermanic = false
        for byte in bytes where ASCII.isLetter(byte) {
            let letter = byte & 0xDF  // upper case
            switch letter {
            case UInt8(ascii: "W"), UInt8(ascii: "K"): slavoGermanic = true
            case UInt8(ascii: "Z"): slavoGermanic = slavoGermanic || word[length - 1] == UInt8(ascii: "C")
            default: break
            }
            word[length] = letter
            length &+= 1
        }
        guard length > 0 else { return PhoneticKey(primary: "", alternate: "") }
        var encoder = Encoder(word: UnsafePointer(word), length: length, slavoGermanic: slavoGermanic)
        encoder.run()
        let primary = encoder.primary.string
        let alternate = encoder.alternate == encoder.primary ? primary : encoder.alternate.string
        return PhoneticKey(primary: primary, alternate: alternate)
    }
}

extension DoubleMetaphone {
    /// The state of one encoding: the upper-case word, the position of the rules in it, and the
    /// two codes built so far.
    struct Encoder {
        /// The word's first letter; `DoubleMetaphone.padding` blanks lie before and after it.
        let word: UnsafePointer<UInt8>
        let length: Int
        /// Index of the last letter.
        let last: Int
        /// Whether the word looks Germanic or Slavic (has a `W`, a `K`, `CZ` or `WITZ`), which
        /// turns off several Romance readings.
        let slavoGermanic: Bool
        /// Index of the letter the rules look at next.
        var current = 0
        var primary = Code()
        var alternate = Code()

        init(word: UnsafePointer<UInt8>, length: Int, slavoGermanic: Bool) {
            self.word = word
            self.length = length
            self.last = length - 1
            self.slavoGermanic = slavoGermanic
        }

        /// Applies the rules letter by letter until both codes are full or the word ends.
        mutating func run() {
            // Silent first letters: `GN`, `KN`, `PN`, `WR`, `PS` (`Knight`, `Psmith`).
            if matchesAny(0, "GN|KN|PN|WR|PS") { current = 1 }
            // An initial `X` sounds as `S` (`Xavier`).
            if word[0] == UInt8(ascii: "X") {
                add("S")
                current = 1
            }
            while current < length, !(primary.isFull && alternate.isFull) {
                switch word[current] {
                case UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "I"), UInt8(ascii: "O"),
                    UInt8(ascii: "U"), UInt8(ascii: "Y"):
                    vowel()
                case UInt8(ascii: "B"): letterB()
                case UInt8(ascii: "C"): letterC()
                case UInt8(ascii: "D"): letterD()
                case UInt8(ascii: "F"): simple("F", doubled: UInt8(ascii: "F"))
                case UInt8(ascii: "G"): letterG()
                case UInt8(ascii: "H"): letterH()
                case UInt8(ascii: "J"): letterJ()
                case UInt8(ascii: "K"): simple("K", doubled: UInt8(ascii: "K"))
                case UInt8(ascii: "L"): letterL()
                case UInt8(ascii: "M"): letterM()
                case UInt8(ascii: "N"): simple("N", doubled: UInt8(ascii: "N"))
                case UInt8(ascii: "P"): letterP()
                case UInt8(ascii: "Q"): simple("K", doubled: UInt8(ascii: "Q"))
                case UInt8(ascii: "R"): letterR()
                case UInt8(ascii: "S"): letterS()
                case UInt8(ascii: "T"): letterT()
                case UInt8(ascii: "V"): simple("F", doubled: UInt8(ascii: "V"))
                case UInt8(ascii: "W"): letterW()
                case UInt8(ascii: "X"): letterX()
                case UInt8(ascii: "Z"): letterZ()
                default: current &+= 1
                }
            }
        }

        // MARK: Looking at the word

        /// The letter at `index` (a blank outside the word).
        @inline(__always) func letter(_ index: Int) -> UInt8 { word[index] }

        /// Whether the letter at `index` is a vowel (`A E I O U Y`); never outside the word.
        @inline(__always) func isVowel(_ index: Int) -> Bool {
            switch word[index] {
            case UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "I"), UInt8(ascii: "O"),
                UInt8(ascii: "U"), UInt8(ascii: "Y"):
                true
            default: false
            }
        }

        /// Whether the word holds `pattern` from `start` (blanks pad both ends, so a pattern
        /// ending in a space matches at the end of the word).
        @inline(__always) func matches(_ start: Int, _ pattern: StaticString) -> Bool {
            let bytes = pattern.utf8Start
            for offset in 0..<pattern.utf8CodeUnitCount where word[start + offset] != bytes[offset] {
                return false
            }
            return true
        }

        /// Whether the word holds, from `start`, one of `patterns`: alternatives of equal length
        /// separated by `|` (`"ACH|ICH"`).
        @inline(__always) func matchesAny(_ start: Int, _ patterns: StaticString) -> Bool {
            let bytes = patterns.utf8Start
            let total = patterns.utf8CodeUnitCount
            var width = 0
            while width < total, bytes[width] != UInt8(ascii: "|") { width &+= 1 }
            var base = 0
            while base < total {
                var offset = 0
                while offset < width, word[start + offset] == bytes[base + offset] { offset &+= 1 }
                if offset == width { return true }
                base &+= width + 1
            }
            return false
        }

        // MARK: Writing the codes

        /// Appends `code` to both codes.
        @inline(__always) mutating func add(_ code: StaticString) {
            primary.append(code)
            alternate.append(code)
        }

        /// Appends `main` to the primary code and `other` to the alternate (either may be empty).
        @inline(__always) mutating func add(_ main: StaticString, _ other: StaticString) {
            primary.append(main)
            alternate.append(other)
        }

        /// A letter that always sounds as `code`, skipping a doubled letter (`FF`, `KK`, `NN`, …).
        @inline(__always) mutating func simple(_ code: StaticString, doubled: UInt8) {
            add(code)
            current &+= word[current + 1] == doubled ? 2 : 1
        }
    }

    /// A code of at most `maxLength` ASCII characters, packed in an integer.
    struct Code: Equatable {
        private var packed: UInt32 = 0
        private(set) var count = 0

        var isFull: Bool { count >= DoubleMetaphone.maxLength }

        /// Appends the characters of `code` that still fit.
        @inline(__always) mutating func append(_ code: StaticString) {
            let bytes = code.utf8Start
            for offset in 0..<code.utf8CodeUnitCount where count < DoubleMetaphone.maxLength {
                packed |= UInt32(bytes[offset]) << (8 * count)
                count &+= 1
            }
        }

        var string: String {
            String(unsafeUninitializedCapacity: count) { buffer in
                for index in 0..<count { buffer[index] = UInt8(truncatingIfNeeded: packed >> (8 * index)) }
                return count
            }
        }
    }
}
