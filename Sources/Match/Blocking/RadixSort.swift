/// Least-significant-digit radix sort of 64-bit keys, for the pair lists of blocking.
enum RadixSort {
    /// Sorts `keys` ascending. Only their low `bits` bits may be set; `scratch` must be at least
    /// as long as `keys`. Digits of up to 11 bits; a pass whose digit is the same in every key is
    /// skipped.
    ///
    /// - Complexity: O(*n* · ⌈`bits` / 11⌉).
    static func sort(
        _ keys: UnsafeMutableBufferPointer<UInt64>, bits: Int, scratch: UnsafeMutableBufferPointer<UInt64>
    ) {
        let count = keys.count
        guard count > 256, bits > 0 else {
            var keys = keys
            keys.sort()
            return
        }
        precondition(scratch.count >= count && bits <= 64)
        let widest = count < 4096 ? 8 : 11
        let passes = (bits + widest - 1) / widest
        let digitBits = (bits + passes - 1) / passes
        let radix = 1 << digitBits
        let mask = UInt64(radix - 1)
        var histograms = [Int](repeating: 0, count: passes * radix)
        histograms.withUnsafeMutableBufferPointer { histogram in
            for key in keys {
                var rest = key
                for pass in 0..<passes {
                    histogram[pass &* radix &+ Int(rest & mask)] &+= 1
                    rest &>>= UInt64(digitBits)
                }
            }
            var source = keys.baseAddress!
            var target = scratch.baseAddress!
            for pass in 0..<passes {
                let counts = UnsafeMutableBufferPointer(rebasing: histogram[(pass * radix)..<((pass + 1) * radix)])
                let shift = UInt64(pass * digitBits)
                if counts[Int((source[0] &>> shift) & mask)] == count { continue }
                var offset = 0
                for digit in 0..<radix {
                    let size = counts[digit]
                    counts[digit] = offset
                    offset &+= size
                }
                for index in 0..<count {
                    let key = source[index]
                    let digit = Int((key &>> shift) & mask)
                    target[counts[digit]] = key
                    counts[digit] &+= 1
                }
                swap(&source, &target)
            }
            if source != keys.baseAddress! { keys.baseAddress!.update(from: source, count: count) }
        }
    }
}
