import Dispatch

/// Counts of comparison vectors: the distinct agreement patterns of many pairs, each with how
/// many pairs have it — what EM and the u estimate work on instead of the pairs themselves.
struct VectorTally {
    /// One distinct vector and its number of pairs.
    struct Pattern: Hashable, Sendable {
        var vector: ComparisonVector
        var count: Int
    }

    private(set) var counts: [ComparisonVector: Int] = [:]

    /// Counts one more pair at `vector`.
    @inline(__always)
    mutating func add(_ vector: ComparisonVector) { counts[vector, default: 0] += 1 }

    /// The patterns that `body` adds for items `0..<items`, ordered by vector so that sums over
    /// them come out the same every time.
    ///
    /// Items are dealt to up to `threads` threads in turn (item *i* to thread *i* mod *t*), so
    /// uneven items — rows of a triangle of pairs — spread evenly; the counts do not depend on
    /// the split.
    /// - Complexity: O(*n*) calls of `body`, plus O(*v* log *v*) for *v* distinct vectors.
    static func count(
        items: Int, threads: Int, _ body: @escaping @Sendable (Int, inout VectorTally) -> Void
    ) -> [Pattern] {
        let partitions = max(1, min(threads, items / 256))
        var tallies = [VectorTally](repeating: VectorTally(), count: partitions)
        if partitions == 1 {
            for item in 0..<items { body(item, &tallies[0]) }
        } else {
            tallies.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let output = buffer
                DispatchQueue.concurrentPerform(iterations: partitions) { partition in
                    var tally = VectorTally()
                    for item in stride(from: partition, to: items, by: partitions) { body(item, &tally) }
                    output[partition] = tally
                }
            }
        }
        var merged = tallies[0].counts
        for tally in tallies.dropFirst() {
            merged.merge(tally.counts, uniquingKeysWith: +)
        }
        return merged.map { Pattern(vector: $0.key, count: $0.value) }.sorted { $0.vector < $1.vector }
    }
}
