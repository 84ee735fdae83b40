/// A text value as the ``StringLevel``s read it: the levels measure the keys' bytes themselves
/// and ask the value the rest — whether two keys are the same, whether the values sound alike,
/// whether they are nicknames of each other.
///
/// A ``TextKey`` answers from its strings; a ``ScoringTable`` value answers from interned
/// numbers, so that the same level evaluation (``StringLevel/firstHolding(in:_:_:_:_:)``) gives
/// the same level both ways.
protocol StringLevelValue {
    /// Whether the two values' keys, whose bytes are `x` and `y`, are the same bytes.
    func hasSameKey(as other: Self, _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool
    /// Whether the two values' phonetic keys share a code (``NameComparison/phoneticMatch(_:_:)``).
    func soundsAlike(_ other: Self) -> Bool
    /// Whether the keys are equal, either is among the other's variants, or the variants
    /// share one (the `nickname` level).
    func isNickname(of other: Self) -> Bool
}

extension TextKey: StringLevelValue {
    @inline(__always)
    func hasSameKey(as other: TextKey, _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        KeyBytes.equal(x, y)
    }

    @inline(__always)
    func soundsAlike(_ other: TextKey) -> Bool { NameComparison.phoneticMatch(phonetic, other.phonetic) }

    @inline(__always)
    func isNickname(of other: TextKey) -> Bool { Variants.overlap(key, variants, other.key, other.variants) }
}
