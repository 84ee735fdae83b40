/// The levels of every comparison of a pair, packed four bits per comparison in one `UInt64`:
/// level *k* of comparison *i* is the nibble *i*, and `0xF` is missing.
///
/// Packing makes a pair's agreement pattern a plain integer, so that the EM algorithm works on
/// the few thousand distinct patterns with their counts rather than on millions of pairs. A model
/// holds at most ``maxComparisons`` comparisons of at most ``maxLevels`` levels each.
public struct ComparisonVector: Hashable, Sendable, Comparable {
    /// The most comparisons a vector holds.
    public static let maxComparisons = 16
    /// The most levels one comparison may have (`0xF` is reserved for missing).
    public static let maxLevels = 15
    /// A vector with every comparison missing.
    public static let allMissing = ComparisonVector(raw: .max)

    public var raw: UInt64

    @inlinable
    public init(raw: UInt64) { self.raw = raw }

    /// The level of comparison `index`, or `nil` when missing.
    @inlinable
    public subscript(index: Int) -> Int? {
        get {
            let nibble = Int((raw >> UInt64(index * 4)) & 0xF)
            return nibble == 0xF ? nil : nibble
        }
        set {
            let shift = UInt64(index * 4)
            raw = (raw & ~(0xF << shift)) | (UInt64(newValue ?? 0xF) << shift)
        }
    }

    @inlinable
    public static func < (lhs: ComparisonVector, rhs: ComparisonVector) -> Bool { lhs.raw < rhs.raw }
}
