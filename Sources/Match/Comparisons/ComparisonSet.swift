/// The comparisons of a model, in order: what turns a pair of records into a
/// ``ComparisonVector``.
public struct ComparisonSet: Hashable, Sendable {
    public let comparisons: [Comparison]

    /// Errors in a list of comparisons.
    public enum Problem: Error, Hashable, Sendable {
        case empty
        case tooMany(Int)
        case tooManyLevels(name: String, count: Int)
        case duplicateName(String)
    }

    /// A set of comparisons, validated: at least one, at most ``ComparisonVector/maxComparisons``,
    /// each of at most ``ComparisonVector/maxLevels`` levels, names unique.
    public init(_ comparisons: [Comparison]) throws(Problem) {
        guard !comparisons.isEmpty else { throw .empty }
        guard comparisons.count <= ComparisonVector.maxComparisons else { throw .tooMany(comparisons.count) }
        var names = Set<String>()
        for comparison in comparisons {
            guard comparison.levelCount <= ComparisonVector.maxLevels else {
                throw .tooManyLevels(name: comparison.name, count: comparison.levelCount)
            }
            guard names.insert(comparison.name).inserted else { throw .duplicateName(comparison.name) }
        }
        self.comparisons = comparisons
    }

    public var count: Int { comparisons.count }

    /// The index of the comparison named `name`.
    public func index(of name: String) -> Int? { comparisons.firstIndex { $0.name == name } }

    /// The indexes of the comparisons of `attribute`.
    public func indexes(of attribute: MatchAttribute) -> [Int] {
        comparisons.indices.filter { comparisons[$0].attribute == attribute }
    }

    /// The levels of every comparison for two records.
    ///
    /// - Complexity: the sum of the comparisons' costs (tens of nanoseconds each).
    @inlinable
    public func vector(_ a: MatchRecord, _ b: MatchRecord) -> ComparisonVector {
        var vector = ComparisonVector.allMissing
        for index in comparisons.indices {
            if let level = comparisons[index].level(a, b) { vector[index] = level }
        }
        return vector
    }
}
