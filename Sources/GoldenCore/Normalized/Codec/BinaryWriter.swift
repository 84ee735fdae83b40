/// Appends values to a compact byte buffer: LEB128 integers, length-prefixed UTF-8 strings.
///
/// The format of the store's normalized records (see ``NormalizedRecordCodec``). It is
/// positional: reader and writer must agree on the order, which the codec's version guards.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    public mutating func write(_ value: Int) {
        write(UInt64(bitPattern: Int64(value)))
    }

    public mutating func write(_ value: Int64) {
        // Zig-zag, so small negative numbers stay small.
        write(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A presence byte, then the value when present.
    public mutating func write<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        body(&self, value)
    }

    public mutating func write(_ value: String?) {
        write(value) { $0.write($1) }
    }

    /// A count, then each element.
    public mutating func write<C: Collection>(_ values: C, _ body: (inout BinaryWriter, C.Element) -> Void) {
        write(UInt64(values.count))
        for value in values { body(&self, value) }
    }

    public mutating func write(_ values: [String]) {
        write(values) { $0.write($1) }
    }
}
