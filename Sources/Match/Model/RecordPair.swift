/// Two records of the array the Match stage works on, by position, the smaller first, packed in
/// one `UInt64` so that lists of millions of pairs sort and deduplicate as plain integers.
public struct RecordPair: Hashable, Comparable, Sendable, Codable {
    /// `first << 32 | second`.
    public let packed: UInt64

    /// The pair of `a` and `b` in either order; `a != b`.
    @inlinable
    public init(_ a: Int, _ b: Int) {
        precondition(a != b && a >= 0 && b >= 0 && a <= Int(Int32.max) && b <= Int(Int32.max))
        let (low, high) = a < b ? (a, b) : (b, a)
        packed = UInt64(low) << 32 | UInt64(high)
    }

    /// A pair from its packed form.
    @inlinable
    public init(packed: UInt64) { self.packed = packed }

    /// The smaller position.
    @inlinable public var first: Int { Int(packed >> 32) }
    /// The larger position.
    @inlinable public var second: Int { Int(packed & 0xFFFF_FFFF) }

    @inlinable
    public static func < (lhs: RecordPair, rhs: RecordPair) -> Bool { lhs.packed < rhs.packed }
}
