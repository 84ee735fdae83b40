/// Stack memory for parsing one record's names: the fields' bytes (NFC, each capped at
/// ``maxFieldBytes``, all together at ``byteCapacity``) and their tokens (at most
/// ``tokenCapacity``).
///
/// Made by ``with(_:)`` for the length of one call, so parsing allocates nothing of its own; both
/// buffers stay within the 1 KiB that `withUnsafeTemporaryAllocation` always puts on the stack.
struct NameWorkspace {
    /// Longer fields are cut (at a space where there is one) and reported as `name.too_long`.
    static let maxFieldBytes = 256
    static let tokenCapacity = 64
    /// Four fields at their longest; text past it (only when five or six fields are all too
    /// long) is left out.
    static let byteCapacity = 4 * maxFieldBytes

    let bytes: UnsafeMutableBufferPointer<UInt8>
    var byteCount = 0
    let tokens: UnsafeMutableBufferPointer<NameToken>
    var tokenCount = 0

    /// Calls `body` with an empty workspace in temporary (stack) memory.
    static func with<R>(_ body: (inout NameWorkspace) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: byteCapacity) { bytes in
            withUnsafeTemporaryAllocation(of: NameToken.self, capacity: tokenCapacity) { tokens in
                var workspace = NameWorkspace(bytes: bytes, tokens: tokens)
                return body(&workspace)
            }
        }
    }

    subscript(index: Int) -> NameToken {
        get { tokens[index] }
        set { tokens[index] = newValue }
    }

    /// The bytes of token `index`.
    func bytes(of index: Int) -> UnsafeBufferPointer<UInt8> {
        let token = tokens[index]
        return UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])
    }

    /// What one field held, as a whole.
    struct Segment {
        var field: NameField
        /// Its tokens.
        var tokens: TokenSet = .empty
        var byteRange: Range<Int>
        /// Whether the field was longer than ``NameWorkspace/maxFieldBytes`` and was cut.
        var truncated = false
        /// ``LetterHash`` of all its letters, folded to ASCII.
        var letterHash = LetterHash.initial
        var letterCount = 0
        /// The only letter it has (`xxx`), 0 before the first letter, 0xFF once two differ.
        var sameLetter: UInt8 = 0
        /// Whether it has letters that do not fold to ASCII (its letter hash is then unused).
        var hasOtherScripts = false
        var hasUpper = false
        var hasLower = false
    }

    /// Copies `text` into the workspace as the next field and splits it into tokens.
    mutating func add(_ text: String, field: NameField) -> Segment {
        let start = byteCount
        var truncated = false
        text.withUTF8Bytes { source in
            var length = source.count
            if length > Self.maxFieldBytes {
                truncated = true
                length = Self.cutPoint(source, limit: Self.maxFieldBytes)
            }
            let head = UnsafeBufferPointer(rebasing: source[0..<length])
            if head.contains(where: { $0 >= 0x80 }) && !Self.isComposed(head) {
                // Compose (NFC) before parsing, so that display values are composed and a
                // decomposed accent never splits a word.
                let composed = DisplayText.clean(String(utf8Bytes: head))
                composed.withUTF8Bytes { copy($0, limit: Self.cutPoint($0, limit: length)) }
            } else {
                copy(head, limit: length)
            }
        }
        var segment = Segment(field: field, byteRange: start..<byteCount, truncated: truncated)
        tokenize(&segment)
        return segment
    }

    /// The raw text of a field as it was parsed (cut when it was too long).
    static func parsedText(_ text: String) -> String {
        guard text.utf8.count > maxFieldBytes else { return text }
        return text.withUTF8Bytes { String(utf8Bytes: $0[0..<cutPoint($0, limit: maxFieldBytes)]) }
    }

    /// Whether `bytes` are surely in NFC already: ASCII, or letters of Latin, Greek and Cyrillic
    /// that no canonical composition changes (no combining marks), or general punctuation. A
    /// quick test that errs on the side of composing.
    static func isComposed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var scalars = UTF8Scalars(bytes)
        while let scalar = scalars.next() {
            switch scalar {
            case 0..<0x300, 0x370..<0x374, 0x375..<0x37E, 0x37F..<0x387, 0x388..<0x483, 0x48A..<0x530,
                0x2000..<0x2070:
                continue
            default:
                return false
            }
        }
        return true
    }

    private mutating func copy(_ source: UnsafeBufferPointer<UInt8>, limit: Int) {
        var count = min(limit, source.count, bytes.count - byteCount)
        while count > 0 && count < source.count && source[count] & 0xC0 == 0x80 { count -= 1 }
        guard count > 0 else { return }
        _ = UnsafeMutableBufferPointer(rebasing: bytes[byteCount..<byteCount + count])
            .initialize(from: source[0..<count])
        byteCount += count
    }

    /// Where to cut `bytes` to at most `limit` bytes: after the last space before the limit, or
    /// else on a scalar boundary.
    static func cutPoint(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        guard bytes.count > limit else { return bytes.count }
        var cut = limit
        while cut > 0 && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        var space = cut
        while space > 0 && !ASCII.isSpace(bytes[space]) { space -= 1 }
        return space > 0 ? space : cut
    }
}
