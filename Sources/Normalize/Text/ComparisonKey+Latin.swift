import GoldenCore

extension ComparisonKey {
    /// The comparison key of `bytes` written into `buffer` without allocating, for text of ASCII
    /// and accented Latin letters (U+00C0–U+024F): the same key as ``append(_:to:germanStyle:)``
    /// gives (letters lower-cased and folded, apostrophes, periods and backticks removed, every
    /// other run of punctuation or space one separator).
    ///
    /// Returns the key's length, or nil when `bytes` has another non-ASCII character (take the
    /// general path) or the key does not fit in `buffer`.
    @inline(__always)
    static func writeLatin(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var pendingSpace = false
        @inline(__always) func emit(_ byte: UInt8) -> Bool {
            if pendingSpace {
                if count > 0 {
                    guard count < buffer.count else { return false }
                    buffer[count] = ASCII.space
                    count += 1
                }
                pendingSpace = false
            }
            guard count < buffer.count else { return false }
            buffer[count] = ASCII.lower(byte)
            count += 1
            return true
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte < 0x80 {
                if ASCII.isAlphanumeric(byte) {
                    guard emit(byte) else { return nil }
                } else if byte != ASCII.apostrophe && byte != ASCII.period && byte != UInt8(ascii: "`") {
                    pendingSpace = true
                }
                continue
            }
            // Two-byte sequences C3 80 … C9 8F: U+00C0 … U+024F.
            guard byte >= 0xC3, byte <= 0xC9, index < bytes.count, bytes[index] & 0xC0 == 0x80 else { return nil }
            let scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index] & 0x3F)
            index += 1
            guard scalar != 0xD7, scalar != 0xF7, let (a, b) = LatinFold.ascii(scalar) else { return nil }
            guard emit(a), b == 0 || emit(b) else { return nil }
        }
        return count
    }

    /// The comparison key of `bytes` packed, when it can be written without allocating (see
    /// ``writeLatin(_:into:)``) and has 1 to 16 bytes; nil otherwise.
    @inline(__always)
    static func packedLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedWord? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            guard let count = writeLatin(bytes, into: buffer) else { return nil }
            return PackedWord(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }
}
