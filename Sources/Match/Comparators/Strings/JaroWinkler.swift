/// Jaro and Jaro–Winkler similarity of two comparison keys, on their UTF-8 bytes.
///
/// Jaro counts the bytes the two strings share within a window of half the longer length, and
/// how many of those shared bytes are out of order; Jaro–Winkler adds a bonus for a common prefix
/// of up to ``maxPrefix`` bytes, but only when the Jaro similarity is already at least
/// ``boostThreshold`` (Winkler's original rule, which keeps unrelated strings with the same first
/// letters from being lifted).
///
/// Both work on bytes, not `Character`s. The keys they are meant for are ASCII-folded by the
/// Normalize stage, so a byte is a letter; for a key that still holds non-ASCII letters (a Greek
/// or Cyrillic name) each letter is two or more bytes, and the bytes are compared one by one: two
/// keys that differ in one such letter differ in one or two bytes, which lowers the score about as
/// much as one differing letter would, and identical keys still score 1.
///
/// Conventions: two empty strings are identical (1.0); an empty and a non-empty string share
/// nothing (0.0). Missing values are for the caller to tell apart (see ``ComparisonLevels``).
///
/// ```swift
/// JaroWinkler.similarity("martha", "marhta")  // 0.9611…
/// JaroWinkler.jaro("martha", "marhta")        // 0.9444…
/// ```
public enum JaroWinkler {
    /// The Jaro similarity from which the prefix bonus applies.
    public static let boostThreshold = 0.7
    /// The longest common prefix that earns a bonus.
    public static let maxPrefix = 4

    /// The Jaro similarity of `a` and `b`, from 0 (nothing in common) to 1 (identical).
    ///
    /// Strings of up to 64 bytes each keep their match flags in two machine words; longer ones
    /// in a temporary buffer (on the stack where it fits). Nothing is allocated on the heap for
    /// the keys matching compares.
    ///
    /// - Complexity: O(*n* · *w*), where *n* is the length of `a` and *w* the match window, half
    ///   the length of the longer string.
    public static func jaro(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Double {
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return n == m ? 1 : 0 }
        if n == m, KeyBytes.equal(a, b) { return 1 }
        let (matches, transpositions) = n <= 64 && m <= 64
            ? countShort(a, b) : countLong(a, b)
        guard matches > 0 else { return 0 }
        let common = Double(matches)
        return (common / Double(n) + common / Double(m) + (common - Double(transpositions)) / common) / 3
    }

    /// The Jaro–Winkler similarity of `a` and `b`, from 0 to 1.
    ///
    /// - Parameter prefixScale: how much each byte of common prefix (up to ``maxPrefix``) moves
    ///   the score towards 1; Winkler's 0.1 by default. At most 0.25, so that the score stays
    ///   within 1.
    /// - Complexity: O(*n* · *w*), as `jaro`, plus O(1) for the prefix.
    public static func similarity(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, prefixScale: Double = 0.1
    ) -> Double {
        precondition((0...0.25).contains(prefixScale), "Jaro–Winkler prefix scale must be within 0...0.25")
        let score = jaro(a, b)
        guard score >= boostThreshold, score < 1 else { return score }
        let limit = min(maxPrefix, a.count, b.count)
        var prefix = 0
        while prefix < limit, a[prefix] == b[prefix] { prefix += 1 }
        return score + Double(prefix) * prefixScale * (1 - score)
    }

    /// The Jaro similarity of two strings' UTF-8 bytes.
    ///
    /// - Complexity: O(*n* · *w*), as for byte buffers.
    public static func jaro(_ a: String, _ b: String) -> Double {
        String.withKeyBytes(a, b) { jaro($0, $1) }
    }

    /// The Jaro–Winkler similarity of two strings' UTF-8 bytes.
    ///
    /// - Complexity: O(*n* · *w*), as for byte buffers.
    public static func similarity(_ a: String, _ b: String, prefixScale: Double = 0.1) -> Double {
        String.withKeyBytes(a, b) { similarity($0, $1, prefixScale: prefixScale) }
    }

    // MARK: - Matching and transpositions

    /// The match window: bytes at most this far apart count as shared.
    @inline(__always)
    private static func window(_ n: Int, _ m: Int) -> Int { max(0, max(n, m) / 2 - 1) }

    /// Matches and transpositions with the flags in two 64-bit words.
    ///
    /// (A table of each byte's positions in `b`, to find a match with word operations instead of
    /// scanning the window, measured no faster on name-length keys: the window is a few bytes.)
    @inline(__always)
    private static func countShort(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>
    ) -> (matches: Int, transpositions: Int) {
        let n = a.count, m = b.count, reach = window(n, m)
        var flagsA: UInt64 = 0, flagsB: UInt64 = 0
        var matches = 0
        for i in 0..<n {
            let low = max(0, i - reach), high = min(m - 1, i + reach)
            guard low <= high else { break }
            let byte = a[i]
            var j = low
            while j <= high {
                let bit: UInt64 = 1 &<< UInt64(j)
                if flagsB & bit == 0, b[j] == byte {
                    flagsB |= bit
                    flagsA |= 1 &<< UInt64(i)
                    matches += 1
                    break
                }
                j += 1
            }
        }
        guard matches > 0 else { return (0, 0) }
        // The shared bytes of each side, in order: every position where they differ is half a
        // transposition.
        var half = 0
        while flagsA != 0 {
            if a[flagsA.trailingZeroBitCount] != b[flagsB.trailingZeroBitCount] { half += 1 }
            flagsA &= flagsA &- 1
            flagsB &= flagsB &- 1
        }
        return (matches, half / 2)
    }

    /// Matches and transpositions with the flags in a temporary buffer.
    private static func countLong(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>
    ) -> (matches: Int, transpositions: Int) {
        let n = a.count, m = b.count, reach = window(n, m)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: n + m) { flags in
            flags.initialize(repeating: false)
            var matches = 0
            for i in 0..<n {
                let low = max(0, i - reach), high = min(m - 1, i + reach)
                guard low <= high else { break }
                let byte = a[i]
                var j = low
                while j <= high {
                    if !flags[n + j], b[j] == byte {
                        flags[n + j] = true
                        flags[i] = true
                        matches += 1
                        break
                    }
                    j += 1
                }
            }
            guard matches > 0 else { return (0, 0) }
            var half = 0, j = 0
            for i in 0..<n where flags[i] {
                while !flags[n + j] { j += 1 }
                if a[i] != b[j] { half += 1 }
                j += 1
            }
            return (matches, half / 2)
        }
    }
}
