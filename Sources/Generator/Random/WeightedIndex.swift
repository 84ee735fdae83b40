/// Draws indices with fixed relative weights, e.g. names by popularity.
///
/// - Complexity: O(log n) per draw (binary search over cumulative weights).
struct WeightedIndex: Sendable {
    private let cumulative: [Double]

    /// - Parameter weights: non-negative, not all zero.
    init(weights: [Double]) {
        var running = 0.0
        var sums: [Double] = []
        sums.reserveCapacity(weights.count)
        for weight in weights {
            running += weight
            sums.append(running)
        }
        precondition(running > 0, "weights must not all be zero")
        cumulative = sums.map { $0 / running }
    }

    /// Zipf–Mandelbrot weights `1 / (rank + shift)` for ranks `1...count`: a few very common
    /// entries, then a long tail.
    static func zipf(count: Int, shift: Double = 2) -> WeightedIndex {
        WeightedIndex(weights: (1...max(count, 1)).map { 1 / (Double($0) + shift) })
    }

    var count: Int { cumulative.count }

    /// The probability of drawing `index`.
    func probability(of index: Int) -> Double {
        index == 0 ? cumulative[0] : cumulative[index] - cumulative[index - 1]
    }

    /// An index drawn with `generator`.
    func draw(_ generator: inout SplitMix64) -> Int {
        let u = generator.unit()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > u { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
