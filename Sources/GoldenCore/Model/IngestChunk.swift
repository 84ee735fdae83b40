/// What ingest produced from a slice of one file, written to the store in one transaction by
/// the store (`GoldenStore.write(_:batch:runID:)`).
public struct IngestChunk: Sendable {
    public var records: [SourceRecord]
    public var events: [Event]
    public var quarantine: [QuarantinedRow]

    public init(records: [SourceRecord] = [], events: [Event] = [], quarantine: [QuarantinedRow] = []) {
        self.records = records
        self.events = events
        self.quarantine = quarantine
    }

    /// Records, events and quarantined rows together.
    public var count: Int { records.count + events.count + quarantine.count }

    public var isEmpty: Bool { records.isEmpty && events.isEmpty && quarantine.isEmpty }

    /// Empties the chunk, keeping its capacity for the next one.
    public mutating func removeAll() {
        records.removeAll(keepingCapacity: true)
        events.removeAll(keepingCapacity: true)
        quarantine.removeAll(keepingCapacity: true)
    }
}
