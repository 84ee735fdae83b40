/// How much the store holds, per source and in total.
public struct StoreCounts: Hashable, Sendable, Codable {
    /// What the store holds for one source.
    public struct Source: Hashable, Sendable, Codable {
        public var source: String
        public var records: Int
        /// Events produced by this source's feeds (whatever source their subject lives in).
        public var events: Int
        public var quarantined: Int
        /// Records with a normalized form (which may be older than their values while they await
        /// normalizing again).
        public var normalized: Int
        /// Records awaiting normalization (new or changed since the last Normalize stage).
        public var pendingNormalization: Int

        public init(
            source: String, records: Int = 0, events: Int = 0, quarantined: Int = 0, normalized: Int = 0,
            pendingNormalization: Int = 0
        ) {
            self.source = source
            self.records = records
            self.events = events
            self.quarantined = quarantined
            self.normalized = normalized
            self.pendingNormalization = pendingNormalization
        }
    }

    /// One entry per source that has records, events or quarantined rows, by source name.
    public var sources: [Source]
    /// Ingest batches, complete or not.
    public var batches: Int

    public init(sources: [Source], batches: Int) {
        self.sources = sources
        self.batches = batches
    }

    public var records: Int { sources.reduce(0) { $0 + $1.records } }
    public var events: Int { sources.reduce(0) { $0 + $1.events } }
    public var quarantined: Int { sources.reduce(0) { $0 + $1.quarantined } }

    /// The counts of `source`, zero when the store holds nothing for it.
    public subscript(source: String) -> Source {
        sources.first { $0.source == source } ?? Source(source: source)
    }
}
