/// A run of ASCII decimal digits (a whole number, or its national significant part), read
/// without copying.
struct PhoneDigits {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }

    /// The value (0–9) of the digit at `index`.
    @inline(__always)
    subscript(index: Int) -> Int { Int(bytes[index] &- 0x30) }

    /// The number the first `length` digits make (`leading(3)` of `2079460123` is 207); `-1`
    /// when there are fewer digits.
    @inline(__always)
    func leading(_ length: Int) -> Int {
        guard length <= count else { return -1 }
        var value = 0
        for index in 0..<length { value = value &* 10 &+ self[index] }
        return value
    }

    /// The number digits `range` make (`number(3..<6)` is the NANP exchange).
    @inline(__always)
    func number(_ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = value &* 10 &+ self[index] }
        return value
    }

    /// The digits after the first `length`.
    @inline(__always)
    func dropFirst(_ length: Int) -> PhoneDigits {
        PhoneDigits(UnsafeBufferPointer(rebasing: bytes[Swift.min(length, count)...]))
    }

    /// Whether the digits start with `prefix`, written out (`"044"`, leading zeros included).
    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard length <= count else { return false }
        let start = prefix.utf8Start
        for index in 0..<length where bytes[index] != start[index] { return false }
        return true
    }

    /// Whether every digit is the same (`0000000`, `99999999`).
    var isOneDigitRepeated: Bool {
        guard let first = bytes.first else { return false }
        for byte in bytes where byte != first { return false }
        return true
    }

    /// Whether the digits count up or down by one each, wrapping 9 → 0 (`1234567890`,
    /// `0123456789`, `987654321`).
    var isRun: Bool {
        guard count >= 2 else { return false }
        let step = (self[1] &- self[0] &+ 10) % 10
        guard step == 1 || step == 9 else { return false }
        for index in 1..<count where (self[index] &- self[index &- 1] &+ 10) % 10 != step { return false }
        return true
    }
}
