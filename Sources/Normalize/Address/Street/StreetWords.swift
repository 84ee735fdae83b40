/// The words of one address line as comparison keys, with the punctuation that came before each
/// word where it matters: a comma (the line's parts: `Flat 2, 10 High St`) and a `#` (a unit:
/// `#12`). A hyphen or slash between two numbers joins them into one word (`12-14`, `1/2`).
///
/// Each word carries its ``StreetVocabulary`` entry, looked up once, and what the parser makes
/// of it (``Output``); ``key()`` then writes the street key.
///
/// The words live in buffers the caller lends (``withWords(of:_:)``), on the stack for lines of
/// the usual length, so that reading a line allocates nothing.
struct StreetWords {
    private let byteStorage: UnsafeMutableBufferPointer<UInt8>
    private var byteCount = 0
    private let wordStorage: UnsafeMutableBufferPointer<Word>
    /// The number of words.
    private(set) var count = 0

    /// The keys of all words, back to back (a space between the words of one chunk).
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: byteStorage[..<byteCount]) }

    /// The words, in order.
    var words: UnsafeMutableBufferPointer<Word> { UnsafeMutableBufferPointer(rebasing: wordStorage[..<count]) }

    /// One word: where its key is in ``bytes``, what came before it, what it is and becomes.
    struct Word {
        var start: Int
        var end: Int
        var afterComma = false
        var afterHash = false
        var entry: StreetVocabulary.Entry?
        var output = Output.keep
        /// For a directional: the spelled-out form to use if it turns out to be the whole name.
        var spelledOut: UInt8?
    }

    /// What becomes of a word in the street key.
    enum Output: Equatable {
        case keep
        case drop
        /// A ``StreetVocabulary`` standard form (its index).
        case standard(UInt8)
        /// `1st` … `99th`.
        case ordinal(UInt8)
        /// A range of ``bytes``: part of the word (`12` of `nº12`, `hauptstr` of `hauptstrasse`)
        /// or the word with the next (`5a` of `5` `a`).
        case bytes(Int, Int)
    }

    /// Calls `body` with the words of `line` (UTF-8), in buffers that live for the call.
    static func withWords<R>(of line: UnsafeBufferPointer<UInt8>, _ body: (inout StreetWords) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: line.count * 3 + 8) { bytes in
            withUnsafeTemporaryAllocation(of: Word.self, capacity: line.count / 2 + 2) { words in
                var streetWords = StreetWords(line, bytes: bytes, words: words)
                return body(&streetWords)
            }
        }
    }

    private init(
        _ line: UnsafeBufferPointer<UInt8>, bytes: UnsafeMutableBufferPointer<UInt8>,
        words: UnsafeMutableBufferPointer<Word>
    ) {
        byteStorage = bytes
        wordStorage = words
        var comma = false
        var hash = false
        var joiner: UInt8 = 0
        var lastChunkEnd = -1
        var index = 0
        while index < line.count {
            let byte = line[index]
            if Self.isBoundary(byte) {
                switch byte {
                case ASCII.comma, UInt8(ascii: ";"): comma = true
                case UInt8(ascii: "#"): hash = true
                case ASCII.hyphen, UInt8(ascii: "/"): joiner = index == lastChunkEnd ? byte : 0
                default: joiner = 0
                }
                index += 1
                continue
            }
            var end = index + 1
            while end < line.count, !Self.isBoundary(line[end]) { end += 1 }
            let joins = joiner != 0 && lastChunkEnd == index - 1 && isDigits(count - 1)
            appendChunk(UnsafeBufferPointer(rebasing: line[index..<end]), comma: comma, hash: hash,
                        joiner: joins ? joiner : 0)
            comma = false
            hash = false
            joiner = 0
            lastChunkEnd = end
            index = end
        }
    }

    /// The key bytes of word `index`.
    @inline(__always)
    func slice(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: byteStorage[wordStorage[index].start..<wordStorage[index].end])
    }

    /// The packed key of word `index` (nil when over 16 bytes).
    @inline(__always)
    func packed(_ index: Int) -> PackedWord? { PackedWord(slice(index)) }

    /// The key of word `index` as a string.
    func text(_ index: Int) -> String { String(utf8Bytes: slice(index)) }

    /// Whether word `index` exists and is all digits.
    func isDigits(_ index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        return slice(index).allSatisfy(ASCII.isDigit)
    }

    /// Whether word `index` contains a digit.
    func hasDigit(_ index: Int) -> Bool { slice(index).contains(where: ASCII.isDigit) }

    /// The number of bytes of word `index`.
    @inline(__always)
    func length(_ index: Int) -> Int { words[index].end - words[index].start }

    /// Whether word `index` is the single letter `letter`, or any single letter when nil.
    func isLetter(_ index: Int, _ letter: UInt8? = nil) -> Bool {
        guard length(index) == 1 else { return false }
        let byte = bytes[words[index].start]
        return letter.map { byte == $0 } ?? ASCII.isLower(byte)
    }

    /// Whether word `index` is still in the street key.
    @inline(__always)
    func isKept(_ index: Int) -> Bool { words[index].output != .drop }

    /// The next word after `index` still in the street key.
    func nextKept(after index: Int) -> Int? {
        var next = index + 1
        while next < words.count {
            if isKept(next) { return next }
            next += 1
        }
        return nil
    }

    /// The last word before `index` still in the street key.
    func previousKept(before index: Int) -> Int? {
        var previous = index - 1
        while previous >= 0 {
            if isKept(previous) { return previous }
            previous -= 1
        }
        return nil
    }

    /// Whether word `index`, as it is now, looks like a house number: digits, optionally one
    /// letter after them (`12a`), or two such numbers joined (`12-14`, `1/2`).
    func isHouseNumber(_ index: Int) -> Bool {
        switch words[index].output {
        case .keep: Self.isHouseNumber(slice(index))
        case .bytes(let start, let end): Self.isHouseNumber(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        default: false
        }
    }

    /// Whether `word` looks like a house number (see ``isHouseNumber(_:)-swift.method``).
    static func isHouseNumber(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, ASCII.isDigit(first) else { return false }
        var letters = 0
        var joins = 0
        for byte in word {
            if ASCII.isDigit(byte) {
                guard letters == 0 else { return false }
            } else if ASCII.isLower(byte) {
                letters += 1
                guard letters == 1 else { return false }
            } else if byte == ASCII.hyphen || byte == UInt8(ascii: "/") {
                joins += 1
                letters = 0
            } else {
                return false
            }
        }
        return joins <= 1
    }

    /// The number of an ordinal written with digits (`3rd`, `21st`, `3º`, `3e`, `2eme`), or of
    /// plain digits when `plain` is set.
    func ordinalNumber(_ index: Int, plain: Bool = false) -> Int? {
        let word = slice(index)
        let digits = word.prefix(while: ASCII.isDigit)
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let number = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
        let suffix = word.dropFirst(digits.count)
        if suffix.isEmpty { return plain ? number : nil }
        guard suffix.count <= 3, let packed = PackedWord(UnsafeBufferPointer(rebasing: suffix)),
            Self.ordinalSuffixes.contains(packed)
        else { return nil }
        return number
    }

    private static let ordinalSuffixes = PackedWordTable(
        set: ["st", "nd", "rd", "th", "º", "ª", "o", "a", "e", "er", "eme", "ere"])

    /// The current text of word `index`: as replaced, or its key.
    func current(_ index: Int) -> String {
        switch words[index].output {
        case .keep, .drop: text(index)
        case .standard(let standard): StreetVocabulary.text(standard)
        case .ordinal(let number): StreetVocabulary.ordinalTexts[Int(number)]
        case .bytes(let start, let end): String(utf8Bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// The street key: the words still kept, as replaced, one space between them; nil when none.
    func key() -> String? {
        var length = -1
        for index in words.indices where isKept(index) {
            switch words[index].output {
            case .keep: length += 1 + self.length(index)
            case .bytes(let start, let end): length += 1 + end - start
            default: length += 1 + current(index).utf8.count
            }
        }
        guard length > 0 else { return nil }
        let source = bytes
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            func write(_ range: Range<Int>) {
                for position in range {
                    buffer[count] = source[position]
                    count += 1
                }
            }
            for index in words.indices where isKept(index) {
                if count > 0 {
                    buffer[count] = ASCII.space
                    count += 1
                }
                switch words[index].output {
                case .keep: write(words[index].start..<words[index].end)
                case .bytes(let start, let end): write(start..<end)
                default:
                    for byte in current(index).utf8 {
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    private mutating func appendChunk(
        _ chunk: UnsafeBufferPointer<UInt8>, comma: Bool, hash: Bool, joiner: UInt8
    ) {
        let chunkStart = byteCount
        if joiner != 0 { _ = push(joiner) }
        let keyStart = byteCount
        if !appendASCIIKey(chunk) {
            byteCount = keyStart
            var key: [UInt8] = []
            ComparisonKey.append(chunk, to: &key)
            for byte in key where !push(byte) { break }
        }
        guard byteCount > keyStart, count < wordStorage.count else {
            byteCount = chunkStart
            return
        }
        var first = true
        var start = keyStart
        for position in keyStart...byteCount where position == byteCount || byteStorage[position] == ASCII.space {
            defer {
                first = false
                start = position + 1
            }
            if first, joiner != 0, UnsafeBufferPointer(rebasing: byteStorage[keyStart..<position]).allSatisfy(ASCII.isDigit) {
                wordStorage[count - 1].end = position  // `12` `-` `14` → `12-14`
                continue
            }
            guard count < wordStorage.count else { break }
            var word = Word(start: start, end: position)
            if first {
                word.afterComma = comma
                word.afterHash = hash
            }
            word.entry = PackedWord(UnsafeBufferPointer(rebasing: byteStorage[start..<position]))
                .flatMap(StreetVocabulary.entry)
            wordStorage.initializeElement(at: count, to: word)
            count += 1
        }
    }

    /// Appends `byte` to the key bytes, unless they are full (a line of unusual scripts whose
    /// lower case is longer: the key is cut, never overrun).
    @inline(__always)
    private mutating func push(_ byte: UInt8) -> Bool {
        guard byteCount < byteStorage.count else { return false }
        byteStorage[byteCount] = byte
        byteCount += 1
        return true
    }

    /// Appends the comparison key of an ASCII `chunk` (as ``ComparisonKey`` makes it); false,
    /// having appended part of it, when the chunk is not ASCII.
    @inline(__always)
    private mutating func appendASCIIKey(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = byteCount
        var pendingSpace = false
        for byte in chunk {
            if ASCII.isAlphanumeric(byte) {
                if pendingSpace {
                    if byteCount > start { _ = push(ASCII.space) }
                    pendingSpace = false
                }
                _ = push(ASCII.lower(byte))
            } else if byte >= 0x80 {
                return false
            } else if byte != ASCII.apostrophe && byte != ASCII.period && byte != UInt8(ascii: "`") {
                pendingSpace = true
            }
        }
        return true
    }

    /// Bytes that end a chunk: spaces, commas, semicolons, `#`, hyphens, slashes, brackets, colons.
    @inline(__always)
    private static func isBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.space, ASCII.tab, 0x0A, 0x0D, ASCII.comma, UInt8(ascii: ";"), UInt8(ascii: "#"),
            ASCII.hyphen, UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ":"):
            true
        default: false
        }
    }
}
