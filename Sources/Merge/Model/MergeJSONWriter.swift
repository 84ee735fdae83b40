/// Writes golden records and history summaries as JSON into one UTF-8 byte buffer: the same
/// bytes as ``MergeJSON/encode(_:)``, without Foundation's encoder.
///
/// The Merge stage writes two documents per cluster; Foundation's `JSONEncoder` spends most of
/// that time converting keys to snake_case, boxing values and casting them. This writer knows
/// the types: their snake_case keys are static strings, already in the sorted order
/// ``MergeJSON`` writes, and values are appended as bytes. What it must match, byte for byte:
///
/// - keys sorted in byte order at every level; `nil` values left out, empty lists kept;
/// - integers in plain decimal; `true`/`false`;
/// - strings escaped like `JSONEncoder` with `.withoutEscapingSlashes`: `"` and `\` with a
///   backslash, `\b \t \n \f \r`, the other control characters as `\u00XX` (lower-case hex),
///   everything else (`/`, DEL, non-ASCII) as its UTF-8 bytes;
/// - a ``GoldenCore/Timestamp`` in a golden record as `{"seconds_since_epoch":N}` (its
///   synthesized `Codable`); a history summary's times as ISO 8601 text and amounts as exact
///   decimal text (``HistorySummary``'s own `Codable`).
///
/// The writer owns its buffer (it is not copyable): appending is a bounds check and a copy,
/// with no reference counting or uniqueness checks on the way.
///
/// ``MergeJSONReader`` reads the same JSON back. A change to the types' `Codable` forms must
/// be made here too: `MergeJSONWriterTests` compare both writers on every attribute.
///
/// ```swift
/// var writer = MergeJSONWriter()
/// for record in records {
///     writer.reset()                   // keeps the buffer's capacity
///     writer.write(record)
///     store(writer.string)             // == MergeJSON.encode(record)
/// }
/// ```
public struct MergeJSONWriter: ~Copyable {
    /// The buffer; the first ``count`` bytes are written.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes were written since the last ``reset()``.
    public private(set) var count = 0
    /// Whether the next member of the open object needs a comma.
    var needsComma = false

    /// An empty writer whose buffer holds `capacity` bytes before it grows.
    public init(capacity: Int = 4096) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Empties the buffer, keeping its capacity.
    public mutating func reset() {
        count = 0
        needsComma = false
    }

    /// The JSON written since the last ``reset()``, as UTF-8.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The JSON written since the last ``reset()``.
    public var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// Calls `body` with the UTF-8 bytes written since the last ``reset()``, without copying
    /// them (valid only inside `body`).
    public func withUTF8<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    // MARK: - Bytes

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    // MARK: - Objects and lists

    /// Writes `{`, the members `body` writes, and `}`.
    @inline(__always)
    mutating func object(_ body: (inout MergeJSONWriter) -> Void) {
        append(UInt8(ascii: "{"))
        needsComma = false
        body(&self)
        append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Writes a member's key: a comma if a member came before, `"key":`.
    ///
    /// `key` must be plain ASCII that needs no escaping (the types' snake_case keys).
    @inline(__always)
    mutating func key(_ key: StaticString) {
        key.withUTF8Buffer { name in
            reserve(name.count + 4)
            if needsComma {
                base[count] = UInt8(ascii: ",")
                count += 1
            }
            base[count] = UInt8(ascii: "\"")
            (base + count + 1).update(from: name.baseAddress!, count: name.count)
            base[count + 1 + name.count] = UInt8(ascii: "\"")
            base[count + 2 + name.count] = UInt8(ascii: ":")
            count += name.count + 3
        }
    }

    /// Writes `[`, each element by `element`, and `]`.
    @inline(__always)
    mutating func list<Element>(_ elements: [Element], _ element: (inout MergeJSONWriter, Element) -> Void) {
        append(UInt8(ascii: "["))
        for index in elements.indices {
            if index > elements.startIndex { append(UInt8(ascii: ",")) }
            element(&self, elements[index])
        }
        append(UInt8(ascii: "]"))
        needsComma = true
    }

    // MARK: - Members

    /// A member whose value `body` writes.
    @inline(__always)
    mutating func member(_ name: StaticString, _ body: (inout MergeJSONWriter) -> Void) {
        key(name)
        body(&self)
        needsComma = true
    }

    /// A member, or nothing when `value` is `nil` (as `encodeIfPresent` does).
    @inline(__always)
    mutating func member<Value>(_ name: StaticString, ifPresent value: Value?, _ body: (inout MergeJSONWriter, Value) -> Void) {
        guard let value else { return }
        key(name)
        body(&self, value)
        needsComma = true
    }

    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    mutating func member(_ name: StaticString, ifPresent value: String?) {
        guard let value else { return }
        member(name, value)
    }

    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        integer(Int64(value))
    }

    mutating func member(_ name: StaticString, ifPresent value: Int?) {
        guard let value else { return }
        member(name, value)
    }

    mutating func member(_ name: StaticString, _ value: Bool) {
        key(name)
        append(value ? "true" : "false")
        needsComma = true
    }

    mutating func member(_ name: StaticString, _ values: [String]) {
        key(name)
        list(values) { $0.string($1) }
    }

    // MARK: - Scalars

    /// A JSON string: `value`'s UTF-8 bytes in quotes, escaped as `JSONEncoder` escapes them.
    mutating func string(_ value: String) {
        append(UInt8(ascii: "\""))
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            Array(value.utf8).withUnsafeBufferPointer { appendEscaped($0) }
        }
        append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Appends `utf8`, copying the runs that need no escaping in one go.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            appendEscape(byte)
            runStart = index + 1
        }
        append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// The escape of one byte that JSON strings may not hold as it is.
    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x09: append("\\t")
        case 0x0A: append("\\n")
        case 0x0C: append("\\f")
        case 0x0D: append("\\r")
        default:
            let hex: StaticString = "0123456789abcdef"
            append("\\u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// `value` in decimal, as `JSONEncoder` writes an integer.
    mutating func integer(_ value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        digits(value.magnitude, width: 1)
        needsComma = true
    }

    /// The decimal digits of `value`, left-padded with zeros to `width`.
    mutating func digits(_ value: UInt64, width: Int) {
        var length = 1
        var power: UInt64 = 10
        while length < 20, value >= power {
            length += 1
            power = power &* 10
        }
        let total = max(length, width)
        reserve(total)
        let end = count + total
        var rest = value
        var position = end
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        while position > count {
            position -= 1
            base[position] = UInt8(ascii: "0")
        }
        count = end
    }

    /// `value` in decimal, left-padded with zeros to `width` including its sign: how
    /// ``GoldenCore/Timestamp/iso8601`` pads (`-5` to width 4 is `00-5`).
    mutating func padded(_ value: Int64, width: Int) {
        guard value < 0 else { return digits(UInt64(value), width: width) }
        var length = 2
        var power: UInt64 = 10
        while length < 21, value.magnitude >= power {
            length += 1
            power = power &* 10
        }
        for _ in length..<max(length, width) { append(UInt8(ascii: "0")) }
        append(UInt8(ascii: "-"))
        digits(value.magnitude, width: 1)
    }
}
