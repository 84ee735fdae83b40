/// Byte-level helpers shared by the comparators.
///
/// The values the comparators see are comparison keys made by the Normalize stage: lower case,
/// accents folded to ASCII where the script is Latin, single spaces. Comparing their UTF-8 bytes
/// is therefore comparing their letters, and byte equality is the same as `String` equality
/// (without the cost of Unicode canonical equivalence).
enum KeyBytes {
    static let space = UInt8(ascii: " ")

    /// Whether two byte buffers hold the same bytes.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0 else { return true }
        if a.baseAddress == b.baseAddress { return true }
        return memcmpBytes(a.baseAddress!, b.baseAddress!, a.count)
    }

    /// Byte-wise lexicographic order of two buffers (`-1`, `0`, `1`).
    @inline(__always)
    static func order(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(a.count, b.count)
        var index = 0
        while index < shared {
            let x = a[index], y = b[index]
            if x != y { return x < y ? -1 : 1 }
            index += 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    @inline(__always)
    private static func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var index = 0
        // Eight bytes at a time, then the rest.
        while index + 8 <= count {
            let x = UnsafeRawPointer(a + index).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(b + index).loadUnaligned(as: UInt64.self)
            if x != y { return false }
            index += 8
        }
        while index < count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, contiguous (a copy only for a bridged string).
    @inline(__always)
    func withKeyBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// Calls `body` with the UTF-8 bytes of two strings.
    @inline(__always)
    static func withKeyBytes<R>(
        _ a: String, _ b: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        try a.withKeyBytes { x in try b.withKeyBytes { y in try body(x, y) } }
    }
}

extension Substring {
    /// Calls `body` with the substring's UTF-8 bytes, contiguous.
    @inline(__always)
    func withKeyBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try String(self).withKeyBytes(body)
    }
}
