/// Reads what a ``BinaryWriter`` wrote, in the same order. Every read checks bounds: malformed
/// bytes throw ``BinaryReader/Malformed`` (with the offset), never crash.
public struct BinaryReader {
    private let bytes: [UInt8]
    public private(set) var offset = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The bytes did not hold what the reader expected.
    public struct Malformed: Error, Hashable, Sendable, CustomStringConvertible {
        public var offset: Int
        public var description: String { "malformed binary value at byte \(offset)" }
    }

    public var atEnd: Bool { offset == bytes.count }

    public mutating func readUInt64() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed(offset: offset) }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    public mutating func readInt() throws(Malformed) -> Int {
        Int(truncatingIfNeeded: Int64(bitPattern: try readUInt64()))
    }

    public mutating func readInt64() throws(Malformed) -> Int64 {
        let zigzag = try readUInt64()
        return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    }

    public mutating func readBool() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed(offset: offset) }
        offset += 1
        return bytes[offset - 1] == 1
    }

    public mutating func readString() throws(Malformed) -> String {
        let count = try readUInt64()
        guard count <= UInt64(bytes.count - offset) else { throw Malformed(offset: offset) }
        let end = offset + Int(count)
        defer { offset = end }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    public mutating func readOptional<T>(_ body: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try readBool() ? try body(&self) : nil
    }

    public mutating func readOptionalString() throws(Malformed) -> String? {
        try readOptional { reader throws(Malformed) in try reader.readString() }
    }

    public mutating func readArray<T>(_ body: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try readUInt64()
        // Each element takes at least one byte: a larger count is malformed, not a huge allocation.
        guard count <= UInt64(bytes.count - offset) else { throw Malformed(offset: offset) }
        var result: [T] = []
        result.reserveCapacity(Int(count))
        for _ in 0..<count { result.append(try body(&self)) }
        return result
    }

    public mutating func readStrings() throws(Malformed) -> [String] {
        try readArray { reader throws(Malformed) in try reader.readString() }
    }

    /// A raw-value enum case.
    public mutating func readEnum<E: RawRepresentable>(_ type: E.Type) throws(Malformed) -> E where E.RawValue == String {
        let start = offset
        guard let value = E(rawValue: try readString()) else { throw Malformed(offset: start) }
        return value
    }
}
