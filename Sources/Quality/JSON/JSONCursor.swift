import GoldenCore

/// A forward-only reader of compact JSON bytes, just enough to pull a few members out of a stored
/// golden record without decoding the rest: skip any value, read strings, integers and booleans,
/// walk objects and arrays. No Foundation; errors carry the byte offset only (never the text,
/// which is personal data).
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A malformed document, at `index`.
    var failure: GoldenError { GoldenError(.parse, "malformed stored JSON at byte \(index)") }

    mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index &+= 1
        }
    }

    /// The next non-space byte, not consumed; 0 at the end.
    mutating func peek() -> UInt8 {
        skipSpace()
        return index < bytes.count ? bytes[index] : 0
    }

    mutating func expect(_ byte: UInt8) throws(GoldenError) {
        guard peek() == byte else { throw failure }
        index &+= 1
    }

    /// Walks an object: `body` gets each member's key bytes and must consume its value.
    mutating func object(_ body: (inout JSONCursor, UnsafeBufferPointer<UInt8>) throws(GoldenError) -> Void) throws(GoldenError) {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") {
            index &+= 1
            return
        }
        while true {
            let key = try rawString()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
            switch peek() {
            case UInt8(ascii: ","): index &+= 1
            case UInt8(ascii: "}"):
                index &+= 1
                return
            default: throw failure
            }
        }
    }

    /// Walks an array: `body` must consume each element.
    mutating func array(_ body: (inout JSONCursor) throws(GoldenError) -> Void) throws(GoldenError) {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") {
            index &+= 1
            return
        }
        while true {
            try body(&self)
            switch peek() {
            case UInt8(ascii: ","): index &+= 1
            case UInt8(ascii: "]"):
                index &+= 1
                return
            default: throw failure
            }
        }
    }

    /// A string's bytes between its quotes, escapes left as written.
    mutating func rawString() throws(GoldenError) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                defer { index &+= 1 }
                return UnsafeBufferPointer(rebasing: bytes[start..<index])
            case UInt8(ascii: "\\"): index &+= 2
            default: index &+= 1
            }
        }
        throw failure
    }

    /// A string without escapes (source names, ISO 8601 times), as a `String`.
    mutating func plainString() throws(GoldenError) -> String {
        let raw = try rawString()
        guard !raw.contains(UInt8(ascii: "\\")) else { throw failure }
        return String(decoding: raw, as: UTF8.self)
    }

    /// Any string, its escapes decoded (`\"`, `\\`, `\/`, `\n`, `\t`, `\r`, `\b`, `\f`, `\uXXXX`
    /// with surrogate pairs); a bad escape is malformed JSON.
    mutating func string() throws(GoldenError) -> String {
        let raw = try rawString()
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            var value: UInt32 = 0
            for byte in raw[at..<at + 4] {
                guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while i < raw.count {
            let byte = raw[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < raw.count else {
                out.append(byte)
                i += 1
                continue
            }
            let escape = raw[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(i) else { throw failure }
                i += 4
                if (0xD800..<0xDC00).contains(scalar), i + 6 <= raw.count, raw[i] == UInt8(ascii: "\\"),
                    raw[i + 1] == UInt8(ascii: "u"), let low = hex4(i + 2), (0xDC00..<0xE000).contains(low)
                {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: Array(String(UnicodeScalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            default: throw failure
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A whole number.
    mutating func integer() throws(GoldenError) -> Int64 {
        skipSpace()
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index &+= 1
        }
        let start = index
        var value: Int64 = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value &* 10 &+ Int64(bytes[index] &- 0x30)
            index &+= 1
        }
        guard index > start else { throw failure }
        return negative ? -value : value
    }

    mutating func boolean() throws(GoldenError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            index &+= 4
            return true
        case UInt8(ascii: "f"):
            index &+= 5
            return false
        default: throw failure
        }
    }

    /// Skips one value of any kind.
    mutating func skipValue() throws(GoldenError) {
        switch peek() {
        case UInt8(ascii: "\""): _ = try rawString()
        case UInt8(ascii: "{"): try object { (cursor, _) throws(GoldenError) in try cursor.skipValue() }
        case UInt8(ascii: "["): try array { (cursor) throws(GoldenError) in try cursor.skipValue() }
        case 0: throw failure
        default:
            // A number, true, false or null: up to the next delimiter.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || byte == 0x20 { break }
                index &+= 1
            }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes spell `text` (ASCII).
    func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        let other = text.utf8Start
        for offset in 0..<count where self[offset] != other[offset] { return false }
        return true
    }
}
