#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The weight of something that happened `age` days ago when weights halve every `halfLife`
/// days: 0.5^(age / halfLife). Ages below ``tableSize`` come from a table, built once.
struct RecencyDecay: Hashable, Sendable {
    /// Ten years of days.
    static let tableSize = 3_653

    let halfLife: Double
    private let table: [Double]

    /// A half-life of zero or less (or not a number) means no decay: every weight is 1.
    init(halfLife: Double) {
        self.halfLife = halfLife > 0 ? halfLife : .infinity
        let halfLife = self.halfLife
        table = (0..<Self.tableSize).map { decayWeight(Double($0), halfLife) }
    }

    /// The weight at `age` days (`age` ≥ 0).
    func weight(age: Int) -> Double {
        age < Self.tableSize ? table[age] : decayWeight(Double(age), halfLife)
    }
}

/// 0.5^(age / halfLife) from the C library (a file-level name, so members do not shadow it).
private func decayWeight(_ age: Double, _ halfLife: Double) -> Double { exp2(-age / halfLife) }
