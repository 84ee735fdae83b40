/// The 64-bit FNV-1a hash, fed bytes in pieces: cheap and stable across runs and platforms (unlike
/// `Hasher`), for content hashes the store compares and for keys that must not change.
///
/// ```swift
/// var hash = FNV1a()
/// hash.add(record.utf8)
/// hash.add(CollectionOfOne(0xFF))    // a separator
/// hash.value                         // Int64, as the store keeps it
/// ```
public struct FNV1a: Sendable {
    @usableFromInline var raw: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash so far.
    public var state: UInt64 { raw }

    public init() {}

    /// Feeds `bytes`.
    @inlinable
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { raw = (raw ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }

    /// The hash so far, as the store's signed integer.
    public var value: Int64 { Int64(bitPattern: raw) }

    /// The hash of `bytes` alone.
    @inlinable
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = FNV1a()
        hash.add(bytes)
        return hash.state
    }
}
