/// Similarities of multi-word values — names and street lines — as sets of words, so that word
/// order and repeated words do not matter (`12 high st` and `high st 12` are the same set).
///
/// Words are the runs of bytes between spaces (the Normalize stage's keys have single spaces;
/// runs of spaces are treated as one). Both functions compare words as whole byte strings.
///
/// Conventions: two values without a word are identical (1.0); a value without a word and one
/// with words share nothing (0.0).
public enum TokenSet {
    /// The Jaccard similarity of the two word sets: shared words over all distinct words.
    ///
    /// `12 high st` / `12 high street` → 2/4 = 0.5; `van der berg` / `berg` → 1/3.
    ///
    /// - Complexity: O(*w*² + *n*) for *w* words in *n* bytes (words are few; they are sorted by
    ///   insertion in a temporary buffer, on the stack for short values).
    public static func jaccard(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        withSortedWords(a) { wordsA in
            withSortedWords(b) { wordsB in
                if wordsA.isEmpty || wordsB.isEmpty { return wordsA.count == wordsB.count ? 1 : 0 }
                var shared = 0
                merge(wordsA, a, wordsB, b) { side, _ in if side == .both { shared += 1 } }
                return Double(shared) / Double(wordsA.count + wordsB.count - shared)
            }
        }
    }

