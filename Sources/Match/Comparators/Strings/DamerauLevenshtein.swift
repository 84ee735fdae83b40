/// Damerau–Levenshtein distance of two comparison keys, on their UTF-8 bytes.
///
/// This is the *optimal string alignment* distance: the fewest insertions, deletions,
/// substitutions and transpositions of two adjacent bytes that turn one string into the other,
/// where no substring is edited twice (`ca` → `abc` is 3, not 2). It is the variant record
/// linkage tools use, and what a typist's errors look like: `jonh` is one edit from `john`.
///
/// Like ``JaroWinkler`` it compares bytes: on ASCII-folded keys a byte is a letter; a non-ASCII
/// letter is two or more bytes, so replacing one costs up to that many edits.
///
/// ```swift
/// DamerauLevenshtein.distance("jonh", "john")                  // 1
/// DamerauLevenshtein.distance("smith", "smythe", maxDistance: 1) // 2: more than 1
/// ```
public enum DamerauLevenshtein {
    /// The optimal string alignment distance of `a` and `b`.
    ///
    /// With `maxDistance`, the computation keeps to the diagonal band of that width and stops as
    /// soon as the distance is sure to exceed it, returning `maxDistance + 1`: asking "are these
    /// within 2 edits?" of two long, unrelated strings costs little. Common prefixes and suffixes
    /// are skipped first. The three rows of the table live in a temporary buffer, on the stack
    /// for short keys.
    ///
    /// - Parameter maxDistance: the largest distance of interest (at least 0), or `nil` for the
    ///   exact distance however large.
    /// - Returns: the distance, or `maxDistance + 1` when it is larger than `maxDistance`.
    /// - Complexity: O(*n* · *m*) without a cap; O(*n* · *k*) with `maxDistance` *k*, where *n*
    ///   and *m* are the lengths left once the common prefix and suffix are skipped.
    public static func distance(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, maxDistance: Int? = nil
    ) -> Int {
        precondition((maxDistance ?? 0) >= 0, "maxDistance must not be negative")
        // Skip what the two share at either end: it never costs an edit.
        var start = 0, endA = a.count, endB = b.count
        while start < endA, start < endB, a[start] == b[start] { start += 1 }
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        var x = UnsafeBufferPointer(rebasing: a[start..<endA])
        var y = UnsafeBufferPointer(rebasing: b[start..<endB])
        // Rows as long as the shorter string (the distance is symmetric).
        if y.count > x.count { swap(&x, &y) }
        let n = x.count, m = y.count
        let cap = maxDistance ?? n
        if n - m > cap { return cap + 1 }
        if m == 0 { return n }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            banded(x, y, cap: cap, rows: buffer.baseAddress!)
        }
    }

    /// The distance of two strings' UTF-8 bytes.
    ///
    /// - Complexity: as for byte buffers.
    public static func distance(_ a: String, _ b: String, maxDistance: Int? = nil) -> Int {
        String.withKeyBytes(a, b) { distance($0, $1, maxDistance: maxDistance) }
    }

    /// Whether `a` and `b` are at most `maxDistance` edits apart.
    ///
    /// - Complexity: O(*n* · *k*) for *k* = `maxDistance`.
    public static func isWithin(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, maxDistance: Int
    ) -> Bool {
        distance(a, b, maxDistance: maxDistance) <= maxDistance
    }

    /// The table, row by row, over the band |i − j| ≤ `cap`; cells just outside the band hold
    /// `cap + 1`, which is all the band's edges need to know about them. `x` is the longer string,
    /// `n − m ≤ cap`, `m ≥ 1`; `rows` has room for three rows of `m + 1`.
    private static func banded(
        _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>, cap: Int, rows: UnsafeMutablePointer<Int>
    ) -> Int {
        let n = x.count, m = y.count, over = cap + 1
        var older = rows, previous = rows + (m + 1), current = rows + 2 * (m + 1)
        // Row 0: j insertions, within the band.
        let firstHigh = min(m, cap)
        for j in 0...firstHigh { previous[j] = j }
        if firstHigh < m { previous[firstHigh + 1] = over }
        for i in 1...n {
            let low = max(1, i - cap), high = min(m, i + cap)
            current[low - 1] = low == 1 ? i : over
            let xi = x[i - 1]
            var rowMinimum = current[low - 1]
            for j in low...high {
                let yj = y[j - 1]
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (xi == yj ? 0 : 1))
                if i > 1, j > 1, xi == y[j - 2], x[i - 2] == yj, xi != yj {
                    value = min(value, older[j - 2] + 1)
                }
                current[j] = value
                if value < rowMinimum { rowMinimum = value }
            }
            if high < m { current[high + 1] = over }
            // No cell of a later row can be smaller than this row's smallest.
            if rowMinimum > cap { return over }
            (older, previous, current) = (previous, current, older)
        }
        return min(previous[m], over)
    }
}
