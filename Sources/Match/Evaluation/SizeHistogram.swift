/// The histogram of cluster sizes in the report: how many predicted clusters and true entities
/// have each size.
///
/// Sizes 1 to 10 get a bin each; larger sizes are binned on a 1–2–5 scale (11–20, 21–50, 51–100,
/// 101–200, …), so one giant cluster adds one line, not hundreds. Only bins with at least one
/// cluster or entity are listed, smallest sizes first.
struct SizeHistogram {
    private(set) var buckets: [EvaluationReport.SizeBucket] = []

    /// Sizes of 0 (entities none of whose records was scored) are skipped.
    ///
    /// - Complexity: O(*c*) for *c* sizes.
    init(predicted: [Int], truth: [Int]) {
        var predictedCounts: [Int] = [], truthCounts: [Int] = []
        Self.count(predicted, into: &predictedCounts)
        Self.count(truth, into: &truthCounts)
        for bin in 0..<max(predictedCounts.count, truthCounts.count) {
            let clusters = bin < predictedCounts.count ? predictedCounts[bin] : 0
            let entities = bin < truthCounts.count ? truthCounts[bin] : 0
            guard clusters > 0 || entities > 0 else { continue }
            let range = Self.range(ofBin: bin)
            buckets.append(EvaluationReport.SizeBucket(
                minSize: range.lowerBound, maxSize: range.upperBound, predictedClusters: clusters,
                trueEntities: entities))
        }
    }

    private static func count(_ sizes: [Int], into counts: inout [Int]) {
        for size in sizes where size > 0 {
            let bin = bin(of: size)
            if bin >= counts.count { counts.append(contentsOf: repeatElement(0, count: bin + 1 - counts.count)) }
            counts[bin] &+= 1
        }
    }

    /// The number of the bin holding `size` (at least 1): 0–9 for sizes 1–10, then 10 for
    /// 11–20, 11 for 21–50, 12 for 51–100, …
    static func bin(of size: Int) -> Int {
        if size <= 10 { return size - 1 }
        var bin = 10
        while size > range(ofBin: bin).upperBound { bin += 1 }
        return bin
    }

    /// The sizes bin number `bin` holds.
    static func range(ofBin bin: Int) -> ClosedRange<Int> {
        if bin < 10 { return (bin + 1)...(bin + 1) }
        // Upper bounds 20, 50, 100, 200, 500, 1000, …: ×2, ×2.5, ×2 per decade.
        var lower = 10, upper = 20
        for step in 0..<(bin - 10) {
            lower = upper
            let (next, overflow) = step % 3 == 0 ? (upper / 2).multipliedReportingOverflow(by: 5)
                : upper.multipliedReportingOverflow(by: 2)
            if overflow { return (lower + 1)...Int.max }
            upper = next
        }
        return (lower + 1)...upper
    }
}
