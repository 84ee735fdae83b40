extension JaroWinkler {
    /// How far below a threshold ``upperBound(_:_:prefixScale:)`` must be for a caller to skip
    /// the similarity: far more than the rounding of either computation (a few units in the
    /// last place), so that skipping never changes whether a threshold is reached.
    public static let boundMargin = 1e-9

    /// A cheap upper bound of ``similarity(_:_:prefixScale:)``: "are these at least 0.97
    /// alike?" is answered no for most unrelated values without the similarity's O(*n* · *w*)
    /// matching.
    ///
    /// The Jaro matches *m* are at most the bytes the two strings have in common regardless of
    /// position, *U* (counted over 64 classes of byte, which can only overcount), and the
    /// transpositions at least 0, so Jaro ≤ (*U*/|a| + *U*/|b| + 1) / 3; the Winkler boost is
    /// increasing in Jaro, and is applied to that with the strings' actual common prefix.
    ///
    /// ```swift
    /// let bound = JaroWinkler.upperBound(x, y)
    /// if bound < 0.97 - JaroWinkler.boundMargin { /* similarity(x, y) < 0.97 */ }
    /// ```
    /// - Complexity: O(*n* + *m*).
    public static func upperBound(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, prefixScale: Double = 0.1
    ) -> Double {
        if a.isEmpty || b.isEmpty { return 1 }
        let common = withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte & 63)] += 1 }
            var common = 0
            for byte in b {
                let index = Int(byte & 63)
                if counts[index] > 0 {
                    counts[index] -= 1
                    common += 1
                }
            }
            return common
        }
        guard common > 0 else { return 0 }
        let shared = Double(common)
        let jaro = min(1, (shared / Double(a.count) + shared / Double(b.count) + 1) / 3)
        let limit = min(maxPrefix, a.count, b.count)
        var prefix = 0
        while prefix < limit, a[prefix] == b[prefix] { prefix += 1 }
        return jaro + Double(prefix) * prefixScale * (1 - jaro)
    }

    /// Whether the similarity of `a` and `b` is at least `threshold`, skipping it when the
    /// bound shows it is not.
    ///
    /// - Complexity: O(*n* + *m*) when the bound answers, else that of the similarity.
    @inline(__always)
    static func reaches(
        _ threshold: Double, _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, similarity: inout Double?,
        bound: inout Double?
    ) -> Bool {
        if similarity == nil {
            if bound == nil { bound = upperBound(a, b) }
            if bound! < threshold - boundMargin { return false }
            similarity = JaroWinkler.similarity(a, b)
        }
        return similarity! >= threshold
    }
}
