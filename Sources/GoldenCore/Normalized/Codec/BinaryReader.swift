/// Reads what a ``BinaryWriter`` wrote, in the same order. Every read checks bounds: malformed
/// bytes throw ``BinaryReader/Malformed`` (with the offset), never crash.
///
/// Inlinable, like ``BinaryWriter``: its callers live in other modules (store, merge, quality,
/// engage), and unspecialized generic reads there looked up type metadata on every call.
public struct BinaryReader {
    @usableFromInline let bytes: [UInt8]
    @usableFromInline var position = 0

    @inlinable
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The bytes did not hold what the reader expected.
    public struct Malformed: Error, Hashable, Sendable, CustomStringConvertible {
        public var offset: Int
        public var description: String { "malformed binary value at byte \(offset)" }

        @inlinable
        public init(offset: Int) {
            self.offset = offset
        }
    }

    /// How many bytes have been read.
    @inlinable
    public var offset: Int { position }

    @inlinable
    public var atEnd: Bool { position == bytes.count }

    @inlinable
    public mutating func readUInt64() throws(Malformed) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed(offset: position) }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    @inlinable
    public mutating func readInt() throws(Malformed) -> Int {
        Int(truncatingIfNeeded: Int64(bitPattern: try readUInt64()))
    }

    @inlinable
    public mutating func readInt64() throws(Malformed) -> Int64 {
        let zigzag = try readUInt64()
        return Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
    }

    @inlinable
    public mutating func readBool() throws(Malformed) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Malformed(offset: position) }
        position += 1
        return bytes[position - 1] == 1
    }

    @inlinable
    public mutating func readString() throws(Malformed) -> String {
        let count = try readUInt64()
        guard count <= UInt64(bytes.count - position) else { throw Malformed(offset: position) }
        let end = position + Int(count)
        defer { position = end }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    @inlinable
    public mutating func readOptional<T>(_ body: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try readBool() ? try body(&self) : nil
    }

    @inlinable
    public mutating func readOptionalString() throws(Malformed) -> String? {
        try readOptional { reader throws(Malformed) in try reader.readString() }
    }

    @inlinable
    public mutating func readArray<T>(_ body: (inout BinaryReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try readUInt64()
        // Each element takes at least one byte: a larger count is malformed, not a huge allocation.
        guard count <= UInt64(bytes.count - position) else { throw Malformed(offset: position) }
        var result: [T] = []
        result.reserveCapacity(Int(count))
        for _ in 0..<count { result.append(try body(&self)) }
        return result
    }

    @inlinable
    public mutating func readStrings() throws(Malformed) -> [String] {
        try readArray { reader throws(Malformed) in try reader.readString() }
    }

    /// A raw-value enum case.
    @inlinable
    public mutating func readEnum<E: RawRepresentable>(_ type: E.Type) throws(Malformed) -> E where E.RawValue == String {
        let start = position
        guard let value = E(rawValue: try readString()) else { throw Malformed(offset: start) }
        return value
    }
}
