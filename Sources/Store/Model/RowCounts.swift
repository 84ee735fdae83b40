/// The row counts of one ingest batch: `read == stored + quarantined` when nothing was lost.
public struct RowCounts: Hashable, Sendable, Codable {
    /// Input rows (CSV records, XML elements) read from the file.
    public var read: Int
    /// Rows stored as source records or events.
    public var stored: Int
    /// Rows quarantined.
    public var quarantined: Int

    public init(read: Int = 0, stored: Int = 0, quarantined: Int = 0) {
        self.read = read
        self.stored = stored
        self.quarantined = quarantined
    }

    /// Whether every row read was either stored or quarantined.
    public var isBalanced: Bool { read == stored + quarantined }
}
