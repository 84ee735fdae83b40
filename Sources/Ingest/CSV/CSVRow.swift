/// One row of a CSV file: its fields as UTF-8, its raw bytes and where it started.
///
/// A row owns its bytes (copy-on-write arrays): keeping it is safe. The reader reuses the same
/// storage for the next row when the previous one has been released, so a loop that handles
/// each row and lets it go allocates nothing per row.
public struct CSVRow: Sendable, Equatable {
    /// The 1-based physical line where the row starts; a row with quoted line breaks spans more.
    public let line: Int
    /// What was wrong with the row, if anything. With several problems, the first of
    /// unbalanced quote, oversized row, oversized field, unexpected quote, invalid UTF-8.
    public let problem: CSVProblem?
    /// The row as read from the file (undecoded, quotes included, line break excluded), up to
    /// ``CSVOptions/maxRowBytes``. For quarantine; never print it unless asked to.
    public let raw: [UInt8]

    /// The fields' bytes (UTF-8, quotes removed), one after the other.
    private let content: [UInt8]
    /// Where each field ends in ``content``.
    private let ends: [Int]

    init(line: Int, problem: CSVProblem?, raw: [UInt8], content: [UInt8], ends: [Int]) {
        self.line = line
        self.problem = problem
        self.raw = raw
        self.content = content
        self.ends = ends
    }

    /// The number of fields. The reader does not compare it with the header; the caller does.
    public var fieldCount: Int { ends.count }

    /// The field at `index` (0-based) as a string. Invalid UTF-8 (see ``problem``) shows as U+FFFD.
    ///
    /// - Precondition: `index < fieldCount`.
    public func field(_ index: Int) -> String {
        withFieldBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of the field at `index`: UTF-8 (transcoded from a single-byte encoding), or as
    /// read in a UTF-8 file. Shares the row's storage.
    public func fieldBytes(_ index: Int) -> ArraySlice<UInt8> {
        content[range(of: index)]
    }

    /// Calls `body` with the bytes of the field at `index`, without copying them.
    public func withFieldBytes<R>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let range = range(of: index)
        return try content.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// All fields as strings.
    public var fields: [String] { (0..<fieldCount).map(field) }

    private func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