    /// A token-set ratio in the style of FuzzyWuzzy and RapidFuzz, from 0 to 1.
    ///
    /// The words both values have (the intersection, sorted) are compared with each value's
    /// sorted words, and the two values' remaining words with each other, by the normalized indel
    /// similarity (`1 − (insertions + deletions) / (total length)`, i.e. `2·LCS / total length`);
    /// the best of the three comparisons is the score. When every word of one value is among the
    /// other's, the score is 1: `berg` / `van der berg`, `12 high st` / `high st 12`.
    ///
    /// That makes it a containment measure, generous to short values; use it as one level among
    /// stricter ones, or ``jaccard(_:_:)`` when extra words should count against a match.
    ///
    /// - Complexity: O(*w*² + *d*ᵃ · *d*ᵇ), where *d*ᵃ and *d*ᵇ are the lengths of the words only
    ///   one side has.
    public static func ratio(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        withSortedWords(a) { wordsA in
            withSortedWords(b) { wordsB in
                if wordsA.isEmpty || wordsB.isEmpty { return wordsA.count == wordsB.count ? 1 : 0 }
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: a.count + b.count) { joined in
                    ratio(wordsA, a, wordsB, b, scratch: joined.baseAddress!)
                }
            }
        }
    }

    /// The Jaccard similarity of two strings' word sets.
    ///
    /// - Complexity: as for byte buffers.
    public static func jaccard(_ a: String, _ b: String) -> Double {
        String.withKeyBytes(a, b) { jaccard($0, $1) }
    }

    /// The token-set ratio of two strings.
    ///
    /// - Complexity: as for byte buffers.
    public static func ratio(_ a: String, _ b: String) -> Double {
        String.withKeyBytes(a, b) { ratio($0, $1) }
    }

    // MARK: - Ratio

    private static func ratio(
        _ wordsA: UnsafeBufferPointer<Word>, _ a: UnsafeBufferPointer<UInt8>,
        _ wordsB: UnsafeBufferPointer<Word>, _ b: UnsafeBufferPointer<UInt8>,
        scratch: UnsafeMutablePointer<UInt8>
    ) -> Double {
        // The words only one side has, each side's sorted and joined by spaces, one after the other
        // in `scratch`; and the length of the shared words joined the same way.
        var sharedLength = 0, onlyA = 0, onlyB = 0, sharedCount = 0
        let startB = scratch + a.count
        merge(wordsA, a, wordsB, b) { side, word in
            switch side {
            case .both:
                sharedLength += word.count + (sharedCount > 0 ? 1 : 0)
                sharedCount += 1
            case .onlyA: append(word, of: a, to: scratch, length: &onlyA)
            case .onlyB: append(word, of: b, to: startB, length: &onlyB)
            }
        }
        if sharedCount > 0, onlyA == 0 || onlyB == 0 { return 1 }
        let separator = sharedLength > 0 ? 1 : 0
        let withA = sharedLength + separator + onlyA, withB = sharedLength + separator + onlyB
        // The intersection is a common prefix of both "shared + rest" strings, so their indel
        // distance is that of the rests.
        let rests = indelDistance(
            UnsafeBufferPointer(start: scratch, count: onlyA), UnsafeBufferPointer(start: startB, count: onlyB))
        var best = 1 - Double(rests) / Double(withA + withB)
        guard sharedLength > 0 else { return best }
        best = max(best, 1 - Double(separator + onlyA) / Double(sharedLength + withA))
        best = max(best, 1 - Double(separator + onlyB) / Double(sharedLength + withB))
        return best
    }

    @inline(__always)
    private static func append(
        _ word: Word, of bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, length: inout Int
    ) {
        if length > 0 {
            target[length] = KeyBytes.space
            length += 1
        }
        for index in 0..<word.count { target[length + index] = bytes[word.start + index] }
        length += word.count
    }

    /// Insertions plus deletions that turn `x` into `y`: their total length less twice their
    /// longest common subsequence.
    private static func indelDistance(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        x.count + y.count - 2 * LongestCommonSubsequence.length(x, y)
    }

    // MARK: - Words

    /// One word: where it starts in its value and how many bytes it has.
    struct Word {
        var start: Int
        var count: Int
    }

    /// Which side of a merge a word came from.
    enum Side { case both, onlyA, onlyB }

    /// Calls `body` with the distinct words of `bytes`, in byte order.
    static func withSortedWords<R>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Word>) -> R
    ) -> R {
        var count = 0, inWord = false
        for byte in bytes {
            let isSpace = byte == KeyBytes.space
            if !isSpace, !inWord { count += 1 }
            inWord = !isSpace
        }
        return withUnsafeTemporaryAllocation(of: Word.self, capacity: max(count, 1)) { words in
            var filled = 0, start = -1
            for index in 0...bytes.count {
                let isSpace = index == bytes.count || bytes[index] == KeyBytes.space
                if isSpace {
                    if start >= 0 {
                        insertSorted(Word(start: start, count: index - start), into: words, filled: &filled, bytes)
                        start = -1
                    }
                } else if start < 0 {
                    start = index
                }
            }
            return body(UnsafeBufferPointer(rebasing: words[..<filled]))
        }
    }

    /// Inserts `word` in order among the first `filled` words, unless it is already there.
    @inline(__always)
    private static func insertSorted(
        _ word: Word, into words: UnsafeMutableBufferPointer<Word>, filled: inout Int,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) {
        var index = filled
        while index > 0 {
            let order = compare(words[index - 1], word, bytes)
            if order == 0 { return }
            if order < 0 { break }
            index -= 1
        }
        var move = filled
        while move > index {
            words.initializeElement(at: move, to: words[move - 1])
            move -= 1
        }
        words.initializeElement(at: index, to: word)
        filled += 1
    }

    @inline(__always)
    private static func compare(_ x: Word, _ y: Word, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        KeyBytes.order(slice(x, bytes), slice(y, bytes))
    }

    @inline(__always)
    static func slice(_ word: Word, _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[word.start..<(word.start + word.count)])
    }

    /// Walks two sorted word lists together, calling `visit` for each distinct word with the side
    /// it belongs to (for a shared word, `a`'s copy).
    @inline(__always)
    static func merge(
        _ wordsA: UnsafeBufferPointer<Word>, _ a: UnsafeBufferPointer<UInt8>,
        _ wordsB: UnsafeBufferPointer<Word>, _ b: UnsafeBufferPointer<UInt8>,
        _ visit: (Side, Word) -> Void
    ) {
        var i = 0, j = 0
        while i < wordsA.count || j < wordsB.count {
            if j == wordsB.count {
                visit(.onlyA, wordsA[i])
                i += 1
            } else if i == wordsA.count {
                visit(.onlyB, wordsB[j])
                j += 1
            } else {
                let order = KeyBytes.order(slice(wordsA[i], a), slice(wordsB[j], b))
                if order == 0 {
                    visit(.both, wordsA[i])
                    i += 1
                    j += 1
                } else if order < 0 {
                    visit(.onlyA, wordsA[i])
                    i += 1
                } else {
                    visit(.onlyB, wordsB[j])
                    j += 1
                }
            }
        }
    }
}
