extension RuleBlocks {
    /// Calls `body` with `entries` (parts in record order) in buckets, each sorted by key and
    /// record, so that every key's entries are adjacent in one bucket.
    ///
    /// A stable scatter on the keys' top 8 bits spreads the entries over 256 buckets (few
    /// output streams, so writes stay in cache); each bucket, now small enough for the cache,
    /// is scattered again on the next bits into ``GroupingScratch/local`` and its sub-buckets
    /// sorted: by insertion when small (a bucket of one key is already in record order), by
    /// the standard sort otherwise.
    ///
    /// - Complexity: O(*k*) for *k* entries, plus the sorts of sub-buckets.
    static func forEachGroupedBucket(
        _ entries: [UnsafeBufferPointer<Entry>], scratch: GroupingScratch,
        _ body: (UnsafeBufferPointer<Entry>) -> Void
    ) {
        let count = entries.reduce(0) { $0 + $1.count }
        let spread = scratch.spread(count)
        var starts = [Int](repeating: 0, count: 257)
        for part in entries {
            for entry in part { starts[Int(entry.key &>> 56) + 1] += 1 }
        }
        for bucket in 0..<256 { starts[bucket + 1] += starts[bucket] }
        var cursors = Array(starts.dropLast())
        for part in entries {
            for entry in part {
                let bucket = Int(entry.key &>> 56)
                spread[cursors[bucket]] = entry
                cursors[bucket] += 1
            }
        }
        for bucket in 0..<256 where starts[bucket + 1] - starts[bucket] > 1 {
            let entries = UnsafeMutableBufferPointer(rebasing: spread[starts[bucket]..<starts[bucket + 1]])
            body(UnsafeBufferPointer(sorted(entries, scratch: scratch)))
        }
    }

    /// One top-level bucket sorted by key and record: in place when small, else scattered on
    /// the key's next bits into the scratch's local buffer.
    private static func sorted(
        _ bucket: UnsafeMutableBufferPointer<Entry>, scratch: GroupingScratch
    ) -> UnsafeMutableBufferPointer<Entry> {
        let bits = min(14, PairLayout.bitWidth(bucket.count / 2))
        guard bits > 0 else {
            sortSmall(bucket)
            return bucket
        }
        let shift = UInt64(56 - bits)
        let mask = UInt64(1 << bits - 1)
        let local = scratch.local(bucket.count)
        let starts = scratch.counts(1 << bits + 1)
        for entry in bucket { starts[Int((entry.key &>> shift) & mask) + 1] += 1 }
        for digit in 0..<(1 << bits) { starts[digit + 1] += starts[digit] }
        for entry in bucket {
            let digit = Int((entry.key &>> shift) & mask)
            local[starts[digit]] = entry
            starts[digit] += 1
        }
        // `starts[digit]` is now the end of sub-bucket `digit`.
        var start = 0
        for digit in 0..<(1 << bits) {
            let end = starts[digit]
            if end - start > 1 { sortSmall(UnsafeMutableBufferPointer(rebasing: local[start..<end])) }
            start = end
        }
        return local
    }

    /// Sorts a few entries by key and record.
    private static func sortSmall(_ entries: UnsafeMutableBufferPointer<Entry>) {
        guard entries.count <= 32 else {
            var entries = entries
            entries.sort(by: Entry.before)
            return
        }
        for index in 1..<entries.count {
            let entry = entries[index]
            var slot = index
            while slot > 0, Entry.before(entry, entries[slot - 1]) {
                entries[slot] = entries[slot - 1]
                slot -= 1
            }
            entries[slot] = entry
        }
    }
}
