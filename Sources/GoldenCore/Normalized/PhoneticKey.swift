/// The two codes of a phonetic algorithm such as Double Metaphone: a primary and an alternate
/// pronunciation. Two names sound alike when any code of one equals any code of the other.
public struct PhoneticKey: Hashable, Sendable, Codable {
    public var primary: String
    /// Equal to `primary` when the name has only one likely pronunciation.
    public var alternate: String

    public init(primary: String, alternate: String) {
        self.primary = primary
        self.alternate = alternate
    }

    /// Whether the two keys share a code (empty codes never match).
    public func sharesCode(with other: PhoneticKey) -> Bool {
        guard !primary.isEmpty, !other.primary.isEmpty else { return false }
        return primary == other.primary || primary == other.alternate
            || alternate == other.primary || alternate == other.alternate
    }
}
