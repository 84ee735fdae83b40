/// The length of the longest common subsequence of two byte strings: what the indel distance
/// of ``TokenSet/ratio(_:_:)`` is made of.
///
/// When the shorter string has at most 64 bytes, the lengths of a whole row of the dynamic
/// programming table live in the bits of one word (Allison and Dix; Hyyrö, "Bit-parallel LCS
/// length computation revisited", 2004), so that a byte of the longer string costs a handful
/// of word operations instead of a pass over the row. Longer strings take the table.
///
/// ```swift
/// LongestCommonSubsequence.length(x, y)  // "high st" / "hihg st": 6
/// ```
enum LongestCommonSubsequence {
    /// The length of the longest common subsequence of `x` and `y`.
    ///
    /// - Complexity: O(*n*) word operations for strings of *n* and at most 64 bytes, O(*n* ·
    ///   *m*) otherwise.
    static func length(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let (long, short) = x.count >= y.count ? (x, y) : (y, x)
        if short.isEmpty { return 0 }
        guard short.count <= 64 else { return tableLength(x, y) }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 256) { positions in
            // Only the entries of bytes that occur are read: those are the ones cleared.
            for byte in long { positions[Int(byte)] = 0 }
            for byte in short { positions[Int(byte)] = 0 }
            for (index, byte) in short.enumerated() { positions[Int(byte)] |= 1 << UInt64(index) }
            // A zero bit at j: the common subsequence grows at short[j] (Hyyrö's formulation).
            var row = UInt64.max
            for byte in long {
                let matched = row & positions[Int(byte)]
                row = (row &+ matched) | (row &- matched)
            }
            let used: UInt64 = short.count == 64 ? .max : (1 << UInt64(short.count)) - 1
            return (~row & used).nonzeroBitCount
        }
    }

    /// The length by the dynamic programming table, one row at a time.
    ///
    /// - Complexity: O(*n* · *m*).
    static func tableLength(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        if x.isEmpty || y.isEmpty { return 0 }
        let m = y.count
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: m + 1) { row in
            row.initialize(repeating: 0)
            for xi in x {
                var diagonal = 0
                for j in 1...m {
                    let above = row[j]
                    row[j] = xi == y[j - 1] ? diagonal + 1 : max(above, row[j - 1])
                    diagonal = above
                }
            }
            return row[m]
        }
    }
}
