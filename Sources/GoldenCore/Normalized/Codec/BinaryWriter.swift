/// Appends values to a compact byte buffer: LEB128 integers, length-prefixed UTF-8 strings.
///
/// The format of the store's normalized records (see ``NormalizedRecordCodec``). It is
/// positional: reader and writer must agree on the order, which the codec's version guards.
/// Inlinable, so that its generic writes are specialized in the modules that call them.
public struct BinaryWriter {
    @usableFromInline var buffer: [UInt8] = []

    /// What has been written.
    @inlinable
    public var bytes: [UInt8] { buffer }

    @inlinable
    public init(capacity: Int = 256) {
        buffer.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its capacity.
    @inlinable
    public mutating func reset() {
        buffer.removeAll(keepingCapacity: true)
    }

    @inlinable
    public mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        buffer.append(UInt8(value))
    }

    @inlinable
    public mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    @inlinable
    public mutating func write(_ value: Int64) {
        // Zig-zag, so small negative numbers stay small.
        write(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    @inlinable
    public mutating func write(_ value: Bool) {
        buffer.append(value ? 1 : 0)
    }

    @inlinable
    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            buffer.append(contentsOf: utf8)
        }
    }

    /// A presence byte, then the value when present.
    @inlinable
    public mutating func write<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
        guard let value else {
            buffer.append(0)
            return
        }
        buffer.append(1)
        body(&self, value)
    }

    @inlinable
    public mutating func write(_ value: String?) {
        write(value) { $0.write($1) }
    }

    /// A count, then each element.
    @inlinable
    public mutating func write<C: Collection>(_ values: C, _ body: (inout BinaryWriter, C.Element) -> Void) {
        write(UInt64(values.count))
        for value in values { body(&self, value) }
    }

    @inlinable
    public mutating func write(_ values: [String]) {
        write(values) { $0.write($1) }
    }
}
