/// A forward-only reader of JSON text in UTF-8 bytes: walk objects and arrays, read strings,
/// whole numbers and booleans, skip any value. The byte-level readers of stored golden records
/// (Merge's `MergeJSONReader`, Quality's contact profile and freshness facts) are built on it.
///
/// It reads what Foundation's `JSONDecoder` reads, and refuses what it refuses, so that a fast
/// reader can stand in for a `Codable` one:
///
/// - whitespace anywhere between tokens; a trailing comma before `}` or `]` (Foundation takes
///   it); nesting at most ``maximumDepth`` deep; nothing but whitespace after the document
///   (``finish()``);
/// - strings with every escape, `\uXXXX` with surrogate pairs (a lone surrogate is malformed),
///   raw control characters refused (JSONCursor+Strings.swift), in every string read and every
///   key of an object walked; a skipped value's strings and keys need only close;
/// - whole numbers exactly, overflow refused; `1.0` and `1e2` read as the whole numbers they
///   are (JSONCursor+Numbers.swift);
/// - `true`, `false` and `null` spelled out in full, even in a skipped value.
///
/// No Foundation; errors carry the byte offset only, never the text (personal data). Bounds
/// are checked before every read: a truncated or corrupted document throws, it never traps.
///
/// ```swift
/// var name: String?
/// try JSONCursor.read(json) { (cursor) throws(GoldenError) in
///     try cursor.object { (cursor, key) throws(GoldenError) in
///         if key.equals("display_name") { name = try cursor.string() } else { try cursor.skipValue() }
///     }
/// }
/// ```
package struct JSONCursor {
    /// The document, read in place: it must outlive the cursor.
    package let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    package var index = 0
    /// How many objects and arrays are open.
    private var depth = 0

    /// How deep objects and arrays may nest: Foundation's `JSONDecoder` limit. Deeper documents
    /// are malformed (and cannot exhaust the stack).
    package static let maximumDepth = 512

    /// A cursor at the start of `bytes`.
    package init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Runs `body` on a cursor over `text`'s UTF-8 bytes, then checks that only whitespace is
    /// left (``finish()``).
    package static func read<Result>(
        _ text: String, _ body: (inout JSONCursor) throws(GoldenError) -> Result
    ) throws(GoldenError) -> Result {
        var text = text
        let result: Swift.Result<Result, GoldenError> = text.withUTF8 { bytes in
            var cursor = JSONCursor(bytes)
            return Swift.Result { () throws(GoldenError) in
                let value = try body(&cursor)
                try cursor.finish()
                return value
            }
        }
        return try result.get()
    }

    /// A malformed document, at ``index``.
    package var failure: GoldenError { GoldenError(.parse, "malformed stored JSON at byte \(index)") }

    /// A well-formed object that lacks a member its reader needs; names the member, not its value.
    package func missing(_ key: String) -> GoldenError {
        GoldenError(.parse, "stored JSON lacks \"\(key)\" in the object ending at byte \(index)")
    }

    // MARK: - Tokens

    /// Moves past spaces, tabs, carriage returns and line feeds.
    package mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index &+= 1
            default: return
            }
        }
    }

    /// The next non-space byte, not consumed; 0 at the end.
    package mutating func peek() -> UInt8 {
        skipSpace()
        return index < bytes.count ? bytes[index] : 0
    }

    /// Consumes `byte`, the next non-space byte, or throws.
    package mutating func expect(_ byte: UInt8) throws(GoldenError) {
        guard peek() == byte, index < bytes.count else { throw failure }
        index &+= 1
    }

    /// Throws unless only whitespace is left.
    package mutating func finish() throws(GoldenError) {
        skipSpace()
        guard index == bytes.count else { throw failure }
    }

    /// Consumes `word` (`true`, `false`, `null`) spelled out in full.
    private mutating func literal(_ word: StaticString) throws(GoldenError) {
        skipSpace()
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { throw failure }
        for offset in 0..<count where bytes[index &+ offset] != word.utf8Start[offset] { throw failure }
        index &+= count
    }

    /// Whether the next value is `null`; consumes it if so.
    package mutating func takeNull() throws(GoldenError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// `true` or `false`.
    package mutating func boolean() throws(GoldenError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: throw failure
        }
    }

    // MARK: - Objects and arrays

    /// Opens an object or array: consumes `open` and counts the depth.
    private mutating func enter(_ open: UInt8) throws(GoldenError) {
        try expect(open)
        depth &+= 1
        guard depth <= Self.maximumDepth else { throw failure }
    }

    /// Whether the container just opened is empty: consumes `close` if it comes next.
    private mutating func closesEmpty(_ close: UInt8) -> Bool {
        guard peek() == close else { return false }
        index &+= 1
        depth &-= 1
        return true
    }

    /// After a member or element: consumes `,` or `close`; whether the container is closed.
    private mutating func next(_ close: UInt8) throws(GoldenError) -> Bool {
        switch peek() {
        case UInt8(ascii: ","):
            index &+= 1
            // A trailing comma, as Foundation's parser allows it.
            guard peek() == close else { return false }
        case close: break
        default: throw failure
        }
        index &+= 1
        depth &-= 1
        return true
    }

    /// Walks an object: `body` gets each member's key bytes (between the quotes, escapes as
    /// written but checked; see ``JSONKeyTable`` for matching them) and must consume its value.
    package mutating func object(
        _ body: (inout JSONCursor, UnsafeBufferPointer<UInt8>) throws(GoldenError) -> Void
    ) throws(GoldenError) {
        try object(skipping: false, body)
    }

    /// Walks an object; when `skipping`, its keys need only close, as Foundation checks the
    /// keys of an object nothing reads; else a bad escape or control character in one is
    /// malformed, read or not.
    private mutating func object(
        skipping: Bool, _ body: (inout JSONCursor, UnsafeBufferPointer<UInt8>) throws(GoldenError) -> Void
    ) throws(GoldenError) {
        try enter(UInt8(ascii: "{"))
        if closesEmpty(UInt8(ascii: "}")) { return }
        repeat {
            let (key, escaped) = try scanString(skipping: skipping)
            if escaped, !skipping, Self.unescaped(key) == nil { throw failure }
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
        } while try !next(UInt8(ascii: "}"))
    }

    /// Walks an array: `body` must consume each element.
    package mutating func array(_ body: (inout JSONCursor) throws(GoldenError) -> Void) throws(GoldenError) {
        try enter(UInt8(ascii: "["))
        if closesEmpty(UInt8(ascii: "]")) { return }
        repeat {
            try body(&self)
        } while try !next(UInt8(ascii: "]"))
    }

    /// The elements of an array, each read by `element`.
    package mutating func list<Element>(
        _ element: (inout JSONCursor) throws(GoldenError) -> Element
    ) throws(GoldenError) -> [Element] {
        var elements: [Element] = []
        try array { (cursor) throws(GoldenError) in elements.append(try element(&cursor)) }
        return elements
    }

    /// Skips one value of any kind, checking its syntax as Foundation checks a value nothing
    /// reads: strings and keys must close (their escapes and control characters go unchecked),
    /// containers must balance, literals must be spelled out; numbers are skipped as a run of
    /// number characters.
    package mutating func skipValue() throws(GoldenError) {
        switch peek() {
        case UInt8(ascii: "\""): _ = try scanString(skipping: true)
        case UInt8(ascii: "{"): try object(skipping: true) { (cursor, _) throws(GoldenError) in try cursor.skipValue() }
        case UInt8(ascii: "["): try array { (cursor) throws(GoldenError) in try cursor.skipValue() }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            index &+= 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                    UInt8(ascii: "+"), UInt8(ascii: "-"):
                    index &+= 1
                default: return
                }
            }
        default: throw failure
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the bytes spell `text` (ASCII).
    package func equals(_ text: StaticString) -> Bool {
        guard count == text.utf8CodeUnitCount else { return false }
        let other = text.utf8Start
        for offset in 0..<count where self[offset] != other[offset] { return false }
        return true
    }
}
