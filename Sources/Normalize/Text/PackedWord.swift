/// A word of 1 to 16 UTF-8 bytes packed into two integers: a dictionary key for the short-word
/// tables of the address and date normalizers (street types, unit designators, month names) that
/// is built from bytes in place, without making a `String`.
///
/// Bytes are packed in order into `high` then `low`, with zero bytes after the last one, so two
/// words are equal exactly when their bytes are (the normalizers never produce a NUL byte).
struct PackedWord: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    /// The packed form of `bytes`, or `nil` when it is empty or longer than 16 bytes.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<bytes.count {
            let byte = UInt64(bytes[index])
            if index < 8 {
                high |= byte << (56 - 8 * UInt64(index))
            } else {
                low |= byte << (56 - 8 * UInt64(index - 8))
            }
        }
        self.high = high
        self.low = low
    }

    /// The packed form of a table word; the word must be 1 to 16 bytes.
    init(_ word: String) {
        var copy = word
        let packed = copy.withUTF8 { PackedWord($0) }
        precondition(packed != nil, "PackedWord: table word must be 1 to 16 bytes")
        self = packed!
    }

    /// The packed form of `bytes[range]`, or `nil` when it is empty or longer than 16 bytes.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.init(UnsafeBufferPointer(rebasing: bytes[range]))
    }
}
