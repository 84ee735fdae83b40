import Testing

@testable import Match

/// Builders for the evaluation tests, in one namespace so they stay out of other suites' way.
enum EvalFixture {
    /// A record of the test source `s`.
    static func ref(_ key: String, source: String = "s") -> RecordRef { RecordRef(source: source, key: key) }

    /// `"a b c | d e"` → each record's cluster, named `P0`, `P1`, … in group order.
    static func prediction(_ text: String) -> [RecordRef: String] {
        var clusters: [RecordRef: String] = [:]
        for (index, group) in groups(text).enumerated() {
            for key in group { clusters[ref(key)] = "P\(index)" }
        }
        return clusters
    }

    /// `"a b c | d e"` → (record, entity) pairs, entities named `T0`, `T1`, … in group order.
    static func truth(_ text: String) -> [(RecordRef, String)] {
        groups(text).enumerated().flatMap { index, group in group.map { (ref($0), "T\(index)") } }
    }

    /// `"a b c | d e"` → `[["a", "b", "c"], ["d", "e"]]`.
    static func groups(_ text: String) -> [[String]] {
        text.split(separator: "|").map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    }

    /// `|a − b| ≤ 1e-9`.
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 }

    /// SplitMix64: a small seeded generator, so random cases are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pairwise and B-cubed figures by listing every pair of common records: O(n²), the
    /// definition the contingency-table arithmetic must agree with.
    struct BruteForce {
        var records = 0
        var truePositivePairs = 0
        var predictedPairs = 0
        var truePairs = 0
        var bCubedPrecision = 1.0
        var bCubedRecall = 1.0

        init(prediction: [RecordRef: Int], truth: [RecordRef: Int]) {
            let common = prediction.keys.filter { truth[$0] != nil }.sorted()
            records = common.count
            guard !common.isEmpty else { return }
            var precisionSum = 0.0, recallSum = 0.0
            for first in common {
                var sameCluster = 0, sameEntity = 0, both = 0
                for second in common {
                    let cluster = prediction[first] == prediction[second]
                    let entity = truth[first] == truth[second]
                    if cluster { sameCluster += 1 }
                    if entity { sameEntity += 1 }
                    if cluster && entity { both += 1 }
                    guard first < second else { continue }
                    if cluster { predictedPairs += 1 }
                    if entity { truePairs += 1 }
                    if cluster && entity { truePositivePairs += 1 }
                }
                precisionSum += Double(both) / Double(sameCluster)
                recallSum += Double(both) / Double(sameEntity)
            }
            bCubedPrecision = precisionSum / Double(common.count)
            bCubedRecall = recallSum / Double(common.count)
        }
    }
}
