/// One row of a CSV file: its fields as UTF-8, its raw bytes and where it started.
///
/// A row owns its bytes: keeping it is safe. The reader reuses the same storage for the next
/// row once the previous one has been released, so a loop that handles each row and lets it go
/// allocates nothing per row. Unquoted fields are not copied at all: they are spans of the raw
/// bytes.
public struct CSVRow: Sendable {
    /// The 1-based physical line where the row starts; a row with quoted line breaks spans more.
    public let line: Int
    /// What was wrong with the row, if anything. With several problems, the first of
    /// unbalanced quote, oversized row, oversized field, unexpected quote, invalid UTF-8.
    public let problem: CSVProblem?
    /// The number of fields. The reader does not compare it with the header; the caller does.
    public let fieldCount: Int

    private let storage: CSVRowStorage
    private let rawCount: Int

    init(line: Int, problem: CSVProblem?, fieldCount: Int, rawCount: Int, storage: CSVRowStorage) {
        self.line = line
        self.problem = problem
        self.fieldCount = fieldCount
        self.rawCount = rawCount
        self.storage = storage
    }

    /// The field at `index` (0-based) as a string. Invalid UTF-8 (see ``problem``) shows as U+FFFD.
    ///
    /// - Precondition: `0 <= index < fieldCount`.
    public func field(_ index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of the field at `index`, without copying them: UTF-8
    /// (transcoded from a single-byte encoding), or as read in a UTF-8 file.
    ///
    /// - Precondition: `0 <= index < fieldCount`.
    public func withFieldBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        precondition(index >= 0 && index < fieldCount, "field index out of range")
        return try withExtendedLifetime(storage) {
            let start = storage.spans[2 * index]
            let end = storage.spans[2 * index + 1]
            return try body(UnsafeRawBufferPointer(start: storage.bytes + start, count: end - start))
        }
    }

    /// A copy of the bytes of the field at `index` (see ``withFieldBytes(_:_:)``).
    public func fieldBytes(_ index: Int) -> [UInt8] {
        withFieldBytes(index) { Array($0) }
    }

    /// All fields as strings.
    public var fields: [String] { (0..<fieldCount).map(field) }

    /// The row as read from the file (undecoded, quotes included, line break excluded), up to
    /// ``CSVOptions/maxRowBytes``. For quarantine; never print it unless asked to.
    public var raw: [UInt8] {
        withRawBytes { Array($0) }
    }

    /// Calls `body` with the row's raw bytes (see ``raw``), without copying them.
    public func withRawBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) {
            try body(UnsafeRawBufferPointer(start: storage.bytes, count: rawCount))
        }
    }
}
