import GoldenCore

/// Splits CSV bytes into rows of fields (RFC 4180): fields separated by commas, rows by LF, CRLF
/// or CR; a field may be quoted, with `""` for a quote inside, and may then hold commas and line
/// breaks. Blank lines (nothing but spaces and tabs) are skipped. A UTF-8 byte order mark at the
/// start is skipped. Lenient where no meaning is lost: a quote inside an unquoted field is kept
/// as a character.
///
/// Fields are byte ranges; only the ones a caller asks for become strings.
struct CSVRowScanner {
    /// One field of the current row: bytes `start..<end`, with `""` still doubled when `escaped`.
    struct Field {
        var start: Int
        var end: Int
        var escaped: Bool
        /// 1-based byte column of the field's first byte (its opening quote, if quoted).
        var column: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// The fields of the row ``next()`` last returned.
    private(set) var fields: [Field] = []
    /// The 1-based line the row ``next()`` last returned starts on.
    private(set) var rowLine = 0

    /// Scans `bytes`, which must outlive the scanner; `file` names them in errors.
    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            position = 3
            lineStart = 3
        }
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// Moves to the next non-blank row; false at the end of the bytes.
    ///
    /// - Complexity: O(*m*) for a row of *m* bytes.
    mutating func next() throws(GoldenError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        skipBlankLines()
        guard position < bytes.count else { return false }
        rowLine = line
        while true {
            try scanField()
            guard position < bytes.count else { return true }
            let byte = bytes[position]
            position += 1
            if byte == Self.comma { continue }
            endLine(after: byte)
            return true
        }
    }

    /// The field as a string, quotes undoubled.
    func string(_ field: Field) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[field.start..<field.end])
        guard field.escaped else { return String(decoding: slice, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var skipNext = false
        for byte in slice {
            if skipNext {
                skipNext = false
                continue
            }
            unescaped.append(byte)
            if byte == Self.quote { skipNext = true }
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The place of `field` in the file, for an error; `key` names its column.
    func location(of field: Field?, key: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: rowLine, column: field?.column, key: key)
    }

    /// Scans one field, leaving `position` on the comma or line break after it (or at the end).
    private mutating func scanField() throws(GoldenError) {
        let column = position - lineStart + 1
        guard position < bytes.count, bytes[position] == Self.quote else {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                position += 1
            }
            fields.append(Field(start: start, end: position, escaped: false, column: column))
            return
        }
        let openingLine = line
        position += 1
        let start = position
        var escaped = false
        while true {
            guard position < bytes.count else {
                throw GoldenError(
                    .parse, "quoted field is not closed before the end of the file",
                    at: SourceLocation(file: file, line: openingLine, column: column))
            }
            let byte = bytes[position]
            position += 1
            if byte == Self.quote {
                if position < bytes.count, bytes[position] == Self.quote {
                    escaped = true
                    position += 1
                    continue
                }
                break
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn { endLine(after: byte) }
        }
        let end = position - 1
        if position < bytes.count {
            let byte = bytes[position]
            guard byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn else {
                throw GoldenError(
                    .parse, "unexpected character after a closing quote (expected a comma or a line break)",
                    at: SourceLocation(file: file, line: line, column: position - lineStart + 1))
            }
        }
        fields.append(Field(start: start, end: end, escaped: escaped, column: column))
    }

    /// Counts the line break `byte` (just consumed) and swallows the LF of a CRLF.
    private mutating func endLine(after byte: UInt8) {
        if byte == Self.carriageReturn, position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
        line += 1
        lineStart = position
    }

    /// Skips lines holding nothing but spaces and tabs.
    private mutating func skipBlankLines() {
        while position < bytes.count {
            var probe = position
            while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
            guard probe < bytes.count else {
                position = probe
                return
            }
            let byte = bytes[probe]
            guard byte == Self.lineFeed || byte == Self.carriageReturn else { return }
            position = probe + 1
            endLine(after: byte)
        }
    }
}
